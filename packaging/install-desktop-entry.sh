#!/usr/bin/env bash
# Adds KnotBreak to your application menu and, with --autostart, starts it at login.
# Usage: packaging/install-desktop-entry.sh [--autostart] [PATH_TO_KNOTBREAK]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
autostart=0
if [[ "${1:-}" == "--autostart" ]]; then autostart=1; shift; fi
exe=${1:-$(command -v knotbreak || echo "$here/../.venv/bin/knotbreak")}
exe=$(realpath "$exe")
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/../assets/icons/knotbreak.svg" "$data/icons/hicolor/scalable/apps/knotbreak.svg"
sed "s|^Exec=.*|Exec=$exe|" "$here/knotbreak.desktop" > "$data/applications/knotbreak.desktop"
echo "installed $data/applications/knotbreak.desktop"
if ((autostart)); then
  mkdir -p "$config/autostart"
  cp "$data/applications/knotbreak.desktop" "$config/autostart/knotbreak.desktop"
  echo "installed $config/autostart/knotbreak.desktop (KnotBreak starts at login)"
fi
