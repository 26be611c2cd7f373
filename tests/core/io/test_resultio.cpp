#include "core/io/resultio.h"
#include "core/stats/analysis.h"
#include "sampleresult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace pb;
using pb::testdata::makeConsistentResult;

namespace {

/// Parses the serialized full result, lets `edit` break it, and returns fromJson's error.
template <class Edit> QString errorAfter(Edit edit)
{
    QJsonObject root = toJson(makeConsistentResult());
    edit(root);
    QString error;
    EXPECT_FALSE(fromJson(root, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    return error;
}

QJsonObject editCell(QJsonObject root, qsizetype index, const QString &key, const QJsonValue &v)
{
    QJsonArray cells = root[QStringLiteral("cells")].toArray();
    QJsonObject cell = cells[index].toObject();
    cell[key] = v;
    cells[index] = cell;
    root[QStringLiteral("cells")] = cells;
    return root;
}

} // namespace

TEST(ResultJson, RoundTripOfFullyPopulatedResultIsExact)
{
    const RunResult original = makeConsistentResult();
    QString error;
    const std::optional<RunResult> back = fromJson(toJson(original), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(back->config, original.config);
    EXPECT_EQ(back->system, original.system);
    EXPECT_EQ(back->cells, original.cells);
    EXPECT_FALSE(back->cells[0].stats.karpFlatt.has_value());
    EXPECT_TRUE(back->cells[1].stats.karpFlatt.has_value());
    EXPECT_EQ(back->cells[1].stats, original.cells[1].stats);
    EXPECT_TRUE(back->warnings == original.warnings); // nothing had to be recomputed
    EXPECT_TRUE(*back == original);
}

TEST(ResultJson, RoundTripThroughJsonTextAndDefaultResult)
{
    for (const RunResult &original : {makeConsistentResult(), RunResult()}) {
        const QByteArray text = QJsonDocument(toJson(original)).toJson();
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        QString error;
        const std::optional<RunResult> back = fromJson(doc.object(), &error);
        ASSERT_TRUE(back.has_value()) << error.toStdString();
        EXPECT_TRUE(*back == original);
    }
}

TEST(ResultJson, CanceledRunWithoutCellsIsAccepted)
{
    RunResult r = makeConsistentResult();
    r.status = RunStatus::Canceled;
    r.cells.clear();
    QString error;
    const std::optional<RunResult> back = fromJson(toJson(r), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(back->status, RunStatus::Canceled);
    EXPECT_TRUE(back->cells.isEmpty());
}

TEST(ResultJson, StoresVersionFormatAndIntegerSamples)
{
    const QJsonObject root = toJson(makeConsistentResult());
    EXPECT_EQ(root[QStringLiteral("format")].toString(), QStringLiteral("parabench-result"));
    EXPECT_EQ(root[QStringLiteral("version")].toInt(), 2);
    const QJsonArray samples =
        root[QStringLiteral("cells")][0][QStringLiteral("samplesNs")].toArray();
    ASSERT_EQ(samples.size(), 5);
    EXPECT_EQ(samples[0].toInteger(), 1000003);
    EXPECT_TRUE(
        root[QStringLiteral("cells")][0][QStringLiteral("stats")][QStringLiteral("karpFlatt")]
            .isNull());
}

TEST(ResultJson, RejectsForeignDocument)
{
    const QJsonObject packageJson{{QStringLiteral("name"), QStringLiteral("left-pad")},
                                  {QStringLiteral("version"), QStringLiteral("1.3.0")}};
    QString error;
    EXPECT_FALSE(fromJson(packageJson, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("not a ParaBench result"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("\"format\": \"parabench-result\"")));
}

TEST(ResultJson, RejectsNewerVersion)
{
    const QString error = errorAfter([](QJsonObject &r) { r[QStringLiteral("version")] = 3; });
    EXPECT_TRUE(error.contains(QStringLiteral("newer ParaBench (format version 3)")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("reads version 2")));
}

TEST(ResultJson, RejectsCellWithZeroWorkers)
{
    const QString error =
        errorAfter([](QJsonObject &r) { r = editCell(r, 1, QStringLiteral("workers"), 0); });
    EXPECT_TRUE(error.startsWith(QStringLiteral("cells[1].workers:"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral(">= 1")));
}

TEST(ResultJson, RejectsNegativeAndFractionalSamples)
{
    const QString negative = errorAfter([](QJsonObject &r) {
        r = editCell(r, 2, QStringLiteral("samplesNs"), QJsonArray{10, 20, -5});
    });
    EXPECT_TRUE(negative.startsWith(QStringLiteral("cells[2].samplesNs[2]:")))
        << negative.toStdString();
    EXPECT_TRUE(negative.contains(QStringLiteral("-5")));
    const QString fractional = errorAfter(
        [](QJsonObject &r) { r = editCell(r, 0, QStringLiteral("warmupNs"), QJsonArray{1.5}); });
    EXPECT_TRUE(fractional.startsWith(QStringLiteral("cells[0].warmupNs[0]:")))
        << fractional.toStdString();
}

TEST(ResultJson, RejectsStringWhereNumberBelongs)
{
    const QString error = errorAfter([](QJsonObject &r) {
        QJsonObject config = r[QStringLiteral("config")].toObject();
        config[QStringLiteral("size")] = QStringLiteral("big");
        r[QStringLiteral("config")] = config;
    });
    EXPECT_TRUE(error.startsWith(QStringLiteral("config.size:"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("\"big\"")));
}

TEST(ResultJson, RejectsMissingAndMistypedFields)
{
    const QString missing = errorAfter([](QJsonObject &r) { r.remove(QStringLiteral("system")); });
    EXPECT_TRUE(missing.contains(QStringLiteral("system: required field is missing")))
        << missing.toStdString();
    const QString status =
        errorAfter([](QJsonObject &r) { r[QStringLiteral("status")] = QStringLiteral("done"); });
    EXPECT_TRUE(status.startsWith(QStringLiteral("status:"))) << status.toStdString();
    const QString outlier = errorAfter([](QJsonObject &r) {
        QJsonObject cell = r[QStringLiteral("cells")][0].toObject();
        QJsonObject stats = cell[QStringLiteral("stats")].toObject();
        stats[QStringLiteral("outlierIndices")] = QJsonArray{99};
        r = editCell(r, 0, QStringLiteral("stats"), stats);
    });
    EXPECT_TRUE(outlier.startsWith(QStringLiteral("cells[0].stats.outlierIndices[0]:")))
        << outlier.toStdString();
}

class ResultFiles : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeRaw(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QTemporaryDir m_dir;
};

TEST_F(ResultFiles, WriteThenReadGivesEqualResult)
{
    const RunResult original = makeConsistentResult();
    QString error;
    ASSERT_TRUE(
        writeResultFile(original, path(QStringLiteral("r.json")), QStringLiteral("json"), &error))
        << error.toStdString();
    const std::optional<RunResult> back = readResultFile(path(QStringLiteral("r.json")), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    // Opening a file derives fits, CPU utilisation and warnings again with this build's rules;
    // the samples, the configuration and the runner's warnings are as written.
    RunResult expected = original;
    reanalyzeLoaded(expected);
    EXPECT_TRUE(*back == expected);
    EXPECT_EQ(back->config, original.config);
    ASSERT_EQ(back->cells.size(), original.cells.size());
    for (qsizetype i = 0; i < back->cells.size(); ++i)
        EXPECT_EQ(back->cells[i].samplesNs, original.cells[i].samplesNs);
    EXPECT_TRUE(std::any_of(back->warnings.cbegin(), back->warnings.cend(),
                            [](const Warning &w) { return w.code == QLatin1String("wide-ci"); }));
}

TEST_F(ResultFiles, ReadRejectsTruncatedJsonWithOffset)
{
    const QByteArray full = QJsonDocument(toJson(makeConsistentResult())).toJson();
    writeRaw(QStringLiteral("t.json"), full.left(full.size() / 2));
    QString error;
    EXPECT_FALSE(readResultFile(path(QStringLiteral("t.json")), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("not valid JSON"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("offset")));
}

TEST_F(ResultFiles, ReadRejectsNonObjectAndMissingFile)
{
    writeRaw(QStringLiteral("a.json"), "[1, 2, 3]");
    QString error;
    EXPECT_FALSE(readResultFile(path(QStringLiteral("a.json")), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("expected an object"))) << error.toStdString();
    EXPECT_FALSE(readResultFile(path(QStringLiteral("nope.json")), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
}

TEST_F(ResultFiles, AtomicWriteToMissingDirectoryFailsAndCreatesNothing)
{
    QString error;
    EXPECT_FALSE(writeFileAtomically(QStringLiteral("/nonexistent-dir/x.json"), "{}", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-dir"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/nonexistent-dir")));
}

TEST_F(ResultFiles, AtomicWriteOntoDirectoryOrUnderFileFails)
{
    QString error;
    EXPECT_FALSE(writeFileAtomically(m_dir.path(), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is a directory"))) << error.toStdString();
    writeRaw(QStringLiteral("plain"), "old");
    EXPECT_FALSE(writeFileAtomically(path(QStringLiteral("plain/x.json")), "new", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a directory"))) << error.toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(ResultFiles, FailedWriteLeavesOldFileUntouched)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "running as root: directory permissions do not stop writes";
    const QString sub = path(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString target = sub + QStringLiteral("/r.json");
    QString error;
    ASSERT_TRUE(writeFileAtomically(target, "old content", &error)) << error.toStdString();
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool ok = writeFileAtomically(target, "new content", &error);
    QFile::setPermissions(sub,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(error.contains(target)) << error.toStdString();
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old content"));
    EXPECT_EQ(QDir(sub).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

// A file-size limit makes the write itself fail, even for root, after the temp file exists.
TEST_F(ResultFiles, WriteFailingMidwayLeavesOldFileAndNoTempFile)
{
    const QString target = path(QStringLiteral("r.json"));
    QString error;
    ASSERT_TRUE(writeFileAtomically(target, "old content", &error)) << error.toStdString();
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 1024;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // get EFBIG instead of a signal
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool ok = writeFileAtomically(target, QByteArray(256 * 1024, 'x'), &error);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(error.contains(target)) << error.toStdString();
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old content"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}
