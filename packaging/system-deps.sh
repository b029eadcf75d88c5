#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs, only those missing.
# `--test` adds what the test suite uses: Xvfb, a D-Bus session and the dunst notification server.
# `--package` adds what building the PyInstaller bundle needs.
set -euo pipefail
# Qt itself, and what its X11 (xcb) plugin loads: without libxcb-cursor0 a window cannot open.
pkgs=(libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
      libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
# Debian and Ubuntu ship `python3 -m venv` separately.
python3 -c "import ensurepip" 2>/dev/null || pkgs+=(python3-venv)
if [[ "${1:-}" == "--test" ]]; then
  pkgs+=(xvfb xauth dbus dunst libnotify-bin desktop-file-utils appstream strace)
fi
# `--package` (make package): PyInstaller needs objdump to build the bundle.
[[ "${1:-}" == "--package" ]] && pkgs+=(binutils)
command -v dpkg-query >/dev/null || exit 0  # not Debian: install the equivalents yourself
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "Installing system packages (apt-get, may ask for your password): ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
