// parabench-tsan-check DIR: reads every ThreadSanitizer log in DIR (TSAN_OPTIONS log_path) and
// fails when a report involves only ParaBench code — a race of ours. Reports that involve Qt
// (not built for TSan) are listed for review; known ones belong in .ci/tsan.supp, named
// narrowly. Exit 0: clean; 1: a race in ParaBench code; 2: the folder cannot be read.
#include "tsanreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace pb::tsan;

namespace {

QString firstFrame(const Report &r, FrameOwner owner)
{
    for (const Frame &f : r.frames)
        if (f.owner == owner)
            return f.function + QLatin1Char(' ') + f.location;
    return QStringLiteral("-");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: parabench-tsan-check LOG_DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.exists()) {
        std::fprintf(stderr, "parabench-tsan-check: %s does not exist\n", argv[1]);
        return 2;
    }
    int ours = 0, qt = 0, foreign = 0;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const Report &r : parseTsanLog(QString::fromUtf8(f.readAll()))) {
            switch (r.verdict) {
            case Verdict::ParabenchOnly:
                ++ours;
                std::printf("RACE IN PARABENCH CODE (%s, %s):\n%s\n", qPrintable(r.kind),
                            qPrintable(name), qPrintable(r.text));
                break;
            case Verdict::InvolvesQt:
                ++qt;
                std::printf("involves Qt, not suppressed (%s, %s): ours at %s; Qt at %s\n",
                            qPrintable(r.kind), qPrintable(name),
                            qPrintable(firstFrame(r, FrameOwner::Parabench)),
                            qPrintable(firstFrame(r, FrameOwner::Qt)));
                break;
            case Verdict::Foreign:
                ++foreign;
                std::printf("other libraries only (%s, %s): %s\n", qPrintable(r.kind),
                            qPrintable(name), qPrintable(r.summary));
                break;
            }
        }
    }
    std::printf("ThreadSanitizer reports: %d in ParaBench code only, %d involving Qt, %d in other "
                "libraries (suppressed ones are not counted)\n",
                ours, qt, foreign);
    return ours > 0 ? 1 : 0;
}
