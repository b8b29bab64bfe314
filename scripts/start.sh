#!/usr/bin/env bash
# The main job: install what is missing, build, and open the MedChain window.
# Without a display (a server, a container) it renders the window under Xvfb to a PNG instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh dev
app=build/dev/bin/medchain
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$@"
fi
shot=build/dev/medchain-window.png
echo "No display found: rendering the window under Xvfb to $shot"
xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshot "$shot" "$@"
echo "Saved $shot"
