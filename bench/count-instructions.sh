#!/usr/bin/env bash
# Instructions executed by papaparse alone and by the full reader on one thread (threads: 1) on the bench file, counted by cachegrind — a
# figure a busy machine cannot move (wall time on a shared VM varies by ±20 %). Needs valgrind and a build
# (npm run build). Node runs --single-threaded so garbage collection is counted on the one thread; start-up is
# measured on a 10-row copy of the file and subtracted. Takes a few minutes (both modes run in parallel).
# Usage: bench/count-instructions.sh [file]
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-bench/out/LCA_Disclosure_Data_FY2025_Q3.csv}"
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -f "$file" ] || { echo "$file is missing: run npm run bench once to generate it" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
head -n 11 "$file" > "$tmp/small.csv"
count() { # mode file -> instructions (fails loudly when the run fails)
  local out
  if ! out="$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --single-threaded bench/run-one.mjs "$1" "$2" 2>&1)"; then
    echo "$1 on $2 failed:" >&2
    echo "$out" | grep -v '^==' >&2
    return 1
  fi
  echo "$out" | sed -n 's/.*I *refs: *//p' | tr -d ,
}
for mode in papaparse reader-1t; do
  (count "$mode" "$file" > "$tmp/$mode.full" && count "$mode" "$tmp/small.csv" > "$tmp/$mode.small") &
done
ok=1
for job in $(jobs -p); do wait "$job" || ok=0; done
[ "$ok" = 1 ] || exit 1
node -e '
const [pf, ps, rf, rs] = process.argv.slice(1).map(Number);
const p = pf - ps, r = rf - rs;
console.log(`papaparse ${(p / 1e9).toFixed(1)} G instructions, reader ${(r / 1e9).toFixed(1)} G (start-up subtracted): ${(r / p).toFixed(2)}x`);
' "$(cat "$tmp/papaparse.full")" "$(cat "$tmp/papaparse.small")" "$(cat "$tmp/reader-1t.full")" "$(cat "$tmp/reader-1t.small")"
