#!/usr/bin/env bash
# Builds the self-contained Linux bundle of KnotBreak (`make bundle` runs this):
#   dist/knotbreak/                                 the app folder: knotbreak, _internal/, install.sh, uninstall.sh, share/
#   dist/knotbreak-VERSION-linux-ARCH.tar.gz        that folder as knotbreak-VERSION/, for people to download
# It carries its own Python, Qt and packages: nothing needs to be installed to run it
# but the desktop's usual libraries (see packaging/bundle/knotbreak.spec).
#
# Usage: packaging/build-bundle.sh [--no-sound] [--dist DIR] [--work DIR] [--python PYTHON]
#   --no-sound      leave out QtMultimedia and QtTextToSpeech (chimes and spoken cues; about 3 MB)
#   --dist DIR      where the folder and the tarball go (default dist)
#   --work DIR      PyInstaller's work folder (default build/bundle)
#   --python PY     the Python whose environment has the app, PySide6 and PyInstaller
#                   (default .venv/bin/python; or set KNOTBREAK_BUNDLE_PYTHON)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${KNOTBREAK_BUNDLE_PYTHON:-$root/.venv/bin/python}
dist=$root/dist
work=$root/build/bundle
sound=1

usage() { sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
while (($#)); do
  case $1 in
    --no-sound) sound=0 ;;
    --sound) sound=1 ;;
    --dist) dist=$2; shift ;;
    --work) work=$2; shift ;;
    --python) python=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "build-bundle.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if [[ $(uname -s) != Linux ]]; then
  echo "build-bundle.sh: this builds the Linux bundle, on Linux" >&2
  exit 1
fi
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "build-bundle.sh: PyInstaller is not installed for $python" >&2
  echo "  install it with: $python -m pip install '.[bundle]'   (or: $python -m pip install 'pyinstaller>=6.10,<7')" >&2
  exit 1
fi
mkdir -p "$dist" "$work"
dist=$(cd "$dist" && pwd)
work=$(cd "$work" && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/knotbreak/__init__.py")
[[ -n $version ]] || { echo "build-bundle.sh: no __version__ in knotbreak/__init__.py" >&2; exit 1; }
arch=$(uname -m)
name=knotbreak-$version
tarball=$dist/$name-linux-$arch.tar.gz
app=$dist/knotbreak

strip_binaries=0
if command -v strip >/dev/null; then
  strip_binaries=1
else
  echo "build-bundle.sh: no 'strip' (binutils): the bundle keeps its debugging symbols, about 25 MB more" >&2
fi

started=$SECONDS
echo "Building KnotBreak $version for linux-$arch (sound: $( ((sound)) && echo on || echo off)) with $("$python" -m PyInstaller --version 2>/dev/null | tail -n1)"
rm -rf "${work:?}/knotbreak"  # PyInstaller's own work folder for this spec: a fresh analysis every time
KNOTBREAK_BUNDLE_SOUND=$sound KNOTBREAK_BUNDLE_STRIP=$strip_binaries \
  "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/packaging/bundle/knotbreak.spec"

# Beside the program: the installer, the uninstaller, and what they put in the desktop's folders.
install -m 755 "$root/packaging/bundle/install.sh" "$root/packaging/bundle/uninstall.sh" "$app/"
install -m 644 "$root/packaging/desktop-entry-lib.sh" "$app/"
install -m 644 "$root/packaging/bundle/README.txt" "$app/"
[[ -f $root/LICENSE ]] && install -m 644 "$root/LICENSE" "$app/LICENSE"
share=$app/share
rm -rf "$share"
# The menu entry's template: the same file `knotbreak autostart on` writes from; install.sh sets Exec.
install -D -m 644 "$root/knotbreak/data/knotbreak.desktop" "$share/applications/knotbreak.desktop"
install -D -m 644 "$root/assets/icons/knotbreak.svg" "$share/icons/hicolor/scalable/apps/knotbreak.svg"
pngs=0
for png in "$root"/assets/icons/knotbreak-[0-9]*.png; do
  [[ -e $png ]] || continue
  size=${png##*/knotbreak-}; size=${size%.png}
  install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/knotbreak.png"
  pngs=$((pngs + 1))
done
((pngs)) || echo "build-bundle.sh: no assets/icons/knotbreak-SIZE.png (tools/make_icons.py makes them): only the scalable icon goes in" >&2
metainfo=0
for file in "$root"/packaging/linux/*.metainfo.xml; do
  [[ -e $file ]] || continue
  install -D -m 644 "$file" "$share/metainfo/${file##*/}"
  metainfo=1
done
((metainfo)) || echo "build-bundle.sh: no packaging/linux/*.metainfo.xml yet: the bundle goes without AppStream metainfo" >&2

# The program must start here at all (a missing library shows now, not on someone's desktop).
if ! "$app/knotbreak" --version >/dev/null; then
  echo "build-bundle.sh: the built $app/knotbreak does not run" >&2
  exit 1
fi

rm -f "$tarball"
tar --create --file - --directory "$dist" --transform "s,^knotbreak,$name,S" \
  --sort=name --owner=0 --group=0 --numeric-owner knotbreak | gzip -6 -n > "$tarball.partial"
mv "$tarball.partial" "$tarball"

elapsed=$((SECONDS - started))
unpacked=$(du -s --block-size=1 --apparent-size "$app" | cut -f1)
packed=$(stat -c %s "$tarball")
echo "Built $app ($((unpacked / 1048576)) MiB) and $tarball ($((packed / 1048576)) MiB) in $elapsed s"
echo "Left out (report): $work/knotbreak/bundle-report.json"
