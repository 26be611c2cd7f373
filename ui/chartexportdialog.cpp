#include "ui/chartexportdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace pb::ui {

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox(this)), m_height(new QSpinBox(this))
{
    setWindowTitle(tr("Export chart"));
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(200, 10000);
        s->setSuffix(tr(" px"));
    }
    m_width->setValue(kDefaultSize.width());
    m_height->setValue(kDefaultSize.height());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(buttons);
}

QSize ChartExportDialog::chartSize() const
{
    return {m_width->value(), m_height->value()};
}

} // namespace pb::ui
