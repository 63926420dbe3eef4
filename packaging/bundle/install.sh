#!/usr/bin/env bash
# Installs this KnotBreak for you alone (no root, no Python needed):
#   ~/.local/lib/knotbreak/                    the program (this folder's knotbreak and _internal/)
#   ~/.local/bin/knotbreak                     the command: a link to ~/.local/lib/knotbreak/knotbreak
#   ~/.local/share/applications/knotbreak.desktop, icons in ~/.local/share/icons/hicolor/,
#   the AppStream metainfo in ~/.local/share/metainfo/   (under $XDG_DATA_HOME if you set it)
# and, if you want, starts KnotBreak when you log in (`knotbreak autostart on`).
# Every file it installs is listed in ~/.local/lib/knotbreak/install-manifest.txt;
# ~/.local/lib/knotbreak/uninstall.sh removes exactly those.
#
# Usage: ./install.sh [--autostart | --no-autostart] [--force]
#   --autostart      start KnotBreak at login, without asking
#   --no-autostart   do not start it at login (turns it off if it was on), without asking
#                    With neither, it asks when run in a terminal, and otherwise leaves it as it is.
#   --force          replace a ~/.local/bin/knotbreak that this installer did not put there
# Installing again (a newer version) replaces the old one; your settings and history stay.
set -Eeuo pipefail  # -E: the rollback trap also fires inside functions
# The shared shell functions (exec_value, running_from), carried beside this script.
# shellcheck source=../desktop-entry-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/desktop-entry-lib.sh"

main() {
  local here autostart="" force=0
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
  while (($#)); do
    case $1 in
      --autostart) autostart=on ;;
      --no-autostart) autostart=off ;;
      --force) force=1 ;;
      -h|--help) sed -n '2,17s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; return 0 ;;
      *) echo "install.sh: unknown option $1 (see --help)" >&2; return 2 ;;
    esac
    shift
  done

  [[ -n ${HOME:-} && $HOME == /* ]] || { echo "install.sh: HOME is not set to an absolute path" >&2; return 1; }
  local data=${XDG_DATA_HOME:-$HOME/.local/share} config=${XDG_CONFIG_HOME:-$HOME/.config}
  [[ $data == /* ]] || data=$HOME/.local/share  # the base directory spec ignores relative paths
  [[ $config == /* ]] || config=$HOME/.config
  local lib=$HOME/.local/lib/knotbreak bin=$HOME/.local/bin
  local launcher=$bin/knotbreak manifest=$lib/install-manifest.txt

  if [[ ! -x $here/knotbreak || ! -d $here/_internal ]]; then
    echo "install.sh: run me from the unpacked KnotBreak folder (knotbreak and _internal/ beside me)" >&2
    return 1
  fi
  if [[ -d $lib && $(cd "$lib" && pwd -P) == "$here" ]]; then
    echo "install.sh: this is the installed copy; run install.sh from the unpacked download" >&2
    return 1
  fi
  # A bundle that cannot start here (too old a C library, a missing system library) stops now, before anything changes.
  local version
  if ! version=$("$here/knotbreak" --version 2>&1); then
    echo "install.sh: KnotBreak cannot run on this system:" >&2
    echo "$version" >&2
    return 1
  fi
  if [[ -e $lib || -L $lib ]] && [[ ! -f $manifest ]]; then
    echo "install.sh: $lib exists but was not installed by install.sh; move it away first" >&2
    return 1
  fi
  if [[ -e $launcher || -L $launcher ]] && ! ours_launcher "$launcher" "$lib" && ((!force)); then
    echo "install.sh: $launcher exists and is not from this installer (a 'pip install --user' perhaps)." >&2
    echo "  Remove it, or run install.sh --force to replace it." >&2
    return 1
  fi

  # An older KnotBreak from this installer goes first (its start at login stays: the path is the same).
  local was_running=0 login_dir_ours=0
  if [[ -f $manifest ]]; then
    running_from "$lib" >/dev/null && was_running=1
    grep -qxF "d $config/autostart" "$manifest" && login_dir_ours=1
    bash "$here/uninstall.sh" --keep-autostart --quiet
  fi

  record=$(mktemp "${TMPDIR:-/tmp}/knotbreak-install.XXXXXX")
  trap 'rollback' ERR INT TERM

  # The program: copied beside its final place, then moved there in one step.
  make_dirs "$(dirname "$lib")"
  stage=$lib.partial.$$
  rm -rf "$stage"
  mkdir "$stage"
  cp -a "$here/knotbreak" "$here/_internal" "$here/uninstall.sh" "$here/desktop-entry-lib.sh" "$stage/"
  [[ -f $here/LICENSE ]] && cp -a "$here/LICENSE" "$stage/"
  [[ -f $here/README.txt ]] && cp -a "$here/README.txt" "$stage/"
  mv "$stage" "$lib"
  note d "$lib"
  local path
  while IFS= read -r -d '' path; do
    if [[ -L $path ]]; then note l "$path"; elif [[ -d $path ]]; then note d "$path"; else note f "$path"; fi
  done < <(find "$lib" -mindepth 1 -print0)

  make_dirs "$bin"
  ln -sfn "$lib/knotbreak" "$launcher"
  note l "$launcher"

  make_dirs "$data/applications"
  write_menu_entry "$here/share/applications/knotbreak.desktop" "$data/applications/knotbreak.desktop" "$launcher"
  note f "$data/applications/knotbreak.desktop"

  local icon relative
  while IFS= read -r -d '' icon; do
    relative=${icon#"$here/share/"}
    make_dirs "$(dirname "$data/$relative")"
    install -m 644 "$icon" "$data/$relative"
    note f "$data/$relative"
  done < <(find "$here/share/icons" "$here/share/metainfo" -type f -print0 2>/dev/null)
  refresh_icon_cache "$data/icons/hicolor"

  echo "Installed $version in $lib"
  echo "  command:   $launcher"
  echo "  menu:      $data/applications/knotbreak.desktop"

  # The login entry is the app's, not in the manifest (Preferences turns it on and off too);
  # the folder for it, if this installer made it, is.
  [[ -d $config/autostart ]] || login_dir_ours=1
  set_autostart "$lib/knotbreak" "$autostart"
  if ((login_dir_ours)) && [[ -d $config/autostart ]]; then note d "$config/autostart"; fi

  note f "$manifest"
  cp "$record" "$manifest"
  rm -f "$record"
  trap - ERR INT TERM

  case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Note: $bin is not on your PATH; add it (e.g. in ~/.profile) to type 'knotbreak' in a terminal." ;;
  esac
  echo "Remove it again with: $lib/uninstall.sh   (your settings and history stay)"
  if ((was_running)); then
    echo "Starting the new version (the old one was running)."
    (cd / && setsid "$lib/knotbreak" </dev/null >/dev/null 2>&1 &)
  fi
}

# note KIND PATH: one line of the manifest (f file, l link, d directory this installer created).
note() { printf '%s %s\n' "$1" "$2" >> "$record"; }

# make_dirs DIR: mkdir -p, noting each folder it creates (and so the uninstaller may remove, when empty).
make_dirs() {
  local dir=$1 missing=()
  while [[ ! -d $dir ]]; do
    missing=("$dir" "${missing[@]}")
    dir=$(dirname "$dir")
  done
  for dir in "${missing[@]}"; do
    mkdir "$dir"
    note d "$dir"
  done
}

# Undo a half-done install: remove what the record lists so far.
rollback() {
  trap - ERR INT TERM
  echo "install.sh: failed; removing what was installed so far" >&2
  local line path
  [[ -n ${stage:-} ]] && rm -rf "$stage"
  if [[ -f ${record:-} ]]; then
    while IFS= read -r line; do
      path=${line#* }
      case ${line%% *} in
        f|l) rm -f "$path" ;;
        d) rmdir "$path" 2>/dev/null || true ;;
      esac
    done < <(tac "$record")
    rm -f "$record"
  fi
  exit 1
}

ours_launcher() { [[ -L $1 && $(readlink "$1") == "$2/knotbreak" ]]; }

# write_menu_entry TEMPLATE TARGET LAUNCHER: the app's own desktop entry, its Exec the installed command.
write_menu_entry() {
  local template=$1 target=$2 line tmp
  tmp=$(mktemp "$(dirname "$target")/.knotbreak.desktop.XXXXXX")
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == Exec=* ]]; then printf 'Exec=%s\n' "$(exec_value "$3")"; else printf '%s\n' "$line"; fi
  done < "$template" > "$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" "$target"
}

# A theme folder with an icon cache hides new icons until the cache is rebuilt; without one there is nothing to do.
refresh_icon_cache() {
  if [[ -f $1/icon-theme.cache ]] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache --quiet --force --ignore-theme-index "$1" || true
  fi
}

# set_autostart PROGRAM on|off|"": the app's own `knotbreak autostart`, so the entry is the one it writes itself.
set_autostart() {
  local program=$1 choice=$2 status answer
  status=$("$program" autostart status 2>/dev/null || true)
  if [[ -z $choice ]]; then
    if [[ -t 0 && -t 1 ]]; then
      if [[ $status == "KnotBreak starts at login"* ]]; then
        read -r -p "KnotBreak starts when you log in. Keep that? [Y/n] " answer || answer=""
        [[ $answer == [nN]* ]] && choice=off
      else
        read -r -p "Start KnotBreak when you log in? [y/N] " answer || answer=""
        [[ $answer == [yY]* ]] && choice=on
      fi
    fi
  fi
  if [[ -n $choice ]]; then
    "$program" autostart "$choice" || echo "install.sh: could not turn starting at login $choice (see above); Preferences can do it later" >&2
  elif [[ -n $status ]]; then
    echo "$status"
  fi
}

main "$@"
exit $?
