#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only the missing ones.
# Usage: scripts/install-system-deps.sh [run|test|package]
set -euo pipefail
mode=${1:-run}
packages=(
  # Qt's offscreen and xcb platforms (see shared PEERS.md)
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
  # the Secret Service keyring
  gnome-keyring dbus-x11
  python3-venv
)
if [ "$mode" = test ]; then
  # desktop-file-utils: tests validate the autostart entry with desktop-file-validate;
  # trayer: a real system tray under Xvfb for the tray's end-to-end test;
  # libfaketime: moves the local Mastodon server's clock past a scheduled post's time
  packages+=(xvfb xauth nginx-light desktop-file-utils trayer libfaketime)
fi
if [ "$mode" = test ] || [ "$mode" = package ]; then
  # appstream: appstreamcli validates the AppStream metadata; wixl and msitools: the
  # WiX source of the Windows installer is built into an MSI and read back here
  packages+=(appstream wixl msitools desktop-file-utils)
fi
if [ "$mode" = package ]; then
  # make package / make test-packaging: binutils for PyInstaller (objdump, strip,
  # readelf) and for the spec's slim ICU data (as, ld), icu-devtools for that too
  # (icupkg), patchelf for the spec's clean-up, dpkg-dev for the .deb's Depends
  # (dpkg-shlibdeps); lintian checks the .deb
  packages+=(binutils patchelf icu-devtools dpkg-dev lintian)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
