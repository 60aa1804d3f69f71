# SPDX-License-Identifier: GPL-3.0-or-later
# F10 monthly reports: the availability arithmetic, the builder, the schedule and the mail (routes in api/routes/).
file(GLOB MENTE_REPORT_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.cpp" "${CMAKE_CURRENT_LIST_DIR}/*.h")
target_sources(mente_box_report PRIVATE ${MENTE_REPORT_SOURCES})
