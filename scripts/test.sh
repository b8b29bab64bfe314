#!/usr/bin/env bash
# Installs what is missing, builds the CI preset (warnings are errors) and runs every test.
# Subsets: ctest --preset ci -L unit|integration|ui|sim|fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh ci
exec ctest --preset ci
