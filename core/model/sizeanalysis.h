#pragma once

#include <QString>

#include <optional>

namespace pb {

/// How a break-even size was found (docs/measurement.md, "Break-even size").
enum class BreakEvenKind {
    Interpolated, ///< between two measured sizes, where the speedup CI's lower bound crosses 1
    Bracketed,    ///< between two measured sizes, no interpolation (the smaller one failed)
    AtSmallest,   ///< the CI is above 1 already at the smallest measured size
    NotReached,   ///< the CI is not above 1 at the largest measured size
};

/// From which size on one strategy × worker count pays off: its speedup's 95 % CI lies above
/// 1 there and at every larger measured size.
struct BreakEven
{
    QString strategy;
    int workers = 1;
    BreakEvenKind kind = BreakEvenKind::NotReached;
    double size = 0;  ///< Interpolated: the estimate; AtSmallest: the smallest size; else 0
    qint64 below = 0; ///< Interpolated/Bracketed: the measured size before it (CI not above 1)
    qint64 above = 0; ///< Interpolated/Bracketed: the first measured size with the CI above 1

    bool operator==(const BreakEven &) const = default;
};

/// Linear cost model t(N) = fixed + perItem · N of one strategy × worker count over the sizes
/// of a sweep, fitted to the medians by least squares weighted 1/t² (relative errors).
struct CostModel
{
    QString strategy;
    int workers = 1;
    double fixedNs = 0;        ///< t0: time per run that does not grow with N
    double perItemNs = 0;      ///< c: time per item
    double rSquared = 0;       ///< weighted like the fit (relative residuals)
    int points = 0;            ///< sizes used
    bool fixedClamped = false; ///< the free fit gave t0 < 0: refitted with t0 = 0

    bool operator==(const CostModel &) const = default;
};

/// "interpolated", "bracketed", "at-smallest", "not-reached".
QString breakEvenKindName(BreakEvenKind kind);
std::optional<BreakEvenKind> breakEvenKindFromName(const QString &name);

} // namespace pb
