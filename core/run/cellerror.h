#pragma once

#include "core/model/result.h"

#include <exception>
#include <stdexcept>

namespace pb {

/// Thrown by a strategy whose threads could not be started (std::thread's std::system_error,
/// ...): the cell fails as ThreadStart, not as a kernel error.
class ThreadStartError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Records a kernel's exception on its cell: std::bad_alloc is OutOfMemory, ThreadStartError
/// ThreadStart, anything else Kernel, each with a message that names the exception. `error` is what
/// the strategy threw (for QtConcurrent, the exception inside its QUnhandledException).
void setKernelError(CellResult &cell, const std::exception_ptr &error);

} // namespace pb
