#!/usr/bin/env bash
# Runs the whole tests/programs suite (and examples) on aarch64 under qemu user-mode emulation,
# both ways: AOT executables built by the host deferc with `--target aarch64-unknown-linux-gnu`,
# and the JIT of a deferc cross-built for aarch64. Prints `N passed, M failed`.
#
# Installs what it needs (Debian's gcc-aarch64-linux-gnu and qemu-user, the Rust target
# aarch64-unknown-linux-gnu). Exit status: 0 all passed, 1 a test failed, 3 a toolchain part
# could not be installed on this machine (named in the output).
set -uo pipefail
cd "$(dirname "$0")/.."
triple=aarch64-unknown-linux-gnu

if ! command -v aarch64-linux-gnu-gcc >/dev/null || ! command -v qemu-aarch64 >/dev/null; then
  echo "test-aarch64: installing gcc-aarch64-linux-gnu and qemu-user"
  if [ "$(id -u)" = 0 ]; then
    { apt-get update -qq && apt-get install -y -qq gcc-aarch64-linux-gnu qemu-user; } >/dev/null 2>&1
  fi
fi
sysroot=$(rustc --print sysroot 2>/dev/null)
if [ ! -d "$sysroot/lib/rustlib/$triple/lib" ]; then
  echo "test-aarch64: adding the Rust target $triple"
  rustup target add "$triple" >/dev/null 2>&1
fi

missing=()
command -v aarch64-linux-gnu-gcc >/dev/null || missing+=("aarch64-linux-gnu-gcc (Debian package gcc-aarch64-linux-gnu)")
command -v qemu-aarch64 >/dev/null || missing+=("qemu-aarch64 (Debian package qemu-user)")
[ -d /usr/aarch64-linux-gnu/lib ] || missing+=("the aarch64 C library (Debian package libc6-dev-arm64-cross)")
[ -d "$sysroot/lib/rustlib/$triple/lib" ] || missing+=("the Rust standard library for $triple (rustup target add $triple)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-aarch64: CANNOT TEST aarch64: missing ${missing[*]}" >&2
  exit 3
fi

echo "test-aarch64: building deferc for the host (with the aarch64 runtime) and for aarch64"
cargo build --release --quiet || exit 1
CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
  cargo build --release --quiet --target "$triple" || exit 1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
DEFERC_TEST_TARGET=$triple \
DEFERC_TEST_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu" \
DEFERC_TEST_JIT="$PWD/target/$triple/release/deferc" \
  cargo test --release --quiet --test programs 2>&1 | tee "$log" | grep -E '^test .*FAILED|^---- ' || true
summary=$(grep -E '^test result:' "$log" | tail -1)
passed=$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$summary")
failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$summary")
if [ -z "$summary" ]; then
  tail -20 "$log"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "aarch64: $passed passed, $failed failed"
[ "$failed" = 0 ] || exit 1
# The collector's own programs again under GC stress (stop-the-world and incremental cycles,
# the page-protection barrier's faults under qemu's signal emulation).
DEFERC_GCSTRESS=1 \
DEFERC_TEST_TARGET=$triple \
DEFERC_TEST_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu" \
DEFERC_TEST_JIT="$PWD/target/$triple/release/deferc" \
  cargo test --release --quiet --test programs -- gc/ 2>&1 | tee "$log" | grep -E '^test .*FAILED|^---- ' || true
summary=$(grep -E '^test result:' "$log" | tail -1)
echo "aarch64 under GC stress: $summary"
grep -qE 'test result: ok\. [1-9]' "$log"
