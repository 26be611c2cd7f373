#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace pb {

/// Typed, path-aware reads from a JSON object: the first failed read records one error that
/// names the field ("cells[2].workers") and what was wrong, so a user can fix the document.
class JsonFields
{
public:
    explicit JsonFields(QString *error) : m_error(error) {}

    bool fail(const QString &field, const QString &what);

    bool object(const QJsonObject &o, const QString &path, const QString &key, QJsonObject *out);
    bool array(const QJsonObject &o, const QString &path, const QString &key, QJsonArray *out);
    bool string(const QJsonObject &o, const QString &path, const QString &key, QString *out);
    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool *out);
    /// A number; null reads as NaN (the writer stores non-finite values as null).
    bool number(const QJsonObject &o, const QString &path, const QString &key, double *out);
    bool integer(const QJsonObject &o, const QString &path, const QString &key, qint64 *out,
                 qint64 min = std::numeric_limits<qint64>::min(),
                 qint64 max = std::numeric_limits<qint64>::max());
    bool integer(const QJsonObject &o, const QString &path, const QString &key, int *out,
                 int min = std::numeric_limits<int>::min());
    bool integerList(const QJsonObject &o, const QString &path, const QString &key,
                     QList<qint64> *out, qint64 min = std::numeric_limits<qint64>::min());
    bool integerList(const QJsonObject &o, const QString &path, const QString &key, QList<int> *out,
                     int min = std::numeric_limits<int>::min());
    bool stringList(const QJsonObject &o, const QString &path, const QString &key,
                    QStringList *out);

    /// "path.key", or "key" at the top level.
    static QString join(const QString &path, const QString &key);
    /// "cells[3]".
    static QString index(const QString &path, qsizetype i);
    /// What a value is, for messages: "a string (\"abc\")", "null", "the number 1.5".
    static QString describe(const QJsonValue &v);

private:
    bool present(const QJsonObject &o, const QString &field, const QString &key, QJsonValue *v);
    bool integerValue(const QJsonValue &v, const QString &field, qint64 min, qint64 max,
                      qint64 *out);

    QString *m_error;
};

} // namespace pb
