#!/usr/bin/env bash
# Long fuzzing run of the SdkGen generator, for nightly use: the CI run of MutationFuzzTests
# (tests/SdkGen.Generator.Tests/Robustness/) checks 2,000 mutated specs with a fixed seed; this checks many more
# with a fresh seed. Each case must not throw out of the generator (CS8785), hang (10 s) or allocate more than
# 1 GB; every diagnostic must be an SDKGEN one naming the spec and a line; output without errors must compile.
#
#   scripts/fuzz.sh                                 # 100,000 cases, random seed (~1 h on 2 cores)
#   scripts/fuzz.sh 20000                           # 20,000 cases
#   SDKGEN_FUZZ_SEED=1234 scripts/fuzz.sh 5000      # a given seed
#   SDKGEN_FUZZ_SECONDS=1800 scripts/fuzz.sh        # stop starting new cases after 30 minutes
#   SDKGEN_FUZZ_STRICT=1 scripts/fuzz.sh            # also fail on the bugs listed in KnownGeneratorBugs.cs
#
# Other knobs: SDKGEN_FUZZ_MAX_FAILURES (stop after this many failing cases, default 100 here),
# SDKGEN_FUZZ_TIMEOUT (seconds per generator run, default 10), SDKGEN_FUZZ_BATCH (specs per compilation, 16).
# A failure prints the seed, each failing case's mutations, its problems and a command that replays just that
# case (SDKGEN_FUZZ_SEED=… SDKGEN_FUZZ_FIRST=<case> SDKGEN_FUZZ_COUNT=1 …). The failing specs, a report of all
# failures and the batch each worker was on (for a crashed test host) are in ${TMPDIR:-/tmp}/sdkgen-fuzz/.
# The exit code is dotnet test's: 0 when every case kept every promise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-${SDKGEN_FUZZ_COUNT:-100000}}"
seed="${SDKGEN_FUZZ_SEED:-$(( (RANDOM << 15 | RANDOM) % 2147483647 ))}"

echo "Fuzzing the generator with $count mutated specs, seed $seed (replay: SDKGEN_FUZZ_SEED=$seed $0 $count)"
export SDKGEN_FUZZ_COUNT="$count"
export SDKGEN_FUZZ_SEED="$seed"
export SDKGEN_FUZZ_MAX_FAILURES="${SDKGEN_FUZZ_MAX_FAILURES:-100}"

exec dotnet test "$root/tests/SdkGen.Generator.Tests" --filter "Category=Fuzz" --logger "console;verbosity=detailed"
