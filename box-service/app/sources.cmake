# SPDX-License-Identifier: GPL-3.0-or-later
# The composition root: reads box.conf and the command line, makes every part with what it uses
# and wires them together (BoxService); main.cpp starts it.
target_sources(mente_box_app PRIVATE
    app/BoxConfig.cpp app/BoxConfig.h
    app/BoxOptions.cpp app/BoxOptions.h
    app/BoxService.cpp app/BoxService.h
    app/SignalWatcher.cpp app/SignalWatcher.h)
target_link_libraries(mente_box_app PRIVATE PkgConfig::SODIUM)
