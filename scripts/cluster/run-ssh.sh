#!/usr/bin/env bash
# Runs the same parabench-cli experiment on every host of a host list over ssh and collects one
# JSON result per host into a folder, for the app (File → Open folder) or `parabench-cli
# compare`. Nothing is installed or left running on the hosts: parabench-cli must be there.
#
# Usage: scripts/cluster/run-ssh.sh [-o OUTDIR] [-j PARALLEL] [--cli PATH] HOSTFILE -- ARGS...
#   HOSTFILE  one ssh destination per line (host, user@host or an ssh_config alias); blank lines
#             and lines starting with # are ignored
#   ARGS      parabench-cli options (the experiment); --format json --quiet are added
#   -o DIR    where the results go (default: results-YYYYmmdd-HHMMSS); DIR/<host>.json
#   -j N      hosts measured at the same time (default: all; each host benchmarks only itself)
#   --cli P   parabench-cli on the hosts (default: parabench-cli from their PATH)
# Exit codes: 0 every host delivered a result; 1 some host failed (listed; its file is not
# written, the others are); 2 bad usage. A result file appears only complete: each host's output
# goes to a hidden temporary file that is renamed when the run succeeded and removed otherwise.
set -uo pipefail

usage() {
  sed -n '6,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

out="results-$(date +%Y%m%d-%H%M%S)"
parallel=0
cli=parabench-cli
while [ $# -gt 0 ]; do
  case "$1" in
    -o) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
    -j) [ $# -ge 2 ] || usage; parallel=$2; shift 2 ;;
    --cli) [ $# -ge 2 ] || usage; cli=$2; shift 2 ;;
    -h|--help) usage ;;
    --) break ;;
    -*) echo "run-ssh.sh: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] && [ "$1" != "--" ] || { echo "run-ssh.sh: no host file given" >&2; usage; }
hostfile=$1
shift
[ "${1:-}" = "--" ] || { echo "run-ssh.sh: put -- before the parabench-cli arguments" >&2; usage; }
shift
[[ "$parallel" =~ ^[0-9]+$ ]] || { echo "run-ssh.sh: -j needs a number, not \"$parallel\"" >&2; exit 2; }
[ -f "$hostfile" ] && [ -r "$hostfile" ] || { echo "run-ssh.sh: cannot read host file $hostfile" >&2; exit 2; }

hosts=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%%#*}
  line=$(printf '%s' "$line" | tr -d '[:space:]')
  [ -n "$line" ] && hosts+=("$line")
done <"$hostfile"
[ ${#hosts[@]} -gt 0 ] || { echo "run-ssh.sh: $hostfile lists no host" >&2; exit 2; }

# One file per host: the name without user@, anything but letters, digits, '.', '_' and '-'
# replaced. Two lines naming the same file would overwrite each other: refused.
filename() {
  local h=${1#*@}
  printf '%s.json' "$(printf '%s' "$h" | tr -c 'A-Za-z0-9._-' '_')"
}
declare -A seen=()
for h in "${hosts[@]}"; do
  f=$(filename "$h")
  [ -z "${seen[$f]:-}" ] || { echo "run-ssh.sh: $h and ${seen[$f]} would both write $f" >&2; exit 2; }
  seen[$f]=$h
done

mkdir -p "$out" || { echo "run-ssh.sh: cannot create $out" >&2; exit 2; }

# ssh runs the command through the remote shell: every word is single-quoted, so spaces,
# quotes, $ and ; in the arguments arrive as they were typed.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
remote=$(quote "$cli")
for a in "$@" --format json --quiet; do
  remote+=" $(quote "$a")"
done

status_dir=$(mktemp -d)
trap 'rm -rf "$status_dir"' EXIT

run_host() {
  local host=$1 file tmp err rc
  file="$out/$(filename "$host")"
  tmp="$out/.$(filename "$host").partial"
  err="$status_dir/$(filename "$host").err"
  ssh -o BatchMode=yes -o ConnectTimeout=15 "$host" "$remote" >"$tmp" 2>"$err"
  rc=$?
  if [ $rc -eq 0 ] && [ -s "$tmp" ]; then
    mv -f "$tmp" "$file"
    echo "$host: $file"
  else
    rm -f "$tmp"
    local why
    why=$(tail -n 3 "$err" | tr '\n' ' ')
    [ $rc -eq 255 ] && why="ssh failed: $why" || why="parabench-cli exit $rc: $why"
    [ $rc -eq 0 ] && why="no output"
    echo "$host: $why" >"$status_dir/$(filename "$host").failed"
    echo "$host: FAILED ($why)" >&2
  fi
}

running=0
for h in "${hosts[@]}"; do
  run_host "$h" &
  running=$((running + 1))
  if [ "$parallel" -gt 0 ] && [ $running -ge "$parallel" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

failed=("$status_dir"/*.failed)
if [ -e "${failed[0]}" ]; then
  echo "run-ssh.sh: ${#failed[@]} of ${#hosts[@]} host(s) failed; no file was written for them:" >&2
  cat "${failed[@]}" >&2
  exit 1
fi
echo "run-ssh.sh: ${#hosts[@]} result(s) in $out (open the folder in parabench, or parabench-cli compare)"
