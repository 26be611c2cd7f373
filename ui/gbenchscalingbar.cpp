#include "ui/gbenchscalingbar.h"

#include "ui/appsettings.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace pb::ui {
namespace {

QString settingsKey(const QString &path)
{
    // Paths may hold characters QSettings treats as separators: key by a hash.
    return QStringLiteral("gbench/scaling/") +
           QString::fromLatin1(
               QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

GbenchScalingBar::GbenchScalingBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("gbenchScalingBar"));
    m_combo->setObjectName(QStringLiteral("gbenchScalingCombo"));
    m_label->setText(tr("Google Benchmark thread sweep without items_per_second — the speedup "
                        "assumes:"));
    m_label->setWordWrap(true);
    m_combo->addItem(tr("a fixed total split across the threads: time(1) / (N × real_time(N))"),
                     pb::threadScalingId(pb::ThreadScaling::Split));
    m_combo->addItem(tr("each thread does the whole work: real_time(1) / real_time(N)"),
                     pb::threadScalingId(pb::ThreadScaling::PerThread));
    m_combo->setToolTip(tr("Google Benchmark's real_time divides the job's wall time by the "
                           "iterations of all threads. Which speedup is right depends on how "
                           "the benchmark spreads its work, which the file does not say. "
                           "SetItemsProcessed() in the benchmark removes the question."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_runId > 0)
            emit scalingChosen(m_runId, scaling());
    });
    hide();
}

void GbenchScalingBar::showFor(const RunEntry *entry)
{
    const bool needed =
        entry && entry->format == pb::ResultFileFormat::GoogleBenchmark && entry->scalingMatters;
    m_runId = needed ? entry->id : -1;
    if (needed) {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(entry->scaling == pb::ThreadScaling::Split ? 0 : 1);
    }
    setVisible(needed);
}

pb::ThreadScaling GbenchScalingBar::scaling() const
{
    return pb::threadScalingFromId(m_combo->currentData().toString())
        .value_or(pb::ThreadScaling::Split);
}

pb::ThreadScaling GbenchScalingBar::rememberedScaling(const QString &path)
{
    return pb::threadScalingFromId(QString::fromUtf8(AppSettings::value(settingsKey(path))))
        .value_or(pb::ThreadScaling::Split);
}

void GbenchScalingBar::rememberScaling(const QString &path, pb::ThreadScaling scaling)
{
    AppSettings::setValue(settingsKey(path), pb::threadScalingId(scaling).toUtf8());
}

} // namespace pb::ui
