// setKernelError: what a kernel's exception means for its cell.
#include "core/run/cellerror.h"

#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

using namespace pb;

namespace {

template <class E> std::exception_ptr thrown(E e)
{
    try {
        throw e;
    } catch (...) {
        return std::current_exception();
    }
}

} // namespace

TEST(CellError, BadAllocIsOutOfMemory)
{
    CellResult c;
    setKernelError(c, thrown(std::bad_alloc()));
    EXPECT_EQ(c.errorKind, CellErrorKind::OutOfMemory);
    EXPECT_TRUE(c.error.contains(QStringLiteral("out of memory"))) << qPrintable(c.error);
    EXPECT_TRUE(c.error.contains(QStringLiteral("bad_alloc"))) << qPrintable(c.error);
}

TEST(CellError, OtherExceptionsAreKernelErrorsNamingTheException)
{
    CellResult c;
    setKernelError(c, thrown(std::runtime_error("division by zero in item 12")));
    EXPECT_EQ(c.errorKind, CellErrorKind::Kernel);
    EXPECT_EQ(c.error, QStringLiteral("kernel threw: division by zero in item 12"));

    CellResult unknown;
    setKernelError(unknown, thrown(42));
    EXPECT_EQ(unknown.errorKind, CellErrorKind::Kernel);
    EXPECT_TRUE(unknown.error.contains(QStringLiteral("unknown exception")));
}
