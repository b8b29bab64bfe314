#!/usr/bin/env bash
# Configures and builds one CMake preset (default: dev) after making sure the packages are there.
set -euo pipefail
cd "$(dirname "$0")/.."
# Cache hits across clones in different folders (ccache rewrites paths below this one).
export CCACHE_BASEDIR="$PWD"
preset=${1:-dev}
./scripts/setup-debian.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
