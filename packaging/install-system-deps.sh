#!/usr/bin/env bash
# Debian/Ubuntu libraries KnotBreak needs: Qt's runtime libraries, an X server
# for the X11 tests, audio for sound cues, a speech engine for spoken cues, and
# the AT-SPI accessibility bus a screen reader uses. Runs apt-get as root or via sudo.
set -euo pipefail

packages=(
  make python3-venv tzdata
  # Qt (PySide6-Essentials wheels bundle Qt itself, not these system libraries)
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
  # the xcb platform, for a real desktop and for tests under Xvfb
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxss1
  xvfb xauth xdotool openbox dbus-daemon
  # QtMultimedia's sound backend
  libpulse0
  # spoken cues: QtTextToSpeech's speechd plugin loads libspeechd, which talks to
  # speech-dispatcher; espeak-ng is the voice (many languages, German and Spanish too).
  # The tests run their own speech-dispatcher, with audio into ALSA's null device.
  libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  # accessibility: the AT-SPI bus and registry (at-spi-bus-launcher, at-spi2-registryd),
  # and pyatspi for the system python3, with which tests/test_atspi.py reads the app as a screen reader would
  at-spi2-core python3-pyatspi
  # the tests validate the desktop entries KnotBreak writes, and its AppStream metainfo (appstreamcli)
  desktop-file-utils appstream
  # make bundle: PyInstaller reads the binaries it collects, and strips them, with binutils
  binutils
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  echo "system packages: all present"
  exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "system packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
