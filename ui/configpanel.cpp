#include "ui/configpanel.h"

#include "core/model/sizeparse.h"
#include "core/model/units.h"
#include "core/run/autochunk.h"
#include "core/run/registry.h"
#include "core/run/validation.h"
#include "core/sys/procstats.h"
#include "ui/costprobe.h"
#include "ui/paramseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace pb::ui {

namespace {

int cores()
{
    return std::max(1, QThread::idealThreadCount());
}

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555555;"));
    return label;
}

} // namespace

pb::RunConfig ConfigPanel::defaultConfig()
{
    pb::RunConfig c;
    c.workload = QStringLiteral("primes");
    c.size = 30000;
    c.workers.clear();
    for (int w = 1; w <= cores(); ++w)
        c.workers << w;
    c.strategies.clear();
    for (const char *id : {"serial", "mapped", "chunked"})
        if (pb::findStrategy(QLatin1String(id)))
            c.strategies << QLatin1String(id);
    if (const pb::Workload *w = pb::findWorkload(c.workload))
        c.params = w->defaultParams();
    return c;
}

ConfigPanel::ConfigPanel(QWidget *parent) : QWidget(parent)
{
    m_costProbe = new CostProbe(this);
    connect(m_costProbe, &CostProbe::measured, this, [this] {
        showTimeEstimate(config());
        // A label that grew to two lines after the scroll area sized the panel: re-lay out.
        layout()->activate();
        updateGeometry();
    });
    m_costProbe->warmUp();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildWorkloadGroup());
    layout->addWidget(buildWorkersGroup());
    layout->addWidget(buildStrategiesGroup());
    layout->addWidget(buildRepetitionsGroup());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("configMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);
    setConfig(defaultConfig());
}

QWidget *ConfigPanel::buildWorkloadGroup()
{
    auto *box = new QGroupBox(tr("Workload"), this);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow panel puts labels above
    m_workload = new QComboBox(box);
    m_workload->setObjectName(QStringLiteral("workloadCombo"));
    // Long workload names must not set the panel's minimum width.
    m_workload->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workload->setMinimumContentsLength(12);
    fillWorkloads(); // configpanelworkloads.cpp: built-ins, then plugin workloads (marked)
    form->addRow(m_workload);
    m_workloadInfo = hintLabel(box);
    m_workloadInfo->setObjectName(QStringLiteral("workloadInfo"));
    form->addRow(m_workloadInfo);

    m_size = new QLineEdit(box);
    m_size->setObjectName(QStringLiteral("sizeEdit"));
    m_size->setMinimumWidth(
        m_size->fontMetrics().horizontalAdvance(QStringLiteral("1 000 000 000")));
    m_size->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9][0-9 ,_]*(\\.[0-9]*)?([eE][0-9]{1,2})?[kKmMgG]?")),
        m_size));
    m_size->setToolTip(tr("Number of items to map, e.g. 30000, 250k, 2M"));
    auto *down = new QToolButton(box);
    down->setText(QStringLiteral("÷2"));
    down->setToolTip(tr("Halve the data size"));
    auto *up = new QToolButton(box);
    up->setText(QStringLiteral("×2"));
    up->setToolTip(tr("Double the data size"));
    m_sizeButtons = {down, up};
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(new QLabel(tr("items"), box));
    sizeRow->addWidget(down);
    sizeRow->addWidget(up);
    form->addRow(tr("Data size"), sizeRow);
    m_sizeError = new QLabel(box);
    m_sizeError->setObjectName(QStringLiteral("sizeError"));
    m_sizeError->setWordWrap(true);
    m_sizeError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_sizeError->hide();
    form->addRow(QString(), m_sizeError);

    m_params = new ParamsEditor(box);
    m_params->setObjectName(QStringLiteral("paramsEditor"));
    form->addRow(m_params);
    connect(m_params, &ParamsEditor::changed, this, &ConfigPanel::refresh);
    m_memory = hintLabel(box);
    m_memory->setObjectName(QStringLiteral("memoryEstimate"));
    m_time = hintLabel(box);
    m_time->setObjectName(QStringLiteral("timeEstimate"));
    form->addRow(tr("Memory"), m_memory);
    form->addRow(tr("Run time"), m_time);

    connect(m_workload, &QComboBox::currentIndexChanged, this, &ConfigPanel::onWorkloadChanged);
    connect(m_size, &QLineEdit::textChanged, this, &ConfigPanel::refresh);
    connect(down, &QToolButton::clicked, this, [this] { stepSize(0.5); });
    connect(up, &QToolButton::clicked, this, [this] { stepSize(2.0); });
    return box;
}

QWidget *ConfigPanel::buildWorkersGroup()
{
    auto *box = new QGroupBox(tr("Worker threads"), this);
    auto *layout = new QVBoxLayout(box);
    m_workerGrid = new QGridLayout;
    layout->addLayout(m_workerGrid);
    auto *presets = new QHBoxLayout;
    const int c = cores();
    const struct
    {
        const char *name, *label;
        std::function<bool(int)> pick;
    } kinds[] = {{"presetCores", "1..cores", [c](int w) { return w <= c; }},
                 {"presetPow2", "Powers of two", [](int w) { return (w & (w - 1)) == 0; }},
                 {"presetAll", "All", [](int) { return true; }}};
    for (const auto &k : kinds) {
        // Tool buttons: as wide as their text, so a narrow panel keeps all three in view.
        auto *b = new QToolButton(box);
        b->setText(tr(k.label));
        b->setObjectName(QLatin1String(k.name));
        presets->addWidget(b);
        m_presetButtons << b;
        connect(b, &QToolButton::clicked, this, [this, pick = k.pick] { checkWorkers(pick); });
    }
    presets->addStretch(1);
    layout->addLayout(presets);
    auto *note = hintLabel(box);
    note->setText(tr("This machine has %n logical core(s).", nullptr, c));
    layout->addWidget(note);
    return box;
}

QWidget *ConfigPanel::buildStrategiesGroup()
{
    auto *box = new QGroupBox(tr("Strategies"), this);
    auto *layout = new QVBoxLayout(box);
    for (const pb::Strategy *s : pb::strategies()) {
        auto *check = new QCheckBox(s->displayName(), box);
        check->setObjectName(QStringLiteral("strategy_") + s->id());
        check->setToolTip(s->description());
        if (s->id() == QLatin1String("serial"))
            check->setToolTip(s->description() + tr("\n(The baseline every speedup refers to.)"));
        layout->addWidget(check);
        m_strategies.insert(s->id(), check);
        connect(check, &QCheckBox::toggled, this, &ConfigPanel::refresh);
    }
    return box;
}

QWidget *ConfigPanel::buildRepetitionsGroup()
{
    auto *box = new QGroupBox(tr("Repetitions"), this);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_reps = new QSpinBox(box);
    m_reps->setObjectName(QStringLiteral("repsSpin"));
    m_reps->setRange(1, 1000);
    form->addRow(tr("Timed runs"), m_reps);
    m_adaptive = new QCheckBox(tr("Adaptive repetitions"), box);
    m_adaptive->setObjectName(QStringLiteral("adaptiveCheck"));
    m_adaptive->setToolTip(tr("Repeat until the 95% CI of the median is narrower than the "
                              "target, the time budget is spent or the maximum is reached"));
    form->addRow(m_adaptive);
    m_targetCi = new QDoubleSpinBox(box);
    m_targetCi->setObjectName(QStringLiteral("targetCiSpin"));
    m_targetCi->setRange(0.1, 50);
    m_targetCi->setSuffix(QStringLiteral(" %"));
    m_targetCi->setToolTip(tr("Stop when the median's 95% CI is at most this wide"));
    form->addRow(tr("Target CI width"), m_targetCi);
    m_budget = new QDoubleSpinBox(box);
    m_budget->setObjectName(QStringLiteral("timeBudgetSpin"));
    m_budget->setRange(0.1, 3600);
    m_budget->setSuffix(tr(" s per cell"));
    form->addRow(tr("Time budget"), m_budget);
    m_maxReps = new QSpinBox(box);
    m_maxReps->setRange(1, 10000);
    m_maxReps->setObjectName(QStringLiteral("maxRepsSpin"));
    form->addRow(tr("At most"), m_maxReps);
    m_warmup = new QSpinBox(box);
    m_warmup->setObjectName(QStringLiteral("warmupSpin"));
    m_warmup->setRange(0, 100);
    form->addRow(tr("Warm-up runs"), m_warmup);
    m_chunk = new QSpinBox(box);
    m_chunk->setObjectName(QStringLiteral("chunkSpin"));
    m_chunk->setRange(0, std::numeric_limits<int>::max());
    m_chunk->setSpecialValueText(tr("auto"));
    m_chunk->setSuffix(tr(" items"));
    m_chunk->setToolTip(tr("Items per chunk for chunked strategies; auto aims at ~100 µs chunks"));
    form->addRow(tr("Chunk size"), m_chunk);
    m_sweep = new QCheckBox(tr("Granularity sweep"), box);
    m_sweep->setObjectName(QStringLiteral("sweepCheck"));
    m_sweep->setToolTip(tr("Runs only \"chunked\", at the first ticked worker count, once per "
                           "chunk size 1, 4, 16, … up to size/workers, and charts time against "
                           "chunk size (Granularity tab): the dispatch-overhead valley and where "
                           "the automatic size lands"));
    form->addRow(m_sweep);
    m_sweepNote = hintLabel(box);
    m_sweepNote->setObjectName(QStringLiteral("sweepNote"));
    m_sweepNote->hide();
    form->addRow(m_sweepNote);
    m_verify = new QCheckBox(tr("Verify outputs against serial"), box);
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    form->addRow(m_verify);

    for (QSpinBox *s : {m_reps, m_maxReps, m_warmup, m_chunk})
        connect(s, &QSpinBox::valueChanged, this, &ConfigPanel::refresh);
    for (QDoubleSpinBox *s : {m_targetCi, m_budget})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::refresh);
    for (QCheckBox *c : {m_adaptive, m_verify, m_sweep})
        connect(c, &QCheckBox::toggled, this, &ConfigPanel::refresh);
    return box;
}

void ConfigPanel::rebuildWorkerBoxes(const QList<int> &extra)
{
    QList<int> counts;
    for (int w = 1; w <= 2 * cores(); ++w)
        counts << w;
    for (int w : extra)
        if (!counts.contains(w) && w >= 1 && w <= pb::kMaxWorkers)
            counts << w;
    std::sort(counts.begin(), counts.end());
    qDeleteAll(m_workers);
    m_workers.clear();
    const int columns = 4;
    for (int i = 0; i < counts.size(); ++i) {
        auto *check = new QCheckBox(QString::number(counts[i]), this);
        check->setObjectName(QStringLiteral("worker_%1").arg(counts[i]));
        if (counts[i] > cores())
            check->setToolTip(tr("More threads than logical cores: oversubscribed"));
        m_workerGrid->addWidget(check, i / columns, i % columns);
        m_workers.insert(counts[i], check);
        connect(check, &QCheckBox::toggled, this, &ConfigPanel::refresh);
    }
    updateTabOrder();
}

void ConfigPanel::rebuildParams(const QVariantMap &values)
{
    const pb::Workload *w = pb::findWorkload(m_workload->currentData().toString());
    m_params->setParams(w ? w->parameters() : QList<pb::ParamSpec>{}, values);
    updateTabOrder();
}

void ConfigPanel::checkWorkers(const std::function<bool(int)> &predicate)
{
    m_loading = true;
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        it.value()->setChecked(predicate(it.key()));
    m_loading = false;
    refresh();
}

void ConfigPanel::onWorkloadChanged()
{
    const pb::Workload *w = pb::findWorkload(m_workload->currentData().toString());
    m_workloadInfo->setText(w ? tr("%1\nStresses: %2").arg(w->description(), w->stresses())
                              : QString());
    for (const pb::Strategy *s : pb::strategies()) {
        QCheckBox *check = m_strategies.value(s->id());
        const bool usable = !s->needsReduction() || (w && w->hasReduction());
        check->setEnabled(usable);
        if (!usable)
            check->setChecked(false);
    }
    if (m_loading)
        return;
    m_loading = true;
    rebuildParams(w ? w->defaultParams() : QVariantMap{});
    if (w)
        m_size->setText(QString::number(w->defaultSize()));
    m_loading = false;
    refresh();
}

void ConfigPanel::stepSize(double factor)
{
    const auto n = pb::parseSize(m_size->text(), nullptr);
    if (!n)
        return;
    m_size->setText(
        QString::number(std::max<qint64>(1, qint64(std::llround(double(*n) * factor)))));
}

pb::RunConfig ConfigPanel::config() const
{
    pb::RunConfig c = m_base;
    c.workload = m_workload->currentData().toString();
    c.size = pb::parseSize(m_size->text(), nullptr).value_or(-1);
    c.params = m_params->values();
    c.workers.clear();
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        if (it.value()->isChecked())
            c.workers << it.key();
    c.strategies.clear();
    for (const pb::Strategy *s : pb::strategies()) // registry order: serial first
        if (m_strategies.value(s->id())->isChecked())
            c.strategies << s->id();
    c.reps.repetitions = m_reps->value();
    c.reps.adaptive = m_adaptive->isChecked();
    c.reps.targetRelCi = m_targetCi->value() / 100.0;
    c.reps.timeBudgetSec = m_budget->value();
    c.reps.maxRepetitions = m_maxReps->value();
    c.warmupRuns = m_warmup->value();
    c.chunkSize = m_chunk->value();
    c.verify = m_verify->isChecked();
    if (!m_sweep->isChecked() || c.workers.isEmpty() || c.size <= 0)
        c.chunkSweep.clear();
    else if (!m_customSweep.isEmpty())
        c.chunkSweep = m_customSweep;
    else
        c.chunkSweep = pb::autoChunkSweep(c.size, c.workers.constFirst());
    return c;
}

pb::RunConfig ConfigPanel::sanitized(pb::RunConfig c, QStringList *notes)
{
    // Settings and files come from elsewhere (another machine, an older build, a hand edit):
    // bring them into what the widgets can show, and say what changed.
    if (!pb::findWorkload(c.workload)) {
        notes->append(
            tr("workload \"%1\" does not exist here: default experiment loaded").arg(c.workload));
        return defaultConfig();
    }
    const int maxWorkers = 2 * std::max(1, QThread::idealThreadCount());
    const QList<int> requested = c.workers;
    c.workers.removeIf([maxWorkers](int w) { return w < 1 || w > maxWorkers; });
    if (c.workers != requested)
        notes->append(
            tr("worker counts above %1 (2 × this machine's cores) dropped").arg(maxWorkers));
    if (c.workers.isEmpty())
        c.workers = defaultConfig().workers;
    if (!c.sizes.isEmpty()) {
        notes->append(tr("size sweep %1: the app measures one size; the largest (%2) was loaded")
                          .arg(pb::sizeListText(c.sizes))
                          .arg(c.size));
        c.sizes.clear();
    }
    if (!(c.warmupSec >= 0 && c.warmupSec <= 3600)) {
        notes->append(tr("warm-up time %1 s reset to 0").arg(c.warmupSec));
        c.warmupSec = 0;
    }
    return c;
}

QStringList ConfigPanel::setConfig(const pb::RunConfig &requested)
{
    QStringList notes;
    const pb::RunConfig config = sanitized(requested, &notes);
    m_loading = true;
    m_base = config;
    // An explicit sweep (e.g. --sweep 64,256,1024 from the CLI) is kept while the box stays
    // ticked; only the automatic list follows size and workers.
    const bool autoSweep =
        config.chunkSweep.isEmpty() ||
        config.chunkSweep == pb::autoChunkSweep(config.size, config.workers.constFirst());
    m_customSweep = autoSweep ? QList<qint64>{} : config.chunkSweep;
    const int index = m_workload->findData(config.workload);
    m_workload->setCurrentIndex(std::max(0, index));
    onWorkloadChanged(); // description and reduction-dependent strategies only
    rebuildParams(config.params);
    m_size->setText(QString::number(config.size));
    rebuildWorkerBoxes(config.workers);
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        it.value()->setChecked(config.workers.contains(it.key()));
    for (auto it = m_strategies.cbegin(); it != m_strategies.cend(); ++it)
        it.value()->setChecked(config.strategies.contains(it.key()) && it.value()->isEnabled());
    m_reps->setValue(config.reps.repetitions);
    m_adaptive->setChecked(config.reps.adaptive);
    m_targetCi->setValue(config.reps.targetRelCi * 100.0);
    m_budget->setValue(config.reps.timeBudgetSec);
    m_maxReps->setValue(config.reps.maxRepetitions);
    m_warmup->setValue(config.warmupRuns);
    m_chunk->setValue(int(std::clamp<qint64>(config.chunkSize, 0, m_chunk->maximum())));
    m_verify->setChecked(config.verify);
    m_sweep->setChecked(!config.chunkSweep.isEmpty());
    m_loading = false;
    refresh();
    return notes;
}

void ConfigPanel::setLocked(bool locked)
{
    m_costProbe->setPaused(locked); // a probe would compete with the run for the CPUs
    for (QGroupBox *box : findChildren<QGroupBox *>(Qt::FindDirectChildrenOnly))
        box->setEnabled(!locked);
}

} // namespace pb::ui
