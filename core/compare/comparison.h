#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace pb {

/// What identifies a cell across two results: the same experiment point measured twice.
/// chunk is the sweep's chunk size for granularity sweeps, 0 otherwise (a fixed --chunk is a
/// setting of the run, like a code change, and is what an A/B comparison often varies).
struct CellKey
{
    QString workload;
    qint64 size = 0;
    QString strategy;
    int workers = 1;
    qint64 chunk = 0;

    bool operator==(const CellKey &) const = default;
    /// "mapped @2", "chunked @2 chunk 64", with " n=30000" when sizes differ within a file.
    QString label(bool withSize) const;
};

/// Criterion.rs-style verdict on one cell.
enum class Verdict {
    NoChange,      ///< p >= alpha: the samples do not show a difference
    Improved,      ///< significant, and the whole CI of the change is below -noise
    Regressed,     ///< significant, and the whole CI of the change is above +noise
    WithinNoise,   ///< significant, but the CI reaches into ±noise
    TooFewSamples, ///< fewer than 4 samples on a side: significance is impossible
    Failed,        ///< a side has an error in this cell (or no samples)
};

/// "no change", "improved", "regressed", "within noise", "too few samples", "failed".
QString verdictName(Verdict v);

/// Options of a comparison (the CLI's --alpha, --noise, --fail-on-regression).
struct CompareOptions
{
    double alpha = 0.05;
    double noise = 0.01;                    ///< ±1 %
    std::optional<double> failOnRegression; ///< e.g. 0.05: the CI gate; unset = no gate
    int resamples = 10000;                  ///< bootstrap resamples for the ratio's CI
};

/// One common cell: base vs new.
struct CellComparison
{
    CellKey key;
    int nBase = 0, nNew = 0;
    double baseMedianNs = 0, newMedianNs = 0;
    double ratio = NAN;                     ///< new median / base median (> 1: slower)
    double ratioLow = NAN, ratioHigh = NAN; ///< 95% bootstrap CI of the ratio
    double pValue = NAN;                    ///< two-sided Mann–Whitney U; NaN when not computed
    Verdict verdict = Verdict::NoChange;
    QString note;            ///< why: "too few samples (n=3 vs 3): cannot reach significance"
    bool gateFailed = false; ///< counts against --fail-on-regression

    double change() const { return ratio - 1; } ///< relative change of the median time
};

/// One NEW file compared with BASE.
struct Comparison
{
    QString baseName, newName; ///< file names as given
    QStringList warnings;      ///< mismatches (workload, size, build type, machine, settings)
    QList<CellComparison> cells;
    QList<CellKey> onlyInBase, onlyInNew;
    bool sizesDiffer = false; ///< cells of several sizes: labels name the size

    int gateFailures() const;
};

} // namespace pb
