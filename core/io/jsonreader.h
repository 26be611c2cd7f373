#pragma once

#include "core/io/jsonfields.h"
#include "core/model/result.h"

#include <optional>

namespace pb {

/// Parses and validates a ParaBench JSON result document (fromJson() delegates here).
/// Refuses foreign documents and newer format versions; ignores unknown fields, so fields
/// added later (additive changes) do not break older readers. Then refuses inconsistent
/// values (checkResultConsistency) and recomputes derived statistics from the samples.
class JsonReader
{
public:
    explicit JsonReader(QString *error) : m_fields(error), m_error(error) {}

    std::optional<RunResult> read(const QJsonObject &root);

private:
    bool readHeader(const QJsonObject &root);
    bool readTopLevel(const QJsonObject &root, RunResult *r);
    bool readConfig(const QJsonObject &root, RunConfig *c);
    bool readReps(const QJsonObject &config, RepetitionPolicy *reps);
    bool readSweepConfig(const QJsonObject &config, RunConfig *c);
    bool readSystem(const QJsonObject &root, SystemInfo *s);
    bool readCells(const QJsonObject &root, QList<CellResult> *cells);
    bool readCell(const QJsonObject &o, const QString &path, CellResult *c);
    bool readVersion2Measurements(const QJsonObject &o, const QString &path, CellResult *c);
    bool readErrorKind(const QJsonObject &o, const QString &path, CellResult *c);
    bool readStats(const QJsonObject &cell, const QString &path, qsizetype samples, CellStats *s);
    bool readFits(const QJsonObject &root, QList<AmdahlFit> *fits);
    bool readBreakEvens(const QJsonObject &root, QList<BreakEven> *list);
    bool readCostModels(const QJsonObject &root, QList<CostModel> *list);
    bool readWarnings(const QJsonObject &root, QList<Warning> *warnings);
    bool objectAt(const QJsonArray &a, const QString &path, qsizetype i, QJsonObject *out);

    JsonFields m_fields;
    QString *m_error;
    int m_version = RunResult::kFormatVersion; ///< of the document being read
};

} // namespace pb
