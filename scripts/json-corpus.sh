#!/usr/bin/env bash
# Differential check of encoding/json: tools/jsoncorpus (about 150,000 numbered cases of
# Marshal, Unmarshal, Decoder/Encoder streams, Valid/Compact/Indent, every error type and
# random documents) is built by Go 1.19 and by deferc (`deferc run` and an executable from
# `deferc build`); all three transcripts must be byte-identical.
#
#   scripts/json-corpus.sh [DEFERC]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deferc="${1:-$root/target/release/deferc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root/tools/jsoncorpus"
go build -o "$tmp/corpus-go" .
"$tmp/corpus-go" > "$tmp/go.out"
DEFERC_CACHE=off "$deferc" run . > "$tmp/run.out"
DEFERC_CACHE=off "$deferc" build -o "$tmp/corpus-dc" .
"$tmp/corpus-dc" > "$tmp/build.out"
status=0
for m in run build; do
    if cmp -s "$tmp/go.out" "$tmp/$m.out"; then
        echo "json-corpus: deferc $m: $(wc -l < "$tmp/go.out") lines identical to Go 1.19"
    else
        echo "json-corpus: deferc $m differs from Go 1.19:"
        diff "$tmp/go.out" "$tmp/$m.out" | head -20
        status=1
    fi
done
exit $status
