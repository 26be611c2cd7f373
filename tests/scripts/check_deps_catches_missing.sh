#!/usr/bin/env bash
# scripts/check-deps must fail, naming the package, when scripts/deps' list lacks one the build
# uses. libqt6opengl6-dev is the package a fresh Debian 12 once missed (only a Recommends of
# qt6-charts-dev). Usage: check_deps_catches_missing.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
command -v dpkg-query >/dev/null || { echo "not a Debian system"; exit 77; }
grep -q '^Qt6OpenGL_DIR:PATH=/' "$build/CMakeCache.txt" || { echo "build without Qt Charts"; exit 77; }
full=$("$src/scripts/deps" --list)
[[ " $full " == *" libqt6opengl6-dev "* ]] || { echo "FAIL: scripts/deps does not list libqt6opengl6-dev"; exit 1; }
out=$("$src/scripts/check-deps" "$build" 2>&1); rc=$?
[ $rc -eq 0 ] || { echo "FAIL: the full list should pass (rc $rc):"; echo "$out"; exit 1; }
short=$(echo " $full " | sed 's/ libqt6opengl6-dev / /')
out=$("$src/scripts/check-deps" "$build" --packages "$short" 2>&1); rc=$?
echo "$out"
[ $rc -eq 1 ] || { echo "FAIL: expected exit 1 without libqt6opengl6-dev, got $rc"; exit 1; }
grep -q 'libqt6opengl6-dev .*Qt6OpenGLConfig.cmake' <<<"$out" || { echo "FAIL: message does not name the package and file"; exit 1; }
echo "PASS"
