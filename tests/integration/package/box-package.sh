#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The mente-box Debian package, end to end, on this machine (root, as CI runs):
# build it with cpack from the existing build, lint it, install it with apt, check files, owners,
# modes, the unit (systemd-analyze verify / security), run the installed binary as the service
# user with exactly the unit's capabilities (setpriv) in a private network namespace and use its
# API (health, login, a SYN scan, raw ICMP, the setup page on port 80) and its first boot on a LAN
# without DHCP with a real systemd-networkd and polkit (first-boot-lab.sh), then remove, purge, and
# check that nothing is left but what policy keeps (the system user, which this test then removes
# when it made it). A failed run still purges (trap). Usage: box-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=package-lib.sh
. "$here/package-lib.sh"

[ "$(id -u)" -eq 0 ] || fail "must run as root (installs a package)"
for tool in apt-get dpkg-deb cpack lintian setpriv unshare systemd-analyze curl python3 flock; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/packages.txt)"
done

# One package test at a time on this machine (other clones may run theirs).
lock=/run/lock/mente-package-test.lock
[ -d /run/lock ] || lock=/tmp/mente-package-test.lock
exec 9>"$lock"
flock -w 900 9 || fail "another package test holds $lock"

if dpkg-query -W -f='${Status}' mente-box 2>/dev/null | grep -qv '^unknown\|not-installed'; then
    fail "mente-box is installed on this machine (or its config is left); this test will not touch it." \
        "If a killed test run left it: apt-get purge mente-box"
fi
user_existed=no
getent passwd mente-box >/dev/null && user_existed=yes
packages_before=$(dpkg-query -W -f='${Package} ${Version} ${db:Status-Abbrev}\n' | sort)

work=$(mktemp -d)
# The box itself runs in box-under-unit.sh, which stops it on its own exit.
cleanup() {
    set +e
    if dpkg-query -W -f='${Status}' mente-box 2>/dev/null | grep -q 'installed\|config-files\|half'; then
        echo "cleanup: purging mente-box"
        apt_quiet purge mente-box
    fi
    if [ "$user_existed" = no ] && getent passwd mente-box >/dev/null; then
        userdel mente-box 2>/dev/null
        getent group mente-box >/dev/null && groupdel mente-box 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

build_deb box mente-box "$build" "$version" "$work"

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for want in libqt6core6 libssh libsodium ieee-data libqt6sql6-sqlite polkitd adduser; do
    grep -q "$want" <<<"$depends" || fail "Depends lacks $want"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -q '^./conffiles$' || fail "no conffiles"

step "lintian (errors and warnings fail; the package needs no overrides)"
lintian --fail-on error,warning --display-info "$deb" | tee "$work/lintian.log" || fail "lintian found problems"

step "install with apt"
would=$(apt-get install -s --no-install-recommends "$deb" 2>&1 | awk '/^Inst /{print $2}' | grep -vx mente-box || true)
[ -z "$would" ] || fail "installing would also install: $would (add them to scripts/packages.txt)"
apt_quiet install --no-install-recommends "$deb"
dpkg-query -W -f='${Conffiles}\n' mente-box | grep -q '/etc/mente-box/box.conf' || fail "box.conf is not a conffile"
check_installed_files
step "postinst configure again (maintainer scripts are idempotent)"
DPKG_MAINTSCRIPT_PACKAGE=mente-box DPKG_MAINTSCRIPT_NAME=postinst \
    /var/lib/dpkg/info/mente-box.postinst configure "$version" || fail "postinst configure failed the second time"
check_installed_files

step "the unit"
unit=/lib/systemd/system/mente-box.service
verify=$(systemd-analyze verify "$unit" 2>&1) || { echo "$verify"; fail "systemd-analyze verify failed"; }
[ -z "$verify" ] || { echo "$verify"; fail "systemd-analyze verify warned"; }
ok "systemd-analyze verify: clean"
security=$(cd /lib/systemd/system && systemd-analyze security --offline=true --no-pager mente-box.service 2>&1) ||
    true
score=$(sed -n 's/.*Overall exposure level for mente-box.service: \([0-9.]*\).*/\1/p' <<<"$security")
[ -n "$score" ] || { echo "$security"; fail "no exposure score"; }
echo "systemd-analyze security mente-box.service: exposure $score"
python3 -c "import sys; sys.exit(0 if float('$score') <= 3.0 else 1)" || fail "exposure $score is above 3.0"
ok "exposure $score <= 3.0"
[ "$(/usr/bin/mente-box --version)" = "mente-box $version" ] || fail "mente-box --version is not $version"
ok "mente-box --version: $version"

step "run the installed box as the service user with the unit's capabilities"
run_box_under_unit_privileges "$unit" "$version" "$work"

step "remove keeps data and config"
echo "marker" >/var/lib/mente-box/kept-by-remove
apt_quiet remove mente-box
[ ! -e /usr/bin/mente-box ] || fail "remove left the binary"
[ -f /var/lib/mente-box/kept-by-remove ] || fail "remove deleted the data"
[ -f /etc/mente-box/box.conf ] || fail "remove deleted the conffile"
ok "after remove: data and config kept, binary gone"

step "purge"
apt_quiet purge mente-box
left=""
for path in /etc/mente-box /var/lib/mente-box /lib/systemd/system/mente-box.service \
    /etc/systemd/system/mente-box.service /etc/systemd/system/multi-user.target.wants/mente-box.service \
    /etc/systemd/network/50-mente.network /usr/share/polkit-1/rules.d/60-mente-box.rules \
    /usr/share/doc/mente-box /usr/bin/mente-box \
    /var/lib/systemd/deb-systemd-helper-enabled/mente-box.service \
    /var/lib/systemd/deb-systemd-helper-enabled/multi-user.target.wants/mente-box.service \
    /var/lib/systemd/deb-systemd-helper-masked/mente-box.service; do
    { [ -e "$path" ] || [ -L "$path" ]; } && left="$left $path"
done
[ -z "$left" ] || fail "purge left:$left"
getent passwd mente-box >/dev/null || fail "purge removed the system user (policy keeps it)"
ok "after purge: nothing left but the system user mente-box (kept by policy)"

packages_after=$(dpkg-query -W -f='${Package} ${Version} ${db:Status-Abbrev}\n' | sort)
# Nothing this test did may remove or change another package (the apt simulation above already
# showed it installs none). Others may install packages meanwhile on a shared machine: not ours.
changed=$(comm -23 <(echo "$packages_before") <(echo "$packages_after"))
[ -z "$changed" ] || fail "packages removed or changed: $changed"
ok "every package of the machine is as before"
echo "PASS box package"
