#include "core/run/cellerror.h"

#include <new>

namespace pb {

void setKernelError(CellResult &cell, const std::exception_ptr &error)
{
    cell.errorKind = CellErrorKind::Kernel;
    QString what = QStringLiteral("unknown exception");
    try {
        if (error)
            std::rethrow_exception(error);
    } catch (const std::bad_alloc &e) {
        cell.errorKind = CellErrorKind::OutOfMemory;
        what = QString::fromLocal8Bit(e.what());
    } catch (const ThreadStartError &e) {
        cell.errorKind = CellErrorKind::ThreadStart;
        cell.error = QStringLiteral("could not start the worker threads: %1")
                         .arg(QString::fromLocal8Bit(e.what()));
        return;
    } catch (const std::exception &e) {
        what = QString::fromLocal8Bit(e.what());
    } catch (...) {
    }
    cell.error = cell.errorKind == CellErrorKind::OutOfMemory
                     ? QStringLiteral("out of memory while running the kernel (%1)").arg(what)
                     : QStringLiteral("kernel threw: %1").arg(what);
}

} // namespace pb
