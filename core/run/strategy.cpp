#include "core/run/strategy.h"

#include <climits>

namespace pb {

bool Strategy::supportsSize(qint64 n, QString *why) const
{
    Q_UNUSED(n);
    Q_UNUSED(why);
    return true;
}

} // namespace pb
