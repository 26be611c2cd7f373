#!/usr/bin/env python3
"""Regenerates the reader corpus from valid-v2.json (a real parabench-cli result).

Not run by the build: the generated files are checked in, so the tests need no Python. Each
file differs from the valid one by one edit; corpus.tsv says what the reader must do with it
(accept, refuse, or accept with its statistics recomputed) and a phrase its message must hold.
Large files (FIFO, /dev/zero, huge strings and arrays) are made at test time instead
(tests/core/io/hostilecorpus.h).

Usage: tests/data/reader/make_corpus.py   (from anywhere)
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = json.load(open(os.path.join(HERE, "valid-v2.json"), encoding="utf-8"))
rows = []


def dump(doc):
    return json.dumps(doc, indent=4, sort_keys=True, ensure_ascii=False) + "\n"


def raw(name, text, outcome, phrase, binary=False):
    mode = "wb" if binary else "w"
    with open(os.path.join(HERE, name), mode, **({} if binary else {"encoding": "utf-8"})) as f:
        f.write(text)
    rows.append((name, outcome, phrase))


def edited(name, edit, outcome, phrase):
    doc = copy.deepcopy(BASE)
    edit(doc)
    raw(name, dump(doc), outcome, phrase)


def text_edit(name, old, new, outcome, phrase, count=1):
    text = dump(BASE)
    assert old in text, old
    raw(name, text.replace(old, new, count), outcome, phrase)


def setter(path, value):
    def edit(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return edit


# --- valid ---
rows.append(("valid-v2.json", "accept", ""))
v1 = copy.deepcopy(BASE)
v1["version"] = 1
for cell in v1["cells"]:
    for key in ("errorKind", "size", "cpuNs", "stealNs"):
        cell.pop(key, None)
raw("valid-v1.json", dump(v1), "accept", "")

# --- not JSON as RFC 8259 defines it (Qt's parser accepts several of these) ---
text_edit("number-trailing-dot.json", '"loadAverage1": 9.76', '"loadAverage1": 9.',
          "refuse", "a digit must follow the decimal point")
text_edit("number-leading-dot.json", '"loadAverage1": 9.76', '"loadAverage1": .76',
          "refuse", "a number must start with a digit")
text_edit("string-hex-escape.json", '"hostname": "vm"', '"hostname": "\\x41"',
          "refuse", "invalid escape \\x")
text_edit("number-leading-zero.json", '"warmupRuns": 0', '"warmupRuns": 00',
          "refuse", "leading zeros are not allowed")
text_edit("number-plus.json", '"loadAverage1": 9.76', '"loadAverage1": +9.76',
          "refuse", "cannot start with '+'")
text_edit("number-nan.json", '"loadAverage1": 9.76', '"loadAverage1": NaN',
          "refuse", "NaN and Infinity are not JSON numbers")
text_edit("number-overflow.json", '"loadAverage1": 9.76', '"loadAverage1": 1e999',
          "refuse", "beyond the range of a double")
text_edit("trailing-comma.json", '"workers": [\n            1,\n            2\n        ]',
          '"workers": [\n            1,\n            2,\n        ]',
          "refuse", "a trailing comma before ']'")
text_edit("single-quotes.json", '"hostname": "vm"', "\"hostname\": 'vm'",
          "refuse", "double quotes, not single quotes")
text_edit("comment.json", '"hostname": "vm",', '"hostname": "vm", // the lab box',
          "refuse", "comments are not allowed")
text_edit("unpaired-surrogate.json", '"hostname": "vm"', '"hostname": "v\\ud800m"',
          "refuse", "unpaired surrogate \\ud800")
text_edit("raw-tab-in-string.json", '"hostname": "vm"', '"hostname": "v\tm"',
          "refuse", "control character U+0009 inside a string")
text_edit("duplicate-key.json", '"hostname": "vm",', '"hostname": "vm",\n        "hostname": "x",',
          "refuse", "duplicate member name \"hostname\"")
text_edit("unknown-literal.json", '"verify": true', '"verify": yes',
          "refuse", "expected a value, got 'y'")
full = dump(BASE)
raw("truncated.json", full[: len(full) // 2], "refuse", "is the file truncated?")
raw("trailing-garbage.json", full + "{}\n", "refuse", "after the end of the JSON value")
raw("invalid-utf8.json", full.replace('"hostname": "vm"', '"hostname": "v\udcffm"')
    .encode("utf-8", "surrogateescape"), "refuse", "invalid UTF-8 (byte 0xff)", binary=True)
raw("utf16.json", full.encode("utf-16"), "refuse", "UTF-16 text", binary=True)
raw("binary.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "refuse",
    "binary data (a NUL byte)", binary=True)
raw("empty.json", "", "refuse", "the file is empty")
raw("whitespace-only.json", " \n\t\n", "refuse", "the document holds only white space")

# --- JSON, but not a result this build reads ---
raw("top-level-array.json", "[1, 2, 3]\n", "refuse", "the document is an array, expected an object")
raw("foreign-package.json", '{"name": "left-pad", "version": "1.3.0"}\n', "refuse",
    "not a ParaBench result")
edited("newer-version.json", setter(["version"], 3), "refuse",
       "written by a newer ParaBench (format version 3)")

# --- well-typed but inconsistent or implausible: refused, the message names the field ---
edited("config-size-zero.json", setter(["config", "size"], 0), "refuse",
       "config.size: 0 items; a run measures at least 1")
edited("config-workers-empty.json", setter(["config", "workers"], []), "refuse",
       "cells[1].workers: 1 is not in config.workers []")
edited("config-workers-twice.json", setter(["config", "workers"], [1, 2, 2]), "refuse",
       "config.workers[2]: 2 is listed twice")
edited("config-maxreps-below-reps.json", setter(["config", "reps", "maxRepetitions"], 1),
       "refuse", "config.reps.maxRepetitions: 1 is below config.reps.repetitions (3)")
edited("config-warmupsec-null.json", setter(["config", "warmupSec"], None), "refuse",
       "config.warmupSec: expected a finite number >= 0, got nan")
edited("config-workload-markup.json", setter(["config", "workload"], "<b>fine</b>"), "refuse",
       "config.workload: \"<b>fine</b>\" is not an identifier")
edited("cell-strategy-unlisted.json", setter(["cells", 1, "strategy"], "threads"), "refuse",
       "cells[1].strategy: \"threads\" is not in config.strategies (serial, mapped)")
edited("cell-strategy-emoji.json", setter(["cells", 1, "strategy"], "\U0001F600" * 20), "refuse",
       "cells[1].strategy: \"\U0001F600")
edited("cell-strategy-long.json", setter(["cells", 1, "strategy"], "m" * 65), "refuse",
       "cells[1].strategy: 65 characters long; identifiers have at most 64")
edited("cell-serial-on-4-workers.json", setter(["cells", 0, "workers"], 4), "refuse",
       "cells[0].workers: the serial baseline runs on 1 worker, not 4")
edited("cell-size-zero.json", setter(["cells", 0, "size"], 0), "refuse",
       "cells[0].size: 0 items; a cell measures at least 1")
edited("cell-kind-without-message.json", setter(["cells", 1, "errorKind"], "kernel-error"),
       "refuse", "cells[1].errorKind: \"kernel-error\" but the cell's error message is empty")
edited("cell-message-without-kind.json", setter(["cells", 1, "error"], "kernel threw: boom"),
       "refuse", "cells[1].errorKind: \"none\" but the cell has an error message")
edited("cell-no-samples.json", setter(["cells", 2, "samplesNs"], []), "refuse",
       "cells[2].samplesNs: empty, but the cell has no error")


def duplicate_cell(doc):
    doc["cells"].append(copy.deepcopy(doc["cells"][2]))


edited("cell-duplicate.json", duplicate_cell, "refuse",
       "cells[3]: measures the same cell as cells[2]")
edited("cell-negative-sample.json", setter(["cells", 1, "samplesNs", 0], -5), "refuse",
       "cells[1].samplesNs[0]: expected a non-negative integer, got -5")
edited("cell-outlier-out-of-range.json", setter(["cells", 0, "stats", "outlierIndices"], [7]),
       "refuse", "cells[0].stats.outlierIndices[0]: index 7 is out of range")
edited("cell-cpuns-length.json", setter(["cells", 0, "cpuNs"], [1]), "refuse",
       "cells[0].cpuNs: has 1 values but samplesNs has 3")
edited("complete-with-error.json", setter(["error"], "engine error: it broke"), "refuse",
       "error: the run's status is \"complete\" but it has an error message")
edited("workload-name-newline.json", setter(["workloadName"], "Fine\nsecond line"), "refuse",
       "workloadName: contains a control character (U+000a)")
edited("hostname-long.json", setter(["system", "hostname"], "h" * 300), "refuse",
       "system.hostname: 300 characters long; at most 256 are accepted")
edited("warning-code-markup.json", setter(["warnings", 0, "code"], "<img src=x>"), "refuse",
       "warnings[0].code: \"<img src=x>\" is not an identifier")
edited("param-name-markup.json", setter(["config", "params"], {"a b": 1}), "refuse",
       "config.params.a b: \"a b\" is not an identifier")

# --- derived numbers that lie: accepted, recomputed from the samples, and flagged ---
edited("stats-n-lies.json", setter(["cells", 0, "stats", "n"], 1000000), "recompute",
       "stats.n is 1000000 in the file, but the cell has 3 samples")
edited("stats-min-above-max.json", setter(["cells", 1, "stats", "minNs"], 1e12), "recompute",
       "cells[1] (mapped, 1 worker): stats.minNs is 1e+12 in the file")
edited("stats-negative-median.json", setter(["cells", 2, "stats", "medianNs"], -5), "recompute",
       "stats.medianNs is -5 in the file")
edited("stats-speedup-lies.json", setter(["cells", 2, "stats", "speedup"], 100), "recompute",
       "stats.speedup is 100 in the file")
# Three points claimed for two worker counts: no fit can come of these cells (a fit needs 3).
edited("fits-lie.json", lambda d: d["fits"][0].update(serialFraction=0.001, points=3),
       "recompute", "the Amdahl fits stored in the file do not match its cells")

with open(os.path.join(HERE, "corpus.tsv"), "w", encoding="utf-8") as f:
    f.write("# file\toutcome (accept | refuse | recompute)\tphrase the message must contain\n")
    for name, outcome, phrase in rows:
        f.write(f"{name}\t{outcome}\t{phrase}\n")
print(f"{len(rows)} corpus entries written to {HERE}")
