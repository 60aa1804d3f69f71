#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The console's Windows DNS-SD browser cannot be built or run on Linux, but its Win32 half
# (console/platform/WindowsDnsSd.cpp: dnsapi.dll's DnsServiceBrowse/DnsServiceResolve, no Qt) is
# compiled for Windows here with MinGW-w64 and its windns.h, -fsyntax-only, with the definitions
# the Windows build uses (cmake/MenteOptions.cmake). The Qt half, BoxBrowser_windows.cpp, is
# compiled by the Linux build (mente_check_boxbrowser_windows). Not checked: linking, run time.
# Usage: windows-dnssd.sh SOURCE_DIR
set -euo pipefail
src=$1
cxx=""
for candidate in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++-win32 x86_64-w64-mingw32-g++; do
    command -v "$candidate" >/dev/null && cxx=$candidate && break
done
[ -n "$cxx" ] || { echo "FAIL: no MinGW-w64 C++ compiler (scripts/packages.txt: g++-mingw-w64-x86-64-posix)"; exit 1; }
for unicode in "-DUNICODE -D_UNICODE" ""; do
    # shellcheck disable=SC2086 # $unicode: zero or two words
    "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -DNOMINMAX -DWIN32_LEAN_AND_MEAN $unicode \
        -I"$src/console" "$src/console/platform/WindowsDnsSd.cpp" ||
        { echo "FAIL: WindowsDnsSd.cpp does not compile for Windows (${unicode:-without UNICODE})"; exit 1; }
done
echo "PASS: WindowsDnsSd.cpp compiles for Windows with $cxx ($("$cxx" -dumpversion)), with and without UNICODE"
