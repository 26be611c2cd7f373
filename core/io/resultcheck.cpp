#include "core/io/resultcheck.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace pb {

namespace {

using namespace resultlimits;

constexpr int kMaxTextChars = 64 * 1024; ///< messages and hints (the JSON layer's string bound)

/// At most `chars` UTF-16 units of `text`, never half a surrogate pair, "…" when cut.
QString excerpt(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    qsizetype n = chars;
    if (text[n - 1].isHighSurrogate())
        --n;
    return text.left(n) + QStringLiteral("…");
}

/// Collects the first failure as "field: what".
class Checker
{
public:
    explicit Checker(QString *error) : m_error(error) {}

    bool fail(const QString &field, const QString &what)
    {
        if (m_error && m_error->isEmpty())
            *m_error = field + QStringLiteral(": ") + what;
        return false;
    }

    bool identifier(const QString &field, const QString &id, bool mayBeEmpty = false)
    {
        if (id.isEmpty())
            return mayBeEmpty || fail(field, QStringLiteral("empty; expected an identifier"));
        if (id.size() > kMaxIdChars)
            return fail(field, QStringLiteral("%1 characters long; identifiers have at most %2")
                                   .arg(id.size())
                                   .arg(kMaxIdChars));
        const auto ok = [](QChar c, bool first) {
            const char16_t u = c.unicode();
            const bool alnum =
                (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
            return alnum || (!first && QStringView(u"_.:/+-").contains(c));
        };
        for (qsizetype i = 0; i < id.size(); ++i)
            if (!ok(id[i], i == 0))
                return fail(field, QStringLiteral("\"%1\" is not an identifier (letters, digits "
                                                  "and _ . : / + -, starting with a letter or "
                                                  "digit)")
                                       .arg(excerpt(id, 32)));
        return true;
    }

    bool shortText(const QString &field, const QString &text)
    {
        if (text.size() > kMaxShortTextChars)
            return fail(field, QStringLiteral("%1 characters long; at most %2 are accepted")
                                   .arg(text.size())
                                   .arg(kMaxShortTextChars));
        for (QChar c : text)
            if (c.category() == QChar::Other_Control)
                return fail(field, QStringLiteral("contains a control character (U+%1)")
                                       .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        return true;
    }

    bool text(const QString &field, const QString &value)
    {
        return value.size() <= kMaxTextChars ||
               fail(field, QStringLiteral("%1 characters long; at most %2 are accepted")
                               .arg(value.size())
                               .arg(kMaxTextChars));
    }

    bool finiteNonNegative(const QString &field, double v)
    {
        return (std::isfinite(v) && v >= 0) ||
               fail(field, QStringLiteral("expected a finite number >= 0, got %1").arg(v));
    }

private:
    QString *m_error;
};

QString listText(const QList<int> &v)
{
    QStringList parts;
    for (int x : v)
        parts << QString::number(x);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool checkConfig(const RunConfig &c, Checker &k)
{
    if (!k.identifier(QStringLiteral("config.workload"), c.workload))
        return false;
    if (c.size < 1)
        return k.fail(QStringLiteral("config.size"),
                      QStringLiteral("%1 items; a run measures at least 1").arg(c.size));
    QSet<int> workers;
    for (qsizetype i = 0; i < c.workers.size(); ++i) {
        const QString field = QStringLiteral("config.workers[%1]").arg(i);
        if (c.workers[i] > kMaxWorkerCount)
            return k.fail(field, QStringLiteral("%1 workers is not a plausible measurement (at "
                                                "most %2)")
                                     .arg(c.workers[i])
                                     .arg(kMaxWorkerCount));
        if (workers.contains(c.workers[i]))
            return k.fail(field, QStringLiteral("%1 is listed twice").arg(c.workers[i]));
        workers.insert(c.workers[i]);
    }
    for (qsizetype i = 0; i < c.strategies.size(); ++i) {
        const QString field = QStringLiteral("config.strategies[%1]").arg(i);
        if (!k.identifier(field, c.strategies[i]))
            return false;
        if (c.strategies.indexOf(c.strategies[i]) != i)
            return k.fail(field, QStringLiteral("\"%1\" is listed twice").arg(c.strategies[i]));
    }
    if (c.reps.maxRepetitions < c.reps.repetitions)
        return k.fail(QStringLiteral("config.reps.maxRepetitions"),
                      QStringLiteral("%1 is below config.reps.repetitions (%2)")
                          .arg(c.reps.maxRepetitions)
                          .arg(c.reps.repetitions));
    if (!k.finiteNonNegative(QStringLiteral("config.warmupSec"), c.warmupSec) ||
        !k.finiteNonNegative(QStringLiteral("config.reps.targetRelCi"), c.reps.targetRelCi) ||
        !k.finiteNonNegative(QStringLiteral("config.reps.timeBudgetSec"), c.reps.timeBudgetSec))
        return false;
    if (c.params.size() > kMaxParams)
        return k.fail(
            QStringLiteral("config.params"),
            QStringLiteral("%1 parameters; at most %2").arg(c.params.size()).arg(kMaxParams));
    for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
        const QString field = QStringLiteral("config.params.") + excerpt(it.key(), 32);
        if (!k.identifier(field, it.key()))
            return false;
        const int type = it.value().typeId();
        if (type == QMetaType::QString) {
            if (!k.shortText(field, it.value().toString()))
                return false;
        } else if (type != QMetaType::Double && type != QMetaType::Bool &&
                   type != QMetaType::LongLong && type != QMetaType::Int) {
            return k.fail(field, QStringLiteral("expected a number, a string or true/false"));
        }
    }
    return true;
}

bool checkSystem(const SystemInfo &s, Checker &k)
{
    const std::pair<const char *, const QString *> texts[] = {
        {"cpuModel", &s.cpuModel},
        {"qtVersion", &s.qtVersion},
        {"compiler", &s.compiler},
        {"buildType", &s.buildType},
        {"parabenchVersion", &s.parabenchVersion},
        {"hostname", &s.hostname},
        {"os", &s.os},
        {"cpuGovernor", &s.cpuGovernor}};
    for (const auto &[key, value] : texts)
        if (!k.shortText(QStringLiteral("system.") + QLatin1String(key), *value))
            return false;
    return true;
}

bool checkCell(const RunResult &r, qsizetype i, Checker &k)
{
    const CellResult &c = r.cells[i];
    const QString p = QStringLiteral("cells[%1].").arg(i);
    if (!k.identifier(p + QStringLiteral("strategy"), c.strategy) ||
        !k.text(p + QStringLiteral("error"), c.error))
        return false;
    const bool serial = c.strategy == QLatin1String("serial");
    const bool sweepCell = !r.config.chunkSweep.isEmpty() && c.strategy == QLatin1String("chunked");
    if (!serial && !sweepCell && !r.config.strategies.contains(c.strategy))
        return k.fail(p + QStringLiteral("strategy"),
                      QStringLiteral("\"%1\" is not in config.strategies (%2)")
                          .arg(c.strategy, r.config.strategies.join(QStringLiteral(", "))));
    if (serial && c.workers != 1)
        return k.fail(
            p + QStringLiteral("workers"),
            QStringLiteral("the serial baseline runs on 1 worker, not %1").arg(c.workers));
    if (!serial && !r.config.workers.contains(c.workers))
        return k.fail(p + QStringLiteral("workers"),
                      QStringLiteral("%1 is not in config.workers %2")
                          .arg(c.workers)
                          .arg(listText(r.config.workers)));
    if (c.size < 1)
        return k.fail(p + QStringLiteral("size"),
                      QStringLiteral("%1 items; a cell measures at least 1").arg(c.size));
    if (c.error.isEmpty() != (c.errorKind == CellErrorKind::None))
        return k.fail(p + QStringLiteral("errorKind"),
                      c.error.isEmpty()
                          ? QStringLiteral("\"%1\" but the cell's error message is empty")
                                .arg(cellErrorKindName(c.errorKind))
                          : QStringLiteral("\"none\" but the cell has an error message"));
    if (c.error.isEmpty() && c.samplesNs.isEmpty())
        return k.fail(p + QStringLiteral("samplesNs"),
                      QStringLiteral("empty, but the cell has no error: a measured cell has at "
                                     "least one timed sample"));
    return true;
}

bool checkCells(const RunResult &r, Checker &k)
{
    if (r.cells.size() > kMaxCells)
        return k.fail(QStringLiteral("cells"),
                      QStringLiteral("%1 cells; at most %2").arg(r.cells.size()).arg(kMaxCells));
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < r.cells.size(); ++i) {
        if (!checkCell(r, i, k))
            return false;
        const CellResult &c = r.cells[i];
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(c.strategy)
                                .arg(c.workers)
                                .arg(c.chunkSize)
                                .arg(c.size);
        if (const auto it = seen.constFind(key); it != seen.cend())
            return k.fail(QStringLiteral("cells[%1]").arg(i),
                          QStringLiteral("measures the same cell as cells[%1] (%2, %3 workers, "
                                         "chunk %4, %5 items)")
                              .arg(it.value())
                              .arg(c.strategy)
                              .arg(c.workers)
                              .arg(c.chunkSize)
                              .arg(c.size));
        seen.insert(key, i);
    }
    return true;
}

bool checkWarnings(const RunResult &r, Checker &k)
{
    if (r.warnings.size() > kMaxWarnings)
        return k.fail(
            QStringLiteral("warnings"),
            QStringLiteral("%1 warnings; at most %2").arg(r.warnings.size()).arg(kMaxWarnings));
    for (qsizetype i = 0; i < r.warnings.size(); ++i) {
        const Warning &w = r.warnings[i];
        const QString p = QStringLiteral("warnings[%1].").arg(i);
        if (!k.identifier(p + QStringLiteral("code"), w.code) ||
            !k.identifier(p + QStringLiteral("strategy"), w.strategy, true) ||
            !k.text(p + QStringLiteral("message"), w.message) ||
            !k.text(p + QStringLiteral("hint"), w.hint))
            return false;
    }
    return true;
}

} // namespace

bool checkResultConsistency(const RunResult &result, QString *error)
{
    Checker k(error);
    if (result.status == RunStatus::Complete && !result.error.isEmpty())
        return k.fail(QStringLiteral("error"),
                      QStringLiteral("the run's status is \"complete\" but it has an error "
                                     "message"));
    return k.text(QStringLiteral("error"), result.error) &&
           k.shortText(QStringLiteral("workloadName"), result.workloadName) &&
           checkConfig(result.config, k) && checkSystem(result.system, k) &&
           checkCells(result, k) && checkWarnings(result, k);
}

} // namespace pb
