#pragma once

#include "core/io/gbenchimport.h"
#include "ui/runentry.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace pb::ui {

/// Above the results of a Google Benchmark thread sweep without counters: how its speedup is
/// read (a fixed total split across the threads, or each thread doing the whole work) and a
/// choice to change it. Hidden for every other run.
class GbenchScalingBar : public QWidget
{
    Q_OBJECT
public:
    explicit GbenchScalingBar(QWidget *parent = nullptr);

    /// Shows the bar for a run that needs the choice (else hides it).
    void showFor(const RunEntry *entry);
    pb::ThreadScaling scaling() const;
    QComboBox *combo() const { return m_combo; }

    /// The remembered choice for a file (split when none).
    static pb::ThreadScaling rememberedScaling(const QString &path);
    static void rememberScaling(const QString &path, pb::ThreadScaling scaling);

signals:
    /// The person picked another reading for the shown run.
    void scalingChosen(int runId, pb::ThreadScaling scaling);

private:
    QLabel *m_label;
    QComboBox *m_combo;
    int m_runId = -1;
};

} // namespace pb::ui
