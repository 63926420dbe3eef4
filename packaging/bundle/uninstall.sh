#!/usr/bin/env bash
# Removes the KnotBreak that install.sh installed: exactly the files listed in
# ~/.local/lib/knotbreak/install-manifest.txt (the program, the knotbreak command,
# the menu entry, the icons, the metainfo), the folders install.sh made for them
# once they are empty, and the start-at-login entry if it starts this KnotBreak.
# It never touches your settings (~/.config/knotbreak) or your history
# (~/.local/share/knotbreak): delete those yourself if you want them gone.
#
# Usage: ~/.local/lib/knotbreak/uninstall.sh [--keep-autostart] [--quiet]
#   --keep-autostart   leave the start-at-login entry (install.sh uses this when it upgrades)
set -euo pipefail
# The shared shell functions (exec_value, running_from), carried beside this script.
# shellcheck source=../desktop-entry-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/desktop-entry-lib.sh"

main() {
  local keep_autostart=0 quiet=0
  while (($#)); do
    case $1 in
      --keep-autostart) keep_autostart=1 ;;
      --quiet) quiet=1 ;;
      -h|--help) sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; return 0 ;;
      *) echo "uninstall.sh: unknown option $1 (see --help)" >&2; return 2 ;;
    esac
    shift
  done
  say() { ((quiet)) || echo "$@"; }

  [[ -n ${HOME:-} && $HOME == /* ]] || { echo "uninstall.sh: HOME is not set to an absolute path" >&2; return 1; }
  local data=${XDG_DATA_HOME:-$HOME/.local/share} config=${XDG_CONFIG_HOME:-$HOME/.config}
  [[ $data == /* ]] || data=$HOME/.local/share
  [[ $config == /* ]] || config=$HOME/.config
  local lib=$HOME/.local/lib/knotbreak
  local manifest=$lib/install-manifest.txt launcher=$HOME/.local/bin/knotbreak
  if [[ ! -f $manifest ]]; then
    echo "uninstall.sh: no KnotBreak installed by install.sh here ($manifest is missing)" >&2
    return 1
  fi

  # Files a running KnotBreak still loads (plugins, modules on first use) are about to go: quit it first.
  local pids
  if pids=$(running_from "$lib"); then
    say "Quitting the running KnotBreak"
    "$lib/knotbreak" quit >/dev/null 2>&1 || true
    local pid tries
    for pid in $pids; do
      for tries in $(seq 100); do
        [[ -e /proc/$pid ]] || break
        sleep 0.1
      done
    done
  fi

  if ((!keep_autostart)); then
    remove_our_autostart "$config/autostart/knotbreak.desktop" "$lib/knotbreak" "$launcher"
  fi

  # Only what the manifest lists, and only where install.sh puts things; never the settings or the history.
  local line kind path removed=0 dirs=()
  while IFS= read -r line; do
    kind=${line%% *}
    path=${line#* }
    if ! allowed "$path" "$lib" "$data" "$config"; then
      echo "uninstall.sh: skipping $path: not a place install.sh installs to" >&2
      continue
    fi
    case $kind in
      f) if [[ -f $path && ! -L $path ]]; then rm -f "$path"; removed=$((removed + 1)); fi ;;
      l) if [[ -L $path ]]; then rm -f "$path"; removed=$((removed + 1)); fi ;;
      d) dirs+=("$path") ;;
    esac
  done < "$manifest"
  # Folders last, the deepest first, and only when empty (something of yours may be in ~/.local/bin).
  local i
  for ((i = ${#dirs[@]} - 1; i >= 0; i--)); do
    [[ -d ${dirs[i]} && ! -L ${dirs[i]} ]] && rmdir "${dirs[i]}" 2>/dev/null || true
  done
  if [[ -f $data/icons/hicolor/icon-theme.cache ]] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache --quiet --force --ignore-theme-index "$data/icons/hicolor" || true
  fi

  say "Removed KnotBreak ($removed files)."
  say "Kept your settings ($config/knotbreak) and history ($data/knotbreak)."
}

# allowed PATH LIB DATA CONFIG: inside the program folder, the command, or install.sh's places in the data folder,
# and never in the user's settings or history.
allowed() {
  local path=$1 lib=$2 data=$3 config=$4
  case $path in
    *"/../"*|*"/./"*|*/..|*/.) return 1 ;;
    "$config"/knotbreak|"$config"/knotbreak/*|"$data"/knotbreak|"$data"/knotbreak/*) return 1 ;;
    "$lib"|"$lib"/*|"$HOME"/.local/bin|"$HOME"/.local/bin/knotbreak|"$HOME"/.local|"$HOME"/.local/lib) return 0 ;;
    "$data"|"$data"/applications|"$data"/applications/knotbreak.desktop|"$config"/autostart) return 0 ;;
    "$data"/icons|"$data"/icons/hicolor|"$data"/icons/hicolor/*|"$data"/metainfo|"$data"/metainfo/*) return 0 ;;
    "$HOME"/.local/share) [[ $data == "$HOME"/.local/share ]] ;;
    *) return 1 ;;
  esac
}

# remove_our_autostart ENTRY PROGRAM LAUNCHER: the login entry goes if it starts this installed KnotBreak
# (the app writes its real path; the command's link counts too). One that starts another KnotBreak stays.
remove_our_autostart() {
  local entry=$1 program=$2 launcher=$3 exec_line="" line group=""
  [[ -f $entry ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    line=${line%$'\r'}
    [[ $line == \[*\] ]] && { group=$line; continue; }
    if [[ $group == "[Desktop Entry]" && $line == Exec=* ]]; then
      exec_line=${line#Exec=}
      break
    fi
  done < "$entry"
  local candidate
  for candidate in "$program" "$(readlink -f "$program" 2>/dev/null || true)" "$launcher"; do
    if [[ -n $candidate && $exec_line == "$(exec_value "$candidate")" ]]; then
      rm -f "$entry"
      say "Removed $entry (KnotBreak no longer starts at login)"
      return 0
    fi
  done
  say "Left $entry: it starts another KnotBreak ($exec_line)"
}

main "$@"
exit $?
