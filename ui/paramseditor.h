#pragma once

#include <parabench/params.h>

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;

namespace pb::ui {

/// Edits a workload's parameters from their declarations (pb::ParamSpec): a spin box per
/// number, limited to the declared range, a check box per flag, a list per choice; the help
/// text and range as tooltips. Object names are "param_<key>".
class ParamsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ParamsEditor(QWidget *parent = nullptr);

    /// Rebuilds the editors for `specs`, showing `values` (defaults where a key is missing or
    /// out of range).
    void setParams(const QList<pb::ParamSpec> &specs, const QVariantMap &values);
    /// The edited values, typed as the declarations say (qint64, double, bool, QString).
    QVariantMap values() const;
    bool isEmpty() const { return m_specs.isEmpty(); }
    /// The editors in the order they are shown (for the tab order).
    QList<QWidget *> editors() const;

signals:
    void changed();

private:
    QWidget *makeEditor(const pb::ParamSpec &spec, const QVariant &value);

    QFormLayout *m_form = nullptr;
    QList<pb::ParamSpec> m_specs;
    QMap<QString, QWidget *> m_editors;
};

} // namespace pb::ui
