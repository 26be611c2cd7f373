#pragma once

// The reader corpus: the small files checked in under tests/data/reader/ (listed with their
// expected outcome in corpus.tsv, made by make_corpus.py) plus the large or special ones made
// at test time (a FIFO, /dev/zero, a directory, oversized files). Shared by the core reader
// test and the app's open-path test.

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace pb::testdata {

struct CorpusEntry
{
    enum Outcome { Accept, Refuse, Recompute };
    QString name;
    QString path;
    Outcome outcome = Refuse;
    QString phrase;         ///< the reader's message (or the recompute warning) must contain it
    int timeLimitMs = 2000; ///< generous for a loaded machine and sanitizer builds
};

inline QString readerDataDir()
{
    return QStringLiteral(PARABENCH_TEST_DATA_DIR "/reader");
}

inline QByteArray validV2Text()
{
    QFile f(readerDataDir() + QStringLiteral("/valid-v2.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The checked-in files, from corpus.tsv; empty when it cannot be read (tests assert on it).
inline QList<CorpusEntry> checkedInCorpus()
{
    QList<CorpusEntry> out;
    QFile f(readerDataDir() + QStringLiteral("/corpus.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() != 3)
            return {};
        CorpusEntry e;
        e.name = QString::fromUtf8(cols[0]);
        e.path = readerDataDir() + QLatin1Char('/') + e.name;
        e.outcome = cols[1] == "accept"      ? CorpusEntry::Accept
                    : cols[1] == "recompute" ? CorpusEntry::Recompute
                                             : CorpusEntry::Refuse;
        e.phrase = QString::fromUtf8(cols[2]);
        out.append(e);
    }
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// valid-v2.json with the first occurrence of `from` replaced by `to`.
inline QByteArray validWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = validV2Text();
    const qsizetype at = text.indexOf(from);
    return at < 0 ? QByteArray() : text.replace(at, from.size(), to);
}

/// Files too large or too special to check in, made in `dir`. Sizes are a few MB at most,
/// except the sparse oversized file (no blocks on disk).
inline QList<CorpusEntry> generatedCorpus(const QTemporaryDir &dir)
{
    QList<CorpusEntry> out;
    const auto add = [&](const QString &name, CorpusEntry::Outcome outcome, const QString &phrase,
                         int limitMs = 2000) {
        out.append({name, dir.filePath(name), outcome, phrase, limitMs});
    };
    ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo.json"))).constData(), 0600);
    add(QStringLiteral("fifo.json"), CorpusEntry::Refuse, QStringLiteral("named pipe (FIFO)"));
    out.append({QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero"), CorpusEntry::Refuse,
                QStringLiteral("it is a device"), 2000});
    QDir(dir.path()).mkdir(QStringLiteral("folder.json"));
    add(QStringLiteral("folder.json"), CorpusEntry::Refuse, QStringLiteral("it is a directory"));
    add(QStringLiteral("missing.json"), CorpusEntry::Refuse, QStringLiteral("file does not exist"));
    {
        QFile sparse(dir.filePath(QStringLiteral("huge.json")));
        if (sparse.open(QIODevice::WriteOnly))
            sparse.resize(300LL * 1024 * 1024); // a hole: no disk blocks used
        add(QStringLiteral("huge.json"), CorpusEntry::Refuse,
            QStringLiteral("files over 256.0 MiB are refused"));
    }
    QByteArray emoji;
    for (int i = 0; i < 100000; ++i)
        emoji += "\xF0\x9F\x98\x80"; // U+1F600, 4 bytes: a 400 KB strategy name
    writeFile(dir.filePath(QStringLiteral("strategy-100k-emoji.json")),
              validWith("\"strategy\": \"mapped\"", "\"strategy\": \"" + emoji + "\""));
    add(QStringLiteral("strategy-100k-emoji.json"), CorpusEntry::Refuse,
        QStringLiteral("a string longer than 65536 bytes"));
    writeFile(dir.filePath(QStringLiteral("nested-100k.json")),
              validWith("\"params\": {}", "\"params\": {\"a\": " + QByteArray(100000, '[') +
                                              QByteArray(100000, ']') + "}"));
    add(QStringLiteral("nested-100k.json"), CorpusEntry::Refuse,
        QStringLiteral("nested deeper than 32 levels"));
    QByteArray zeros = "0";
    for (int i = 0; i < 1100000; ++i)
        zeros += ",0";
    writeFile(dir.filePath(QStringLiteral("samples-1.1M.json")),
              validWith("\"samplesNs\": [", "\"samplesNs\": [" + zeros + ","));
    add(QStringLiteral("samples-1.1M.json"), CorpusEntry::Refuse,
        QStringLiteral("an array with more than 1048576 elements"), 10000);
    writeFile(dir.filePath(QStringLiteral("number-100-digits.json")),
              validWith("\"warmupRuns\": 0", "\"warmupRuns\": 1" + QByteArray(99, '0')));
    add(QStringLiteral("number-100-digits.json"), CorpusEntry::Refuse,
        QStringLiteral("a number of 100 characters (at most 64)"));
    const auto warnings = [](int n) {
        QByteArray w;
        for (int i = 0; i < n; ++i)
            // Not a code the analysis derives (those are derived again on opening): kept as is.
            w += "{\"code\": \"note\", \"hint\": \"raise --reps\", \"message\": \"warning " +
                 QByteArray::number(i) + "\", \"strategy\": \"\", \"workers\": 0},";
        return w;
    };
    writeFile(dir.filePath(QStringLiteral("warnings-10k.json")),
              validWith("\"warnings\": [", "\"warnings\": [" + warnings(10000)));
    add(QStringLiteral("warnings-10k.json"), CorpusEntry::Accept, QString(), 10000);
    writeFile(dir.filePath(QStringLiteral("warnings-100001.json")),
              validWith("\"warnings\": [", "\"warnings\": [" + warnings(100000)));
    add(QStringLiteral("warnings-100001.json"), CorpusEntry::Refuse,
        QStringLiteral("warnings: 100001 warnings; at most 100000"), 20000);
    return out;
}

} // namespace pb::testdata
