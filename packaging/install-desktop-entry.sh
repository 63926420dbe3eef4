#!/usr/bin/env bash
# Adds KnotBreak to your application menu and, with --autostart, starts it at login.
# Usage: packaging/install-desktop-entry.sh [--autostart] [PATH_TO_KNOTBREAK]
#        packaging/install-desktop-entry.sh --uninstall
# The entry is knotbreak/data/knotbreak.desktop, the one `knotbreak autostart on` writes too.
# Under $XDG_DATA_HOME (~/.local/share) it installs applications/knotbreak.desktop, the icon
# in the hicolor theme (the SVG, and PNGs from 16 to 256 pixels that tools/make_icons.py
# renders) and the AppStream metainfo; --uninstall removes them and the login entry.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=desktop-entry-lib.sh
source "$here/desktop-entry-lib.sh"
template="$here/../knotbreak/data/knotbreak.desktop"
icons="$here/../assets/icons"
metainfo_id=org.knotbreak.KnotBreak
metainfo="$here/linux/$metainfo_id.metainfo.xml"
png_sizes=(16 24 32 48 64 128 256)
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
# The base directory spec ignores relative paths.
[[ $data == /* ]] || data=$HOME/.local/share
[[ $config == /* ]] || config=$HOME/.config

if [[ "${1:-}" == "--uninstall" ]]; then
  rm -f "$data/applications/knotbreak.desktop" "$data/icons/hicolor/scalable/apps/knotbreak.svg" \
    "$data/metainfo/$metainfo_id.metainfo.xml"
  for size in "${png_sizes[@]}"; do rm -f "$data/icons/hicolor/${size}x${size}/apps/knotbreak.png"; done
  # The login entry only if it is KnotBreak's (as `knotbreak autostart off` would).
  login="$config/autostart/knotbreak.desktop"
  if [[ -f $login ]] && grep -q '^Name=KnotBreak$' "$login"; then rm -f "$login"; fi
  echo "removed KnotBreak's menu entry, icons, metainfo and login entry from $data and $config"
  exit 0
fi
autostart=0
if [[ "${1:-}" == "--autostart" ]]; then autostart=1; shift; fi
exe=${1:-$(command -v knotbreak || echo "$here/../.venv/bin/knotbreak")}
exe=$(realpath "$exe")

# write_entry TARGET AUTOSTART: the template with our Exec, through a temporary file.
write_entry() {
  local target=$1 tmp line
  tmp=$(mktemp "$(dirname "$target")/.knotbreak.desktop.XXXXXX")
  {
    while IFS= read -r line || [[ -n $line ]]; do
      if [[ $line == Exec=* ]]; then printf 'Exec=%s\n' "$(exec_value "$exe")"; else printf '%s\n' "$line"; fi
    done < "$template"
    if (($2)); then printf 'X-GNOME-Autostart-enabled=true\n'; fi
  } > "$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" "$target"
}

mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/metainfo"
cp "$icons/knotbreak.svg" "$data/icons/hicolor/scalable/apps/knotbreak.svg"
for size in "${png_sizes[@]}"; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icons/knotbreak-$size.png" "$data/icons/hicolor/${size}x${size}/apps/knotbreak.png"
done
# Icon themes are re-read when their folder changes.
touch "$data/icons/hicolor"
cp "$metainfo" "$data/metainfo/$metainfo_id.metainfo.xml"
write_entry "$data/applications/knotbreak.desktop" 0
echo "installed $data/applications/knotbreak.desktop"
if ((autostart)); then
  mkdir -p "$config/autostart"
  write_entry "$config/autostart/knotbreak.desktop" 1
  echo "installed $config/autostart/knotbreak.desktop (KnotBreak starts at login)"
fi
