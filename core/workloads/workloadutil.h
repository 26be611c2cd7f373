#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>

namespace pb::wl {

// Helpers shared by the built-in workloads: deterministic input and parameter checks.

/// SplitMix64 (Steele, Lea, Flood 2014) of x: a well-mixed 64-bit value per index, so input
/// depends only on the index, never on the machine or on the order of generation.
inline quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// Uniform double in [0, 1) from the top 53 bits of a 64-bit value.
inline double unitDouble(quint64 bits)
{
    return double(bits >> 11) * 0x1.0p-53;
}

/// False with "<id>: unknown parameter 'k'; ..." when params has a key not in validKeys.
bool checkParamKeys(const QString &workloadId, const QVariantMap &params,
                    const QStringList &validKeys, QString *error);

/// Sets *error (when error is not null) and returns false; keeps prepare() bodies short.
bool fail(QString *error, const QString &message);

} // namespace pb::wl
