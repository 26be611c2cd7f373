#!/usr/bin/env bash
# The man pages cmake/HelpToMan.cmake generates are well-formed roff (checked without groff: a
# .TH header, a NAME line `whatis` can read, only known man macros, no template placeholder
# left) and name every option the program's --help lists, so the two never drift.
# Usage: check_man_pages.sh PROGRAM PAGE.1.gz [PROGRAM PAGE.1.gz ...]
set -uo pipefail
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

known_macros=" TH SH SS TP PP P LP IP B I BR BI IB IR RB RI RS RE nf fi br sp EX EE "

while [ $# -ge 2 ]; do
  program=$1 page=$2
  shift 2
  name=$(basename "$program")
  echo "--- $page"
  text=$(gzip -dc "$page") || { fail "$page is not a gzip file"; continue; }
  escaped=$(sed 's/-/\\\\-/g' <<<"$name") # parabench-cli -> regex parabench\\-cli

  first=$(grep -v '^\.\\"' <<<"$text" | head -n 1)
  grep -qE '^\.TH [A-Z\\-]+ 1 "' <<<"$first" || fail "$page: first line is not .TH NAME 1 \"date\": $first"
  grep -A1 -x '\.SH NAME' <<<"$text" | tail -n 1 | grep -qE "^$escaped \\\\- [a-z]" ||
    fail "$page: the line after .SH NAME is not '$name \\- summary'"
  for section in SYNOPSIS DESCRIPTION OPTIONS; do
    grep -qx "\.SH $section" <<<"$text" || fail "$page: no .SH $section"
  done
  while IFS= read -r line; do
    macro=${line#[.\']}
    macro=${macro%% *}
    [[ "$macro" == '\"'* ]] && continue
    [[ "$known_macros" == *" $macro "* ]] || fail "$page: unknown macro in: $line"
  done < <(grep -E "^[.']" <<<"$text")
  leftover=$(grep -oE '@[A-Z_]+@' <<<"$text" | sort -u | tr '\n' ' ')
  [ -z "$leftover" ] || fail "$page: template placeholders left: $leftover"

  help=$("$program" --help 2>/dev/null) || { fail "$program --help failed"; continue; }
  # What a reader sees: \- is '-', font changes vanish.
  plain=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' <<<"$text")
  options=$(grep -E '^  -' <<<"$help" | sed -E 's/^  ([^ ]+( [^ ]+)*)  .*/\1/' |
            tr ' ,' '\n\n' | grep -E '^-')
  [ -n "$options" ] || fail "$program --help lists no options"
  count=0
  for option in $options; do
    count=$((count + 1))
    grep -qE -- "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|$)" <<<"$plain" ||
      fail "$page does not mention $option (in $name --help)"
  done
  echo "$name: $count options of --help looked up in the man page"
done

[ $failures -eq 0 ] || exit 1
echo "PASS"
