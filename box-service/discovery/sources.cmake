# SPDX-License-Identifier: GPL-3.0-or-later
# LAN discovery (F6/F8): neighbour table, ICMP or TCP sweep, reverse DNS, MAC vendor.
file(GLOB MENTE_DISCOVERY_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.cpp" "${CMAKE_CURRENT_LIST_DIR}/*.h")
target_sources(mente_box_discovery PRIVATE ${MENTE_DISCOVERY_SOURCES})
