#!/usr/bin/env bash
# Runs Go 1.19's own `// run` test programs that use defer or recover through deferc and
# compares stdout and exit status with Go's (stderr up to its first blank line too when Go
# prints one). The programs stay where Go installed them; nothing is copied into the repo.
#
#   scripts/go-test-suite.sh [-v] [NAME_REGEX]
#   scripts/go-test-suite.sh --all [-j N] [-v] [--list CLASS] [NAME_REGEX]
#
# --all runs EVERY `// run` program of test/, fixedbugs, ken, chan, interface and typeparam
# (scripts/go_test_suite.py: classes pass / unsupported / rejected / wrong / crash / timeout
# per directory, the most common unsupported features; exit 1 if anything is wrong, crashed,
# timed out or was rejected by mistake).
#
# Prints one line per program (PASS / FAIL / UNSUPPORTED with deferc's first diagnostic) and
# `N passed, M failed` at the end. UNSUPPORTED programs count as failed.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--all" ]; then
  shift
  command -v go >/dev/null || { echo "go-test-suite: needs Go 1.19 (apt-get install -y golang-go)" >&2; exit 2; }
  cargo build --release --quiet || exit 1
  exec python3 scripts/go_test_suite.py "$@"
fi
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
filter=${1:-.}
command -v go >/dev/null || { echo "go-test-suite: needs Go 1.19 (apt-get install -y golang-go)" >&2; exit 2; }
goroot=$(go env GOROOT)
cargo build --release --quiet || exit 1
deferc=$PWD/target/release/deferc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t progs < <(cd "$goroot/test" && grep -l -E '^// run$' *.go fixedbugs/*.go ken/*.go 2>/dev/null |
  xargs grep -l -E '\bdefer\b|recover\(' | grep -E "$filter" | sort)
pass=0; fail=0; unsup=0
for p in "${progs[@]}"; do
  src="$goroot/test/$p"
  dir=$(dirname "$src")
  (cd "$dir" && go build -o "$tmp/go.bin" "$src" >/dev/null 2>&1) || { echo "SKIP $p (go build failed)"; continue; }
  (cd "$dir" && timeout 20 "$tmp/go.bin" >"$tmp/go.out" 2>"$tmp/go.err" </dev/null); gst=$?
  (cd "$dir" && timeout 20 "$deferc" run "$src" >"$tmp/d.out" 2>"$tmp/d.err" </dev/null); dst=$?
  if grep -q "unsupported: " "$tmp/d.err" && [ "$dst" = 1 ]; then
    unsup=$((unsup+1)); fail=$((fail+1))
    echo "UNSUPPORTED $p: $(grep -m1 -o 'unsupported: .*' "$tmp/d.err")"
    continue
  fi
  cut() { perl -0777 -pe 's/(^|\n)\n.*\z/$1/s; s/\b0x[0-9a-f]+/0x?/g' "$1"; }
  if [ "$gst" = "$dst" ] && cmp -s "$tmp/go.out" "$tmp/d.out" && [ "$(cut "$tmp/go.err")" = "$(cut "$tmp/d.err")" ]; then
    pass=$((pass+1)); [ $verbose = 1 ] && echo "PASS $p"
  else
    fail=$((fail+1))
    echo "FAIL $p (go exit $gst, deferc exit $dst): $(head -c 200 "$tmp/d.err" | tr '\n' ' ')"
  fi
done
echo "# ${#progs[@]} programs, $unsup rejected as unsupported"
echo "$pass passed, $fail failed"
