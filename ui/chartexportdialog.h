#pragma once

#include "ui/figureformat.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace pb::ui {

/// Asks for the format of an exported chart: a preset (column 8 cm, page 17 cm, slide 16:9,
/// screen) or custom pixels, resolution and type size. Remembers the last choice in the session.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr QSize kDefaultSize{1600, 1000};

    explicit ChartExportDialog(QWidget *parent = nullptr);
    QSize chartSize() const;
    FigureFormat figureFormat() const;
    /// Selects a preset by id ("column", ...); false when there is none.
    bool selectPreset(const QString &id);

protected:
    void done(int result) override;

private:
    void presetChosen(int index);
    void valuesEdited();
    void updateSummary();

    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_dpi;
    QDoubleSpinBox *m_font;
    QLabel *m_summary;
    bool m_applyingPreset = false;
};

} // namespace pb::ui
