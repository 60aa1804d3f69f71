#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The mente-console Debian package: cpack (console component, from the existing build), lintian,
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate), the
# icons at every size, and the one version in the file name, the control file, the metainfo and
# `mente-console --version`. Nothing is installed on this machine.
# Usage: console-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=package-lib.sh
. "$here/package-lib.sh"
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli file; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/packages.txt)"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build_deb console mente-console "$build" "$version" "$work"
depends=$(dpkg-deb -f "$deb" Depends)
for want in libqt6widgets6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite; do
    grep -q "$want" <<<"$depends" || fail "Depends lacks $want: $depends"
done
ok "Depends: $depends"

step "lintian"
lintian --fail-on error,warning --display-info "$deb" || fail "lintian found problems"

step "contents"
root="$work/root"
dpkg-deb -x "$deb" "$root"
app=jp.mente.Console
desktop="$root/usr/share/applications/$app.desktop"
metainfo="$root/usr/share/metainfo/$app.metainfo.xml"
[ -x "$root/usr/bin/mente-console" ] || fail "no /usr/bin/mente-console"
[ "$("$root/usr/bin/mente-console" --version)" = "mente-console $version" ] || fail "--version is not $version"
ok "mente-console --version: $version"
desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
grep -qx "Icon=$app" "$desktop" && grep -qx "Exec=mente-console" "$desktop" || fail "the desktop entry's Icon/Exec"
ok "desktop entry valid"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate: $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo's release is not $version"
ok "metainfo valid, release $version"
svg="$root/usr/share/icons/hicolor/scalable/apps/$app.svg"
file "$svg" | grep -q 'SVG' || fail "no scalable icon"
for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "icon ${size}x$size: $(file "$png")"
done
ok "icons: scalable SVG and PNG 16-256"
echo "PASS console package"
