#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace pb::ui {

/// The desktop app's command line: result files to open, --config, --export-figures (charts of
/// result files as PNG/SVG/PDF without a window), and the hidden --screenshot-after-run used
/// for the docs.
class AppCommandLine
{
public:
    AppCommandLine();

    /// Parses the application's arguments; --help, --version and errors exit like
    /// QCommandLineParser::process().
    void process(const QCoreApplication &app);

    QStringList files() const { return m_parser.positionalArguments(); }
    bool hasConfig() const { return m_parser.isSet(m_config); }
    QString configPath() const { return m_parser.value(m_config); }
    bool hasScreenshot() const { return m_parser.isSet(m_screenshot); }
    QString screenshotPath() const { return m_parser.value(m_screenshot); }
    /// --baseline: a result to open and compare the others with (Change chart, table columns).
    QString baselinePath() const { return m_parser.value(m_baseline); }
    bool hasExportFigures() const { return m_parser.isSet(m_exportFigures); }
    QString exportFiguresDir() const { return m_parser.value(m_exportFigures); }
    /// --figure-format's value ("screen" when not given).
    QString figureFormat() const;

    /// Every long option the app accepts, hidden ones included ("config", "help", ...).
    QStringList optionNames() const;

private:
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_all;
    QCommandLineOption m_config;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_exportFigures;
    QCommandLineOption m_figureFormat;
    QCommandLineOption m_baseline;
};

} // namespace pb::ui
