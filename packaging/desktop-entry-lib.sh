# Shell functions shared by packaging/install-desktop-entry.sh and the bundle's install.sh and
# uninstall.sh (which carry this file beside them). Sourced, never run.

# One argument for Exec, as knotbreak/autostart/xdg.py quotes it: the Desktop Entry spec's
# quoting, %% for %, then the string escapes of the value.
exec_value() {
  local a=$1 reserved=$' \t\n"\'\\><~|&;$*?#()`'
  if [[ -z $a || $a == *["$reserved"]* ]]; then
    a=${a//\\/\\\\}; a=${a//\"/\\\"}; a=${a//\`/\\\`}; a=${a//\$/\\\$}
    a="\"$a\""
  fi
  a=${a//[%]/%%}
  a=${a//\\/\\\\}; a=${a//$'\n'/\\n}; a=${a//$'\t'/\\t}; a=${a//$'\r'/\\r}
  printf '%s' "$a"
}

# running_from LIB: the pids of this user's KnotBreak processes started from LIB/knotbreak;
# fails when there are none.
running_from() {
  local exe target pid found=1
  target=$(readlink -f "$1/knotbreak" 2>/dev/null) || return 1
  for exe in /proc/[0-9]*/exe; do
    [[ $(readlink "$exe" 2>/dev/null) == "$target" ]] || continue
    pid=${exe#/proc/}; pid=${pid%/exe}
    echo "$pid"
    found=0
  done
  return $found
}
