# SPDX-License-Identifier: GPL-3.0-or-later
# The probing kit, below scan, discovery and monitor: the connect prober and SYN scanner, the ICMP
# pinger, one probe per protocol (the greeting each service sends), the identifier that runs them
# on an open port and the banner sanitiser. It knows no device, no store and no schedule.
file(GLOB MENTE_PROBE_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.cpp" "${CMAKE_CURRENT_LIST_DIR}/*.h")
target_sources(mente_box_probe PRIVATE ${MENTE_PROBE_SOURCES})
