#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers for box-package.sh and console-package.sh (sourced).

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
ok() { echo "  ok: $*"; }
step() { echo "== [${SECONDS}s] $*"; }

# build_deb COMPONENT PACKAGE BUILD_DIR VERSION WORKDIR: cpack of one component from the existing
# build; sets $deb to the package, whose name must carry the project's version.
build_deb() {
    local component=$1 package=$2 build=$3 version=$4 work=$5
    step "cpack ($component component only, from the existing build)"
    (cd "$build" && cpack -G DEB -D CPACK_COMPONENTS_ALL="$component" -B "$work/cpack" >"$work/cpack.log" 2>&1) ||
        { cat "$work/cpack.log"; fail "cpack failed"; }
    deb="$work/cpack/${package}_${version}_$(dpkg --print-architecture).deb"
    [ -f "$deb" ] || { ls -l "$work/cpack"; fail "no $deb (the name must carry the project's version)"; }
    ok "built $(basename "$deb")"
    [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
}

# apt-get without questions; waits for another apt/dpkg instead of failing on the lock.
apt_quiet() {
    local out
    if ! out=$(DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=600 "$@" 2>&1); then
        echo "$out"
        fail "apt-get $*"
    fi
}

# expect_stat PATH OWNER:GROUP MODE
expect_stat() {
    local got
    got=$(stat -c '%U:%G %a' "$1" 2>/dev/null) || fail "$1 is missing"
    [ "$got" = "$2 $3" ] || fail "$1 is $got, want $2 $3"
    ok "$1 $2 $3"
}

check_installed_files() {
    expect_stat /usr/bin/mente-box root:root 755
    expect_stat /lib/systemd/system/mente-box.service root:root 644
    expect_stat /usr/share/polkit-1/rules.d/60-mente-box.rules root:root 644
    expect_stat /etc/mente-box root:mente-box 775
    expect_stat /etc/mente-box/box.conf root:mente-box 640
    expect_stat /etc/mente-box/network mente-box:mente-box 755
    expect_stat /var/lib/mente-box mente-box:mente-box 700
    [ "$(readlink -m /etc/systemd/network/50-mente.network)" = /etc/mente-box/network/50-mente.network ] ||
        fail "/etc/systemd/network/50-mente.network does not point at the box's networkd file"
    ok "/etc/systemd/network/50-mente.network -> /etc/mente-box/network/50-mente.network"
    [ -L /etc/systemd/system/multi-user.target.wants/mente-box.service ] || fail "the unit is not enabled"
    ok "mente-box.service enabled"
    local entry uid shell home
    entry=$(getent passwd mente-box) || fail "no user mente-box"
    uid=$(cut -d: -f3 <<<"$entry")
    home=$(cut -d: -f6 <<<"$entry")
    shell=$(cut -d: -f7 <<<"$entry")
    [ "$uid" -lt 1000 ] || fail "mente-box is not a system user (uid $uid)"
    [ "$home" = /var/lib/mente-box ] || fail "mente-box's home is $home"
    case "$shell" in */nologin | */false) ;; *) fail "mente-box has a login shell ($shell)" ;; esac
    ok "system user mente-box (uid $uid, $shell)"
}

# The unit's capability list as setpriv wants it: "+net_raw,+net_bind_service".
unit_caps() {
    sed -n "s/^$1=//p" "$2" | tr ' ' '\n' | sed '/^$/d' | tr 'A-Z' 'a-z' | sed 's/^cap_/+/' | paste -sd,
}

# run_box_under_unit_privileges UNIT VERSION WORKDIR
run_box_under_unit_privileges() {
    local unit=$1 version=$2 work=$3 user ambient bounding
    user=$(sed -n 's/^User=//p' "$unit")
    ambient=$(unit_caps AmbientCapabilities "$unit")
    bounding=$(unit_caps CapabilityBoundingSet "$unit")
    [ "$user" = mente-box ] || fail "the unit's User= is '$user'"
    [ -n "$ambient" ] && [ -n "$bounding" ] || fail "the unit names no capabilities"
    echo "user $user, ambient $ambient, bounding $bounding"
    # The installed config, plus what keeps a test box to itself (no sweep, no real gateway), forces
    # the privileged paths (raw ICMP, the SYN scan), and makes the first boot quick: the first-boot
    # address after 1 s without DHCP, network changes rolled back after confirm_s. The network
    # settings go through the real systemd-networkd and polkit of the lab (first-boot-lab.sh).
    local confirm_s=5
    printf '\n[monitor]\ngateway=none\nicmp=raw\n\n[discovery]\nat_start=false\ninterval_h=0\n\n[scan]\nmethod=syn\n\n[setup]\nconfirm_s=%s\n\n[network]\nfallback_after_s=1\n' \
        "$confirm_s" >>/etc/mente-box/box.conf
    mkdir -p "$work/run" && chmod 0755 "$work" "$work/run"
    unshare --net --mount --uts --propagation private -- bash "$(dirname "${BASH_SOURCE[0]}")/box-under-unit.sh" \
        "$user" "$ambient" "$bounding" /etc/mente-box/box.conf "$version" "$work/run" "$confirm_s"
}
