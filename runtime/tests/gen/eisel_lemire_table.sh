#!/bin/sh
# Prints the DETAILED_POWERS_OF_TEN table of runtime/src/pkg_strconv/eisel_lemire_table.rs from Go's
# own source (Go 1.19 strconv/eisel_lemire.go), so ParseFloat's Eisel-Lemire port uses the
# very same constants.
src="$(go env GOROOT)/src/strconv/eisel_lemire.go"
echo "static DETAILED_POWERS_OF_TEN: [[u64; 2]; 696] = ["
grep "^\s*{0x" "$src" | sed -E 's/^\s*\{(0x[0-9A-F]+), (0x[0-9A-F]+)\},.*(\/\/ .*)$/    [\1, \2], \3/'
echo "];"
