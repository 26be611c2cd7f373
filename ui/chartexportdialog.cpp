#include "ui/chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <optional>

namespace pb::ui {

namespace {

// The last format chosen in this session: a paper's figures share one.
std::optional<FigureFormat> &lastFormat()
{
    static std::optional<FigureFormat> last;
    return last;
}

} // namespace

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)), m_dpi(new QDoubleSpinBox(this)),
      m_font(new QDoubleSpinBox(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export chart"));
    m_preset->setObjectName(QStringLiteral("figurePreset"));
    for (const FigureFormat &f : FigureFormat::presets())
        m_preset->addItem(f.name, f.id);
    m_preset->addItem(tr("Custom"), QStringLiteral("custom"));
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(200, 10000);
        s->setSuffix(tr(" px"));
    }
    m_dpi->setRange(24, 2400);
    m_dpi->setDecimals(0);
    m_dpi->setSuffix(tr(" dpi"));
    m_font->setRange(FigureFormat::kMinFontPt, 48);
    m_font->setDecimals(1);
    m_font->setSuffix(tr(" pt"));
    m_font->setToolTip(tr("Axis labels, legend and labels on the chart; journals ask for at "
                          "least 8 pt at the printed size."));
    m_summary->setObjectName(QStringLiteral("figureSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #555555;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Format"), m_preset);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(tr("Text size"), m_font);
    form->addRow(QString(), m_summary);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::presetChosen);
    for (QSpinBox *s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, &ChartExportDialog::valuesEdited);
    for (QDoubleSpinBox *s : {m_dpi, m_font})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::valuesEdited);

    if (const auto &last = lastFormat()) {
        m_applyingPreset = true;
        m_preset->setCurrentIndex(std::max(0, m_preset->findData(last->id)));
        m_width->setValue(last->pixels.width());
        m_height->setValue(last->pixels.height());
        m_dpi->setValue(last->dpi);
        m_font->setValue(last->fontPt);
        m_applyingPreset = false;
        updateSummary();
    } else {
        selectPreset(QStringLiteral("screen"));
    }
}

bool ChartExportDialog::selectPreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    presetChosen(index);
    return true;
}

void ChartExportDialog::presetChosen(int index)
{
    const auto preset = FigureFormat::preset(m_preset->itemData(index).toString());
    if (!preset) {
        updateSummary();
        return;
    }
    m_applyingPreset = true;
    m_width->setValue(preset->pixels.width());
    m_height->setValue(preset->pixels.height());
    m_dpi->setValue(preset->dpi);
    m_font->setValue(preset->fontPt);
    m_applyingPreset = false;
    updateSummary();
}

void ChartExportDialog::valuesEdited()
{
    if (m_applyingPreset)
        return;
    // Any change of a preset's numbers makes it a custom format.
    const auto preset = FigureFormat::preset(m_preset->currentData().toString());
    if (preset && (preset->pixels != chartSize() || preset->dpi != m_dpi->value() ||
                   preset->fontPt != m_font->value())) {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("custom")));
    }
    updateSummary();
}

void ChartExportDialog::updateSummary()
{
    const QSizeF mm = figureFormat().sizeMm();
    m_summary->setText(tr("Printed size %1 × %2 cm; SVG and PDF keep it, with vector text.")
                           .arg(mm.width() / 10, 0, 'f', 1)
                           .arg(mm.height() / 10, 0, 'f', 1));
}

QSize ChartExportDialog::chartSize() const
{
    return {m_width->value(), m_height->value()};
}

FigureFormat ChartExportDialog::figureFormat() const
{
    FigureFormat f = FigureFormat::forPixels(chartSize());
    f.id = m_preset->currentData().toString();
    f.name = m_preset->currentText();
    f.dpi = m_dpi->value();
    f.fontPt = m_font->value();
    return f;
}

void ChartExportDialog::done(int result)
{
    if (result == QDialog::Accepted)
        lastFormat() = figureFormat();
    QDialog::done(result);
}

} // namespace pb::ui
