#!/usr/bin/env bash
# Differential check of defer classification: for every Go file given (default: all programs
# under tests/ and examples/), compare `go build -gcflags=-d=defer` (Go 1.19) with
# `deferc check --explain-defers`, open-coded vs not. Prints mismatches and a count.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DEFERC:-}" ]; then
  cargo build --release --quiet || exit 1
  DEFERC=$PWD/target/release/deferc
fi
files=("$@")
[ ${#files[@]} -gt 0 ] || mapfile -t files < <(ls tests/programs/*/*.go tests/pending/*/*.go examples/*.go 2>/dev/null)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0; bad=0
for f in "${files[@]}"; do
  cp "$f" "$tmp/x.go"
  (cd "$tmp" && go build -gcflags=-d=defer -o x.bin x.go 2>&1) | grep -E 'defer$' |
    sed -E 's/^\.\/x\.go:([0-9]+):([0-9]+): (open-coded|stack-allocated|heap-allocated) defer/\1:\2 \3/; s/stack-allocated|heap-allocated/runtime/' | sort > "$tmp/go.txt"
  (cd "$tmp" && "$DEFERC" check --explain-defers x.go 2>/dev/null) |
    sed -E 's/^x\.go:([0-9]+):([0-9]+): (open-coded|runtime).*/\1:\2 \3/' | sort > "$tmp/d.txt"
  n=$((n+1))
  if ! cmp -s "$tmp/go.txt" "$tmp/d.txt"; then
    bad=$((bad+1)); echo "== $f"; diff "$tmp/go.txt" "$tmp/d.txt"
  fi
done
echo "$((n-bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
