#!/bin/sh
# The fuzzer's long mode: mutated sites through `check` for a while.
#
#   bench/fuzz/run.sh                 # 10 minutes, a seed from the clock
#   bench/fuzz/run.sh 3600 0x1234     # one hour, this seed
#
# It runs the same test as `cargo test` (tests/it/fuzz.rs,
# `mutated_sites_never_panic_hang_or_exhaust_memory`) with THIDUA_FUZZ_SECONDS
# and THIDUA_FUZZ_SEED set, under a hard memory limit (`ulimit -v`, 8 GiB of
# address space by default, THIDUA_FUZZ_ULIMIT_KIB), so an input that makes
# memory explode ends the run instead of the machine. The test itself fails
# when the peak resident memory passes THIDUA_FUZZ_MAX_RSS_MIB (1536) or an
# iteration takes longer than THIDUA_FUZZ_TIME_LIMIT_MS (2000). If the
# process dies, the case it was running is in target/fuzz/current.txt:
# rerun it with THIDUA_FUZZ_REPLAY=<seed> cargo test --test it fuzz::mutated.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-600}
seed=${2:-$(date +%s)}
mkdir -p target/fuzz
current=target/fuzz/current.txt
rm -f "$current"
cargo test --test it --no-run
status=0
(
    ulimit -v "${THIDUA_FUZZ_ULIMIT_KIB:-8388608}"
    THIDUA_FUZZ_SECONDS=$seconds THIDUA_FUZZ_SEED=$seed THIDUA_FUZZ_CURRENT=$current \
        exec cargo test --test it fuzz::mutated -- --nocapture
) || status=$?
if [ "$status" -ne 0 ] && [ -s "$current" ]; then
    echo "fuzz: the run stopped (status $status) while running: $(cat "$current")" >&2
fi
exit "$status"
