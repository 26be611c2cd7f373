#pragma once

#include "core/model/result.h"

#include <exception>

namespace pb {

/// Records a kernel's exception on its cell: std::bad_alloc is OutOfMemory, anything else
/// Kernel, each with a message that names the exception. `error` is what the strategy threw
/// (for QtConcurrent, the exception inside its QUnhandledException).
void setKernelError(CellResult &cell, const std::exception_ptr &error);

} // namespace pb
