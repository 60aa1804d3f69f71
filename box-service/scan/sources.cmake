# SPDX-License-Identifier: GPL-3.0-or-later
# F8 port scan: the scan jobs (on the probing kit, probe/) and the scan service (routes in api/routes/).
file(GLOB MENTE_SCAN_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.cpp" "${CMAKE_CURRENT_LIST_DIR}/*.h")
target_sources(mente_box_scan PRIVATE ${MENTE_SCAN_SOURCES})
