#pragma once

#include <QDialog>
#include <QSize>

class QSpinBox;

namespace pb::ui {

/// Asks for the pixel size of an exported chart (default 1600 × 1000).
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr QSize kDefaultSize{1600, 1000};

    explicit ChartExportDialog(QWidget *parent = nullptr);
    QSize chartSize() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
};

} // namespace pb::ui
