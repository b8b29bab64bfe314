#!/usr/bin/env bash
# Installs what is missing, then runs everything CI runs:
#   1. the fuzz targets under libFuzzer + sanitizers for a short budget (scripts/fuzz.sh),
#   2. the CI build (warnings are errors) and its whole test suite, whose summary ends the output.
# Subsets by hand: ctest --preset ci -L unit|integration|ui|sim|fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/fuzz.sh "${MEDCHAIN_FUZZ_SECONDS:-20}"
./scripts/build.sh ci
exec ctest --preset ci
