#include "ui/paramseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <climits>
#include <cmath>

namespace pb::ui {

namespace {

/// Enough decimals to show the smallest allowed value (0.01 -> 2), within 2..8.
int decimalsFor(const pb::ParamSpec &spec)
{
    if (spec.min <= 0)
        return 3;
    return std::clamp(int(std::ceil(-std::log10(spec.min))) + 1, 2, 8);
}

QString tooltipFor(const pb::ParamSpec &spec)
{
    QString range;
    if (spec.type == pb::ParamType::Int || spec.type == pb::ParamType::Double)
        range = ParamsEditor::tr("Range %1 to %2, default %3")
                    .arg(pb::formatParamNumber(spec.min), pb::formatParamNumber(spec.max),
                         pb::formatParamValue(spec, spec.defaultValue));
    else
        range = ParamsEditor::tr("Default %1").arg(pb::formatParamValue(spec, spec.defaultValue));
    return spec.help.isEmpty() ? range : spec.help + QLatin1Char('\n') + range;
}

} // namespace

ParamsEditor::ParamsEditor(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void ParamsEditor::setParams(const QList<pb::ParamSpec> &specs, const QVariantMap &values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_specs = specs;
    for (const pb::ParamSpec &spec : specs) {
        // A stored value that no longer fits the declaration falls back to the default.
        QVariant value = spec.defaultValue;
        if (values.contains(spec.key))
            if (const auto checked =
                    pb::detail::checkParamValue(QString(), spec, values.value(spec.key), nullptr))
                value = *checked;
        QWidget *editor = makeEditor(spec, value);
        editor->setObjectName(QStringLiteral("param_") + spec.key);
        editor->setToolTip(tooltipFor(spec));
        m_form->addRow(spec.key, editor);
        m_editors.insert(spec.key, editor);
    }
    setVisible(!specs.isEmpty());
}

QWidget *ParamsEditor::makeEditor(const pb::ParamSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case pb::ParamType::Int:
        if (spec.min >= INT_MIN && spec.max <= INT_MAX) {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(spec.min), int(spec.max));
            spin->setValue(value.toInt());
            connect(spin, &QSpinBox::valueChanged, this, &ParamsEditor::changed);
            return spin;
        }
        [[fallthrough]]; // a range beyond int: a double spin box without decimals
    case pb::ParamType::Double: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(spec.type == pb::ParamType::Int ? 0 : decimalsFor(spec));
        spin->setRange(spec.min, spec.max);
        spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        spin->setValue(value.toDouble());
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ParamsEditor::changed);
        return spin;
    }
    case pb::ParamType::Bool: {
        auto *check = new QCheckBox(this);
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, &ParamsEditor::changed);
        return check;
    }
    case pb::ParamType::Choice:
        break;
    }
    auto *combo = new QComboBox(this);
    combo->addItems(spec.choices);
    combo->setCurrentText(value.toString());
    connect(combo, &QComboBox::currentIndexChanged, this, &ParamsEditor::changed);
    return combo;
}

QList<QWidget *> ParamsEditor::editors() const
{
    QList<QWidget *> list;
    for (const pb::ParamSpec &spec : m_specs)
        list << m_editors.value(spec.key);
    return list;
}

QVariantMap ParamsEditor::values() const
{
    QVariantMap values;
    for (const pb::ParamSpec &spec : m_specs) {
        QWidget *editor = m_editors.value(spec.key);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            values.insert(spec.key, qint64(spin->value()));
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            values.insert(spec.key, spec.type == pb::ParamType::Int
                                        ? QVariant(qint64(std::llround(dspin->value())))
                                        : QVariant(dspin->value()));
        else if (auto *check = qobject_cast<QCheckBox *>(editor))
            values.insert(spec.key, check->isChecked());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            values.insert(spec.key, combo->currentText());
    }
    return values;
}

} // namespace pb::ui
