#!/usr/bin/env bash
# The main job: install what is missing, build, and open MedChain on the demo network
# (`medchain --demo`: made in the user's data folder the first time, then started).
# Without a display (a server, a container) it logs in as the demo patient under Xvfb and
# renders the window to a PNG instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh dev
app=build/dev/bin/medchain
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --demo "$@"
fi
shot=build/dev/medchain-window.png
echo "No display found: opening the demo patient's view under Xvfb and saving it to $shot"
xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --role patient --screenshot "$shot" "$@"
echo "Saved $shot"
