#!/usr/bin/env bash
# Runs pytest inside a private D-Bus session with an unlocked gnome-keyring, so the
# credential tests use the real Secret Service, on a throwaway HOME and XDG folders.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/cache"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
  XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
  QT_QPA_PLATFORM=offscreen ADVOCATE_REQUIRE_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
cd "$root"
set +e
dbus-run-session -- sh -c \
  'printf %s test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" -m pytest "$@"' \
  "$root/.venv/bin/python" "$@"
code=$?
set -e
if [ "$code" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
exit "$code"
