#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The console is built for Windows too (docs/BUILD-WINDOWS.md), so its sources and libmente's keep
# platform calls in console/platform/ only (one file per platform): no POSIX header, no fork, no
# /proc, no epoll, no Q_OS_* anywhere else. The box (box-service/) is Linux only and exempt.
# The CMake code the console-only build reads may not run a POSIX shell or use pkg-config either.
# Usage: portability.sh SOURCE_DIR
set -euo pipefail
src=$1
cd "$src"
[ -d console ] && [ -d shared ] || { echo "FAIL: $src has no console/ or shared/"; exit 1; }

posix_headers='unistd|fcntl|poll|pwd|grp|signal|termios|dlfcn|netdb|ifaddrs|pthread|spawn|syslog|sched|semaphore|sys/[a-z_]+|netinet/[a-z_]+|arpa/[a-z_]+|linux/[a-z_]+'
pattern="#[[:space:]]*include[[:space:]]*<(${posix_headers})\\.h>|\\bv?fork[[:space:]]*\\(|/proc/|\\bepoll_|Q_OS_[A-Z]+"
found=$(grep -rnE "$pattern" console shared --include='*.cpp' --include='*.h' | grep -v '^console/platform/' || true)

# A shell in the CMake code of a console-only build (top level, cmake/, shared/, console/, Windows installer).
shells=$(grep -nE '(COMMAND|execute_process\().*\b(sh|bash|/bin/sh)\b' CMakeLists.txt cmake/*.cmake \
    shared/CMakeLists.txt console/CMakeLists.txt installer/Packaging.cmake installer/windows/*.cmake || true)

# pkg-config (none on Windows) only for the box: not in the CMake code of a console-only build.
console_cmake=$(find CMakeLists.txt cmake shared console installer/Packaging.cmake installer/windows \
    tests/CMakeLists.txt tests/support tests/unit/console tests/unit/shared \
    -name CMakeLists.txt -o -name '*.cmake' 2>/dev/null | sort)
# shellcheck disable=SC2086
pkgconfig=$(grep -nE 'pkg_check_modules|pkg_search_module|find_package\(PkgConfig' $console_cmake || true)
shells="$shells${pkgconfig:+
$pkgconfig}"

checked=$(find console shared -name '*.cpp' -o -name '*.h' | grep -vc '^console/platform/')
if [ -n "$found$shells" ]; then
    echo "FAIL: platform-specific code outside console/platform/ (move it behind console/platform/):"
    [ -n "$found" ] && echo "$found"
    [ -n "$shells" ] && echo "$shells"
    exit 1
fi
echo "PASS: $checked console and libmente files hold no POSIX header, fork, /proc, epoll or Q_OS_*;"
echo "      the console-only build's CMake code runs no shell and uses no pkg-config"
