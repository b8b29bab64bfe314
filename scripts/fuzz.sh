#!/usr/bin/env bash
# Builds the fuzz targets with clang + libFuzzer + ASan/UBSan and runs each for SECONDS
# (default 20, what CI uses). Long mode by hand: ./scripts/fuzz.sh 3600
# Inputs libFuzzer finds go to build/fuzz/tests/fuzz/found-<target>/; copy the interesting ones
# (crashes are written to the working folder as crash-*) into tests/fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
# Cache hits across clones in different folders (ccache rewrites paths below this one).
export CCACHE_BASEDIR="$PWD"
seconds=${1:-20}
./scripts/setup-debian.sh >/dev/null
cmake --preset fuzz -DMEDCHAIN_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz
