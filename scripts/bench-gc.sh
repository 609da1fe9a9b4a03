#!/usr/bin/env bash
# The collector's benchmarks (benches/gc) side by side with Go 1.19, as executables:
# wall time and peak resident memory (medians of RUNS runs, default 3), their ratios
# deferc/Go, and the longest pause deferc's trace reports (GODEBUG=gctrace=1) next to Go's
# longest stop-the-world phase.
#
#   scripts/bench-gc.sh            # every benchmark, 3 runs each
#   RUNS=5 scripts/bench-gc.sh binary_trees
#
# Needs go (Go 1.19) and a release build of deferc (cargo build --release).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deferc="$root/target/release/deferc"
runs="${RUNS:-3}"
command -v go >/dev/null || { echo "bench-gc: go (1.19) is needed" >&2; exit 2; }
[ -x "$deferc" ] || { echo "bench-gc: build deferc first: cargo build --release" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# name, program, arguments
cases=(
    "binary-trees-16 binary_trees 16"
    "binary-trees-18 binary_trees 18"
    "string-builder string_builder"
    "map-churn map_churn"
    "live-heap-100MB live_heap"
)

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure EXE ARGS...: prints "seconds kilobytes" of one run (stdout to /dev/null).
measure() {
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || {
        echo "bench-gc: $* failed:" >&2; cat "$tmp/err" >&2; exit 1; }
    cat "$tmp/t"
}

printf '%-18s %10s %10s %7s %10s %10s %7s %14s %14s\n' benchmark "deferc s" "go s" ratio \
    "deferc MB" "go MB" ratio "deferc max ms" "go max STW ms"
for c in "${cases[@]}"; do
    set -- $c
    name=$1 prog=$2; shift 2
    if [ -n "${FILTER:-}" ] && ! [[ "$name" =~ $FILTER ]]; then continue; fi
    src="$root/benches/gc/$prog.go"
    go build -o "$tmp/go_$prog" "$src"
    "$deferc" build -o "$tmp/d_$prog" "$src"
    if ! cmp -s <("$tmp/go_$prog" "$@") <("$tmp/d_$prog" "$@"); then
        echo "bench-gc: $name: deferc's output differs from Go's" >&2
        exit 1
    fi
    : >"$tmp/dt"; : >"$tmp/dm"; : >"$tmp/gt"; : >"$tmp/gm"
    for _ in $(seq "$runs"); do
        read -r s k < <(measure "$tmp/d_$prog" "$@"); echo "$s" >>"$tmp/dt"; echo "$k" >>"$tmp/dm"
        read -r s k < <(measure "$tmp/go_$prog" "$@"); echo "$s" >>"$tmp/gt"; echo "$k" >>"$tmp/gm"
    done
    dt=$(median <"$tmp/dt"); gt=$(median <"$tmp/gt")
    dm=$(median <"$tmp/dm"); gm=$(median <"$tmp/gm")
    # deferc: "longest pause X ms" per cycle; Go: "A+B+C ms clock" (A and C stop the world).
    dpause=$(GODEBUG=gctrace=1 "$tmp/d_$prog" "$@" 2>&1 >/dev/null |
        sed -n 's/.*longest pause \([0-9.]*\) ms.*/\1/p' | sort -g | tail -1)
    gpause=$(GODEBUG=gctrace=1 "$tmp/go_$prog" "$@" 2>&1 >/dev/null |
        sed -n 's/.*: \([0-9.]*\)+[0-9.]*+\([0-9.]*\) ms clock.*/\1\n\2/p' | sort -g | tail -1)
    awk -v n="$name" -v dt="$dt" -v gt="$gt" -v dm="$dm" -v gm="$gm" -v dp="${dpause:-0}" -v gp="${gpause:-0}" \
        'BEGIN { printf "%-18s %10.2f %10.2f %6.2fx %10.1f %10.1f %6.2fx %14.2f %14.2f\n",
                 n, dt, gt, dt/gt, dm/1024, gm/1024, dm/gm, dp, gp }'
done
