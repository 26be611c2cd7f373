#!/usr/bin/env bash
# desktop-file-validate exits 1 only for errors; its warnings (a key menus will ignore, a
# deprecated value) fail this test too: it must print nothing.
# Usage: validate_desktop.sh DESKTOP_FILE_VALIDATE FILE.desktop
set -uo pipefail
validator=$1 file=$2
[ -f "$file" ] || { echo "FAIL: $file not found (Packaging.InstallTree installs it)"; exit 1; }
out=$("$validator" "$file" 2>&1); rc=$?
echo "$out"
[ $rc -eq 0 ] && [ -z "$out" ] || { echo "FAIL: desktop-file-validate exit $rc, output above"; exit 1; }
echo "PASS: $file is valid"
