#!/usr/bin/env bash
# Installs every Debian 12 package MedChain needs to build, test, package and run.
# Idempotent: when everything is already installed it changes nothing and needs no network.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev
    # Qt 6: widgets, charts, SVG, translations, platform plugins
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
    libqt6opengl6-dev libxkbcommon-dev
    # crypto and the encrypted store
    libsodium-dev libssl-dev libsqlcipher-dev
    # running the GUI without a display, and Chinese glyphs for it
    xvfb xauth fonts-wqy-microhei
    # packaging checks
    dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} Debian packages are installed"
    exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
