#!/usr/bin/env bash
# `cmake --install` puts every file where docs/install.md says, with a desktop file whose Exec is
# the installed program. Installs the build twice into STAGE: root/ as the Debian package does
# (DESTDIR=root, prefix /usr; the validator tests read it) and home/.local/ as the README's
# `cmake --install build/release --prefix ~/.local`. Only the Runtime component is installed, so
# the build's install_manifest.txt (a user's real install) is left alone.
# Usage: install_tree.sh CMAKE BUILD STAGE APP_ID VERSION BINDIR DATADIR MANDIR DOCDIR PLUGINDIR GUI
set -uo pipefail
cmake=$1 build=$2 stage=$3 app_id=$4 version=$5 bindir=$6 datadir=$7 mandir=$8 docdir=$9
plugindir=${10} gui=${11}

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_file() { [ -f "$1" ] || fail "missing $1"; }

# Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian).
png_size() {
  local b
  read -r -a b < <(od -An -tu1 -j16 -N8 "$1")
  echo "$(((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]))x$(((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]))"
}

check_tree() { # DESTDIR PREFIX
  local dest=$1 prefix=$2
  local p="$dest$prefix"
  echo "--- checking $p (prefix $prefix)"
  [ -x "$p/$bindir/parabench-cli" ] || fail "$p/$bindir/parabench-cli missing or not executable"
  expect_file "$p/$mandir/man1/parabench-cli.1.gz"
  expect_file "$p/$docdir/README.md"
  for doc in measurement json-format validation; do expect_file "$p/$docdir/docs/$doc.md"; done
  [ -d "$p/$plugindir" ] || fail "plugin folder $p/$plugindir missing"
  out=$("$p/$bindir/parabench-cli" --version 2>&1) || fail "installed parabench-cli --version failed"
  [ "$out" = "parabench-cli $version" ] || fail "installed parabench-cli --version said '$out'"

  [ "$gui" = 1 ] || return 0
  [ -x "$p/$bindir/parabench" ] || fail "$p/$bindir/parabench missing or not executable"
  expect_file "$p/$mandir/man1/parabench.1.gz"
  local desktop="$p/$datadir/applications/$app_id.desktop"
  local metainfo="$p/$datadir/metainfo/$app_id.metainfo.xml"
  expect_file "$desktop"
  expect_file "$metainfo"
  grep -q "<release version=\"$version\" date=\"[0-9-]*\"/>" "$metainfo" ||
    fail "$metainfo has no <release> for version $version"
  # Exec: the installed program by its full path (without DESTDIR), and it is there.
  local exec
  exec=$(sed -n 's/^Exec=//p' "$desktop")
  [ "$exec" = "$prefix/$bindir/parabench %F" ] || fail "Exec=$exec, expected $prefix/$bindir/parabench %F"
  [ -x "$dest${exec% %F}" ] || fail "Exec program $dest${exec% %F} is not installed"
  # Icon: a theme name with a scalable icon and PNGs of the size their folder names.
  local icon
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  expect_file "$p/$datadir/icons/hicolor/scalable/apps/$icon.svg"
  expect_file "$p/$datadir/icons/hicolor/48x48/apps/$icon.png"
  for png in "$p/$datadir"/icons/hicolor/*x*/apps/"$icon".png; do
    local want
    want=$(basename "$(dirname "$(dirname "$png")")")
    [ "$(png_size "$png")" = "$want" ] || fail "$png is $(png_size "$png"), not $want"
  done
  grep -q "^Icon=$icon$" "$desktop" && grep -q "<icon type=\"stock\">$icon</icon>" "$metainfo" ||
    fail "desktop file and metainfo name different icons"
}

rm -rf "$stage"
mkdir -p "$stage"
DESTDIR="$stage/root" "$cmake" --install "$build" --component Runtime --prefix /usr \
  >"$stage/install-root.log" 2>&1 || { cat "$stage/install-root.log"; fail "install into $stage/root failed"; }
"$cmake" --install "$build" --component Runtime --prefix "$stage/home/.local" \
  >"$stage/install-home.log" 2>&1 || { cat "$stage/install-home.log"; fail "install into $stage/home/.local failed"; }

check_tree "$stage/root" /usr
check_tree "" "$stage/home/.local"
# DESTDIR install: nothing outside the prefix.
extra=$(find "$stage/root" -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$extra" ] || fail "installed outside /usr: $extra"

if [ $failures -gt 0 ]; then
  echo "$failures check(s) failed; installed files:"
  (cd "$stage" && find . -type f | sort)
  exit 1
fi
echo "PASS: $(find "$stage/root" -type f | wc -l) files installed as the package would, same under $stage/home/.local"
