#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything and runs every test (unit, integration, GUI) with ctest. Tests that use the
# desktop keyring run inside a private D-Bus session with an unlocked throwaway keyring.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="${MENTE_BUILD_DIR:-$top/build}"
"$top/scripts/build.sh" -DMENTE_WERROR=ON
export HOME_FOR_TESTS
HOME_FOR_TESTS=$(mktemp -d)
trap 'rm -rf "$HOME_FOR_TESTS"' EXIT
cd "$build"
# The keyring session wraps the whole run so that QtKeychain finds a Secret Service.
dbus-run-session -- sh -c '
    export HOME="$HOME_FOR_TESTS" XDG_DATA_HOME="$HOME_FOR_TESTS/.local/share" XDG_RUNTIME_DIR="$HOME_FOR_TESTS/run"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --output-on-failure --timeout 900 -j 1 "$@"
' sh "$@"
