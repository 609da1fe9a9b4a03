#!/bin/sh
# Regenerates deferc's Unicode tables from Go 1.19's own unicode package (Unicode 13.0.0):
#   runtime/src/pkg_unicode/tables.rs   the ranges, case tables and Latin-1 answers (data)
#   compiler/golib/unicode/tables.go    the exported table variables and maps (lazy Go file)
# See scripts/gen-unicode-tables.go. Run from anywhere; needs `go` 1.19. tables.rs is
# kept as generated (pkg_unicode/mod.rs declares it #[rustfmt::skip]).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
go run scripts/gen-unicode-tables.go runtime/src/pkg_unicode/tables.rs compiler/golib/unicode/tables.go
gofmt -w compiler/golib/unicode/tables.go
echo "regenerated runtime/src/pkg_unicode/tables.rs and compiler/golib/unicode/tables.go"
