# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(mente_box_core PRIVATE
    setup/SetupServer.cpp setup/SetupServer.h)
