#!/usr/bin/env bash
# Editors use Windows: cross-compile thidua for x86_64-pc-windows-gnu with
# mingw-w64 and run the library's unit tests (none needs a browser) under
# Wine. Called by .ci/run; can be run by hand on a Debian machine as root.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=x86_64-pc-windows-gnu

if ! rustup target list --installed | grep -qx "$target"; then
  if ! rustup target add "$target"; then
    # The target's standard library comes from rustup's server; a machine
    # that cannot reach it cannot cross-compile at all.
    echo "windows: SKIPPED: rustup could not install $target on this machine"
    exit 0
  fi
fi
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null 2>&1 || need+=(wine wine64)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The binary editors run.
cargo build --locked --target "$target" --bin thidua
echo "windows: built target/$target/debug/thidua.exe"

# Debian's Wine 8 lacks bcryptprimitives.dll (ProcessPrng, imported by
# Rust's std); a shim next to the test executables stands in for it.
deps="target/$target/debug/deps"
mkdir -p "$deps"
x86_64-w64-mingw32-gcc -shared -O2 -o "$deps/bcryptprimitives.dll" \
  tests/windows/bcryptprimitives.c -ladvapi32
cp "$deps/bcryptprimitives.dll" "target/$target/debug/"

export WINEDEBUG=-all
export WINEPREFIX="$PWD/target/wine-prefix"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine
# The thidua binary itself (its allocator, mimalloc, is C compiled by
# mingw): the bundled example portal built with a Windows path.
wine "target/$target/debug/thidua.exe" --version
rm -rf target/windows-public
wine "target/$target/debug/thidua.exe" build --output 'target\windows-public'
test -s target/windows-public/index.html
echo "windows: built the example portal into target/windows-public"
cargo test --locked --target "$target" --lib
