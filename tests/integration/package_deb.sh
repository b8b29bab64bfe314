#!/usr/bin/env bash
# Builds the Debian package from a configured build folder, validates its desktop entry and
# AppStream metadata, unpacks it into a scratch folder and runs the binaries it installs.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/medchain_"$version"_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

dpkg-deb --field "$deb" Package Version Depends
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/medchain usr/bin/medchain-node usr/bin/medchain-cli \
         usr/share/applications/org.medchain.MedChain.desktop \
         usr/share/metainfo/org.medchain.MedChain.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.medchain.MedChain.svg; do
    [ -e "$work/root/$f" ] || { echo "missing from package: $f"; exit 1; }
done

desktop-file-validate "$work/root/usr/share/applications/org.medchain.MedChain.desktop"
appstreamcli validate --no-net --explain \
    "$work/root/usr/share/metainfo/org.medchain.MedChain.metainfo.xml" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log"; exit 1; }

for bin in medchain medchain-node medchain-cli; do
    # No display and no platform override: --version must work on a headless server.
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/$bin" --version)
    case "$out" in *"$version"*) echo "$bin --version: $out" ;; *) echo "$bin --version printed: $out"; exit 1 ;; esac
done
"$work/root/usr/bin/medchain-cli" info >/dev/null
echo "package OK"
