# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 10: the SSH endpoint for the consoles' tunnels (libssh server, direct-tcpip only).
target_sources(mente_box_tunnel PRIVATE
    tunnel/SshConnection.cpp tunnel/SshConnection.h
    tunnel/SshHostKey.cpp tunnel/SshHostKey.h
    tunnel/TunnelChannel.cpp tunnel/TunnelChannel.h
    tunnel/TunnelListener.h
    tunnel/TunnelLogging.cpp tunnel/TunnelLogging.h
    tunnel/TunnelReport.h
    tunnel/TunnelServer.cpp tunnel/TunnelServer.h
    tunnel/TunnelSettings.cpp tunnel/TunnelSettings.h
    tunnel/TunnelTargets.cpp tunnel/TunnelTargets.h)
# libssh PUBLIC: SshConnection.h and TunnelChannel.h show its types (found in monitor/sources.cmake).
target_link_libraries(mente_box_tunnel PUBLIC PkgConfig::LIBSSH)
