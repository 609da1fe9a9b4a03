#!/usr/bin/env bash
# Checks the `// want-defer: open-coded|runtime` annotations in tests/programs/eligibility/*.go
# against what Go 1.19 itself decides (`go build -gcflags=-d=defer`): "open-coded defer" must be
# annotated open-coded, "stack-allocated defer" / "heap-allocated defer" must be annotated
# runtime, and every annotated line must be a line Go reports. Exits non-zero on any mismatch.
# Usage: scripts/check-defer-classes.sh [files.go...]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v go >/dev/null 2>&1 || ! go version | grep -q ' go1\.19'; then
    echo "check-defer-classes: needs Go 1.19 (found: $(go version 2>/dev/null || echo none))" >&2
    echo "install it with: apt-get install -y golang-go" >&2
    exit 2
fi

if [ "$#" -gt 0 ]; then
    files=("$@")
else
    files=("$root"/tests/programs/eligibility/*.go)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fail=0
checked=0
for f in "${files[@]}"; do
    dir="$(cd "$(dirname "$f")" && pwd)"
    base="$(basename "$f")"
    # What Go says: "LINE CLASS", class folded to open-coded / runtime.
    if ! (cd "$dir" && go build -gcflags=-d=defer -o "$tmp/bin" "$base") >"$tmp/out" 2>&1; then
        echo "FAIL $f: go build failed:" >&2
        cat "$tmp/out" >&2
        fail=1
        continue
    fi
    sed -nE "s#^\./${base//./\\.}:([0-9]+):[0-9]+: (open-coded|stack-allocated|heap-allocated) defer\$#\1 \2#p" "$tmp/out" \
        | sed -E 's/ (stack|heap)-allocated$/ runtime/' | sort -n -u >"$tmp/go"
    # What the file says.
    grep -nE '//[[:space:]]*want-defer:' "$f" \
        | sed -nE 's#^([0-9]+):.*//[[:space:]]*want-defer:[[:space:]]*([a-z-]+)[[:space:]]*$#\1 \2#p' \
        | sort -n -u >"$tmp/want"
    bad_words="$(awk '$2 != "open-coded" && $2 != "runtime"' "$tmp/want")"
    if [ -n "$bad_words" ]; then
        echo "FAIL $f: unknown want-defer class (use open-coded or runtime): $bad_words" >&2
        fail=1
    fi
    if ! diff -u --label "want-defer annotations" --label "go -d=defer" "$tmp/want" "$tmp/go" >"$tmp/diff"; then
        echo "FAIL $f (lines: LINE CLASS)" >&2
        cat "$tmp/diff" >&2
        fail=1
    else
        n="$(wc -l <"$tmp/go")"
        echo "ok   $f ($n defers)"
    fi
    checked=$((checked + 1))
done

if [ "$fail" -ne 0 ]; then
    echo "check-defer-classes: MISMATCH" >&2
    exit 1
fi
echo "check-defer-classes: $checked files agree with Go"
