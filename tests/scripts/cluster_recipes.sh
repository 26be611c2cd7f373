#!/usr/bin/env bash
# The many-machines recipes (scripts/cluster) with fake ssh, sbatch and hostname on PATH: one
# complete JSON per host, arguments arriving exactly as typed, failing hosts reported with no
# file (not even a partial one), the rest delivered.
# Usage: cluster_recipes.sh SOURCE_DIR PARABENCH_CLI
set -uo pipefail
src=$1 cli=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/bin" "$tmp/argv"

# ssh [options] HOST COMMAND...: runs COMMAND through sh as the remote shell would, locally.
# down.example refuses the connection; half.example drops it after part of the output.
cat >"$tmp/bin/ssh" <<'SH'
#!/usr/bin/env bash
while [ $# -gt 0 ]; do
  case "$1" in
    -o|-p|-l|-i) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
host=$1; shift
case "$host" in
  down.example) echo "ssh: connect to host down.example port 22: Connection refused" >&2; exit 255 ;;
  half.example) FAKE_HOST=$host sh -c "$*" | head -c 200; echo "Connection reset by peer" >&2; exit 255 ;;
esac
FAKE_HOST=$host exec sh -c "$*"
SH
# The "remote" parabench-cli: records its arguments (NUL-separated), then runs the real one.
cat >"$tmp/bin/remote-cli" <<SH
#!/usr/bin/env bash
printf '%s\0' "\$@" >"$tmp/argv/\${FAKE_HOST:-\${SLURM_ARRAY_TASK_ID}}"
[ "\${FAKE_FAIL_TASK:-x}" = "\${SLURM_ARRAY_TASK_ID:-y}" ] && { echo "simulated crash" >&2; exit 1; }
exec "$cli" "\$@"
SH
chmod +x "$tmp/bin/ssh" "$tmp/bin/remote-cli"
export PATH="$tmp/bin:$PATH"

experiment=(--workload spin --size 20 -p us_per_item=5 --workers 1 --strategy serial --reps 2 --warmup 0)
printf '%s\n' "# the test hosts" "node-a" "" "user@node-b" "down.example" "half.example" >"$tmp/hosts"

# --- ssh loop -------------------------------------------------------------------------------
"$src/scripts/cluster/run-ssh.sh" -o "$tmp/out" -j 2 --cli remote-cli "$tmp/hosts" -- \
  "${experiment[@]}" >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
cat "$tmp/stdout" "$tmp/stderr"
[ $rc -eq 1 ] || fail "expected exit 1 (two hosts failed), got $rc"
for h in node-a node-b; do
  [ -s "$tmp/out/$h.json" ] || fail "no result for $h"
  "$cli" report "$tmp/out/$h.json" >/dev/null || fail "$h.json is not a readable result"
done
[ "$(ls -A "$tmp/out" | sort | tr '\n' ' ')" = "node-a.json node-b.json " ] ||
  fail "unexpected files (a failed host's file or a partial one): $(ls -A "$tmp/out")"
grep -q "down.example: ssh failed: ssh: connect to host down.example port 22: Connection refused" "$tmp/stderr" ||
  fail "the refused host is not reported with ssh's reason"
grep -q "half.example: ssh failed" "$tmp/stderr" || fail "the dropped host is not reported"
grep -q "2 of 4 host(s) failed" "$tmp/stderr" || fail "no summary of the failed hosts"

# Arguments arrive exactly as typed (spaces, quotes, \$, ;), however the remote shell parses.
printf '%s\n' "node-q" >"$tmp/qhosts"
tricky=(--workload "spin" -p "us_per_item=5" --sweep "it's \"odd\" \$HOME; rm -rf /tmp/x" --reps 2)
"$src/scripts/cluster/run-ssh.sh" -o "$tmp/qout" --cli remote-cli "$tmp/qhosts" -- "${tricky[@]}" \
  >/dev/null 2>"$tmp/qerr"
rc=$?
[ $rc -eq 1 ] || fail "a usage error on the host must fail it (exit 1), got $rc"
grep -q "node-q: parabench-cli exit 2" "$tmp/qerr" || fail "the host's exit code is not reported: $(cat "$tmp/qerr")"
mapfile -d '' got <"$tmp/argv/node-q"
want=("${tricky[@]}" --format json --quiet)
[ "${#got[@]}" -eq "${#want[@]}" ] || fail "argument count ${#got[@]}, expected ${#want[@]}"
for i in "${!want[@]}"; do
  [ "${got[$i]}" = "${want[$i]}" ] || fail "argument $i arrived as [${got[$i]}], typed [${want[$i]}]"
done
[ -z "$(ls -A "$tmp/qout")" ] || fail "a failed host left a file: $(ls -A "$tmp/qout")"

# Bad usage: exit 2 before anything runs.
"$src/scripts/cluster/run-ssh.sh" "$tmp/nohosts" -- --reps 2 2>/dev/null; [ $? -eq 2 ] || fail "missing host file: exit 2 expected"
printf 'a\nuser@a\n' >"$tmp/dups"
"$src/scripts/cluster/run-ssh.sh" -o "$tmp/dout" "$tmp/dups" -- --reps 2 2>"$tmp/derr"; rc=$?
[ $rc -eq 2 ] && grep -q "would both write a.json" "$tmp/derr" || fail "two lines writing one file must be refused (rc $rc)"

# --- Slurm job array ----------------------------------------------------------------------
# sbatch --array=A-B SCRIPT ARGS...: runs SCRIPT once per task, with the variables Slurm sets
# and a hostname per task; FAKE_FAIL_TASK makes one task's parabench-cli fail.
cat >"$tmp/bin/sbatch" <<'SH'
#!/usr/bin/env bash
array=
while [ $# -gt 0 ]; do
  case "$1" in
    --array=*) array=${1#--array=}; shift ;;
    -*) shift ;;
    *) break ;;
  esac
done
script=$1; shift
rc=0
for t in $(seq "${array%-*}" "${array#*-}"); do
  SLURM_ARRAY_JOB_ID=4242 SLURM_ARRAY_TASK_ID=$t "$script" "$@" >"$SBATCH_LOGS/task-$t.log" 2>&1 || rc=1
done
exit $rc
SH
cat >"$tmp/bin/hostname" <<'SH'
#!/usr/bin/env bash
echo "node$SLURM_ARRAY_TASK_ID"
SH
chmod +x "$tmp/bin/sbatch" "$tmp/bin/hostname"
mkdir -p "$tmp/logs"
grep -q '^#SBATCH --exclusive' "$src/scripts/cluster/parabench-array.sbatch" || fail "the job must not share its node"
SBATCH_LOGS="$tmp/logs" PARABENCH_CLI=remote-cli FAKE_FAIL_TASK=1 \
  sbatch --array=0-2 "$src/scripts/cluster/parabench-array.sbatch" "$tmp/slurm" "${experiment[@]}"
for t in 0 2; do
  f="$tmp/slurm/node$t-4242_$t.json"
  [ -s "$f" ] || fail "task $t wrote no $f: $(cat "$tmp/logs/task-$t.log")"
  "$cli" report "$f" >/dev/null || fail "$f is not a readable result"
done
[ "$(ls -A "$tmp/slurm" | wc -l)" -eq 2 ] || fail "the failed task left a file: $(ls -A "$tmp/slurm")"
grep -q "simulated crash" "$tmp/logs/task-1.log" || fail "the failed task's log does not say why"
echo "PASS"
