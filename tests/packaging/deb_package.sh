#!/usr/bin/env bash
# Builds the Debian package from BUILD with CPack into a temporary folder (not into BUILD: cpack
# -B), checks its control fields and contents with dpkg-deb, unpacks it into a throw-away root
# (dpkg-deb -x: the system's dpkg database and /usr are never touched) and runs the programs
# from there: --version, a tiny verified run, the GUI's --help.
# Usage: deb_package.sh CPACK BUILD VERSION APP_ID SANITIZED
set -uo pipefail
cpack=$1 build=$2 version=$3 app_id=$4 sanitized=$5

if [ "$sanitized" = 1 ]; then
  echo "SKIP: sanitizer build: its binaries need libasan/libubsan and are never shipped, so"
  echo "packaging them proves nothing (the release and ci presets run this test)."
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# --- build ----------------------------------------------------------------------------------
# cpack builds nothing: it runs BUILD's install rules as they are, staging under
# $tmp/_CPack_Packages (BUILD only gets its install_manifest_Runtime.txt rewritten).
if ! "$cpack" -G DEB -B "$tmp" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "FAIL: cpack -G DEB failed"
  exit 1
fi
arch=$(dpkg --print-architecture)
deb="$tmp/parabench_${version}_${arch}.deb"
[ -f "$deb" ] || { cat "$tmp/cpack.log"; ls "$tmp"; echo "FAIL: $deb not built"; exit 1; }
debs=$(find "$tmp" -maxdepth 1 -name '*.deb' -printf '%f ')
echo "built: $debs"

# --- control fields -----------------------------------------------------------------------------
info=$(dpkg-deb -I "$deb")
echo "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = parabench ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <email>'"
[ -n "$(field Section)" ] || fail "no Section"
description=$(field Description)
[ "$(wc -l <<<"$description")" -ge 3 ] || fail "Description has no long part: $description"
depends=$(field Depends)
# Computed by dpkg-shlibdeps from the binaries: Qt from the system, nothing of ours.
for lib in libqt6core6 libqt6concurrent6 libqt6gui6 libqt6widgets6 libqt6charts6 libc6 libstdc++6; do
  grep -qE "(^|, )${lib//+/\\+}( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

# --- contents -----------------------------------------------------------------------------------
contents=$(dpkg-deb --fsys-tarfile "$deb" | tar -t)
for path in ./usr/bin/parabench ./usr/bin/parabench-cli \
            "./usr/share/applications/$app_id.desktop" \
            "./usr/share/metainfo/$app_id.metainfo.xml" \
            ./usr/share/icons/hicolor/scalable/apps/parabench.svg \
            ./usr/share/icons/hicolor/48x48/apps/parabench.png \
            ./usr/share/man/man1/parabench-cli.1.gz ./usr/share/man/man1/parabench.1.gz \
            ./usr/share/doc/parabench/README.md ./usr/lib/parabench/plugins/; do
  grep -qxF -- "$path" <<<"$contents" || fail "package lacks $path"
done
outside=$(grep -vE '^\./$|^\./usr(/|$)' <<<"$contents")
[ -z "$outside" ] || fail "package installs outside /usr: $outside"
grep -q '^\./usr/local' <<<"$contents" && fail "package installs under /usr/local"

# --- the plugin SDK: parabench-dev ---------------------------------------------------------------
dev="$tmp/parabench-dev_${version}_${arch}.deb"
if [ -f "$dev" ]; then
  dev_depends=$(dpkg-deb -f "$dev" Depends)
  grep -qF "parabench (= $version)" <<<"$dev_depends" || fail "parabench-dev Depends: $dev_depends"
  grep -qF "qt6-base-dev" <<<"$dev_depends" || fail "parabench-dev lacks qt6-base-dev: $dev_depends"
  dev_contents=$(dpkg-deb --fsys-tarfile "$dev" | tar -t)
  for path in ./usr/include/parabench/plugin.h ./usr/include/parabench/sdkversion.h \
              ./usr/lib/cmake/ParaBench/ParaBenchConfig.cmake \
              ./usr/lib/cmake/ParaBench/ParaBenchConfigVersion.cmake \
              ./usr/lib/cmake/ParaBench/ParaBenchTargets.cmake \
              ./usr/lib/cmake/ParaBench/ParaBenchWorkload.cmake; do
    grep -qxF -- "$path" <<<"$dev_contents" || fail "parabench-dev lacks $path"
  done
  grep -q '^\./usr/include/parabench/.*\.in$' <<<"$dev_contents" && fail "parabench-dev ships a template"
else
  fail "$dev not built"
fi

# --- unpacked into a throw-away root ------------------------------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x"; exit 1; }
bin="$root/usr/bin"
for program in parabench parabench-cli; do
  # Static core, Qt from the system: no RPATH/RUNPATH, every library resolves.
  readelf -d "$bin/$program" | grep -qE 'RPATH|RUNPATH' && fail "$program has an RPATH/RUNPATH"
  missing=$(ldd "$bin/$program" | grep 'not found')
  [ -z "$missing" ] || fail "$program: libraries not found: $missing"
done

out=$("$bin/parabench-cli" --version 2>&1) || fail "parabench-cli --version exited $?"
[ "$out" = "parabench-cli $version" ] || fail "parabench-cli --version said '$out'"

out=$("$bin/parabench-cli" --workload fine --size 1000 --workers 1,2 --reps 3 --warmup 0 --quiet 2>&1)
rc=$?
[ $rc -eq 0 ] || fail "tiny run exited $rc: $out"
# One table row per strategy x workers; its status column says whether the output was verified.
rows=$(grep -E '^(serial|mapped|chunked|inplace|mapreduce|threads|openmp)[ (]' <<<"$out")
verified=$(grep -cE ' ok( \(reference\))?$' <<<"$rows")
grep -q ' ok (reference)$' <<<"$rows" || fail "tiny run: no serial reference row in: $out"
[ "$verified" -ge 3 ] && [ "$verified" -eq "$(grep -c . <<<"$rows")" ] ||
  fail "tiny run: only $verified rows verified ok: $out"
echo "tiny run: exit $rc, $verified of $(grep -c . <<<"$rows") cells verified ok"


QT_QPA_PLATFORM=offscreen "$bin/parabench" --help >/dev/null 2>&1 || fail "parabench --help exited $?"

# The desktop file starts the packaged program.
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$app_id.desktop")
[ "$exec_line" = "/usr/bin/parabench %F" ] || fail "desktop Exec is '$exec_line'"

# Man page readable without groff: gzip, a .TH header, the NAME line.
for page in parabench-cli parabench; do
  text=$(gzip -dc "$root/usr/share/man/man1/$page.1.gz") || { fail "$page.1.gz is not gzip"; continue; }
  grep -q '^\.TH ' <<<"$text" || fail "$page.1 has no .TH"
  grep -qF "$(sed 's/-/\\-/g' <<<"$page") \- " <<<"$text" || fail "$page.1 has no NAME line"
done

if [ $failures -gt 0 ]; then
  echo "contents:"; dpkg-deb -c "$deb"
  echo "$failures check(s) failed"
  exit 1
fi
echo "PASS: $(basename "$deb") ($(stat -c %s "$deb") bytes, $(grep -c . <<<"$contents") entries)"
