#include "ui/appcommandline.h"

namespace pb::ui {

AppCommandLine::AppCommandLine()
    : m_config(QStringLiteral("config"),
               QStringLiteral("Load the experiment settings of a result JSON (e.g. one from "
                              "parabench-cli) to re-run it here."),
               QStringLiteral("result.json")),
      m_screenshot(QStringLiteral("screenshot-after-run"),
                   QStringLiteral("Run the configuration, save a window PNG and export charts "
                                  "and data beside it, quit."),
                   QStringLiteral("png")),
      m_exportFigures(QStringLiteral("export-figures"),
                      QStringLiteral("Export the charts of the result files given into <folder> "
                                     "as PNG, SVG and PDF (time, speedup, efficiency, "
                                     "granularity, change, machines: those with data), "
                                     "overlaid as in the app, "
                                     "then quit without showing a window."),
                      QStringLiteral("folder")),
      m_figureFormat(QStringLiteral("figure-format"),
                     QStringLiteral("Format of --export-figures: column (8 x 8 cm, 300 dpi, "
                                    "8 pt), page (17 x 10.5 cm, 300 dpi), slide (1920 x 1080) "
                                    "or screen (1600 x 1000, the default)."),
                     QStringLiteral("format"), QStringLiteral("screen")),
      m_baseline(QStringLiteral("baseline"),
                 QStringLiteral("Open this result as well and make it the baseline: the Change "
                                "chart and the table's Change / p / Verdict columns compare the "
                                "other runs with it (also in --export-figures)."),
                 QStringLiteral("result.json"))
{
    m_parser.setApplicationDescription(
        QStringLiteral("Benchmarks serial and QtConcurrent parallel maps and charts the speedup."));
    m_all << m_parser.addHelpOption() << m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("files"),
                                   QStringLiteral("Results to open (ParaBench or Google Benchmark "
                                                  "JSON), or folders: every result in them."),
                                   QStringLiteral("[file.json|folder...]"));
    m_screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    for (const QCommandLineOption &o :
         {m_config, m_baseline, m_exportFigures, m_figureFormat, m_screenshot}) {
        m_parser.addOption(o);
        m_all << o;
    }
}

void AppCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

QString AppCommandLine::figureFormat() const
{
    return m_parser.value(m_figureFormat);
}

QStringList AppCommandLine::optionNames() const
{
    QStringList names;
    for (const QCommandLineOption &o : m_all)
        for (const QString &n : o.names())
            if (n.size() > 1)
                names << n;
    return names;
}

} // namespace pb::ui
