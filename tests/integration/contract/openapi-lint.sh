#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints the OpenAPI file with a real validator, @redocly/cli, at a pinned version. Installs it once
# into TOOLS_DIR (the build dir); later runs reuse it. Fails, never skips, when it cannot run.
# Usage: openapi-lint.sh OPENAPI_FILE TOOLS_DIR
set -euo pipefail
spec=$1
tools=$2
version=1.25.0
# No usage report to the vendor and no update check: only the npm registry, and only to install.
export REDOCLY_TELEMETRY=off CI=true NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false
cli="$tools/node_modules/.bin/redocly"
installed="$tools/node_modules/@redocly/cli/package.json"
if [ ! -x "$cli" ] || ! grep -q "\"version\": \"$version\"" "$installed" 2>/dev/null; then
    command -v npm >/dev/null || { echo "openapi-lint: npm is missing (scripts/packages.txt lists it)" >&2; exit 1; }
    mkdir -p "$tools"
    echo "openapi-lint: installing @redocly/cli@$version into $tools"
    npm install --prefix "$tools" --cache "$tools/npm-cache" --no-audit --no-fund --loglevel=error \
        "@redocly/cli@$version"
fi
"$cli" --version
"$cli" lint --format=stylish "$spec"
