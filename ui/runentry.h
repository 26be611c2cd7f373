#pragma once

#include "core/io/resultfiles.h"
#include "core/model/result.h"

#include <QList>
#include <QString>

namespace pb::ui {

/// One run in the run list: a finished, canceled, in-progress or loaded result, and how it is
/// drawn. The charts and tables only read these; statistics come from core.
struct RunEntry
{
    int id = 0;    ///< unique within the session
    QString label; ///< legend name that says what differs ("primes 30k #2"); charts tell
                   ///< overlaid runs apart by dash pattern and marker (runswatch.h)
    bool visible = true;
    bool live = false;     ///< still running
    QString sourceFile;    ///< loaded from this JSON file, empty for local runs
    QString storeFile;     ///< its copy in the run store (RunStore), empty until kept there
    QString savedTo;       ///< where the user last exported it as JSON, empty when never
    bool baseline = false; ///< the run the others are compared with (Change view, table)
    pb::ResultFileFormat format = pb::ResultFileFormat::Parabench; ///< of sourceFile
    bool scalingMatters = false; ///< a Google Benchmark thread sweep without counters
    pb::ThreadScaling scaling = pb::ThreadScaling::Split; ///< how its speedup was read
    pb::RunResult result;
};

} // namespace pb::ui
