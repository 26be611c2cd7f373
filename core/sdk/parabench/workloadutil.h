#pragma once

#include <QtGlobal>

namespace pb::wl {

// Helpers for deterministic input generators (inline: a plugin links nothing of ParaBench).

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

} // namespace pb::wl
