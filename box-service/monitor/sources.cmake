# SPDX-License-Identifier: GPL-3.0-or-later
# F7 monitoring: checks per protocol, states, flapping, mutes, the box's gateway and VPN, metrics.
pkg_check_modules(LIBSSH REQUIRED IMPORTED_TARGET libssh)
target_sources(mente_box_monitor PRIVATE
    monitor/AliveCheck.cpp monitor/AliveCheck.h
    monitor/Check.h
    monitor/CheckTypes.h
    monitor/GatewayWatcher.cpp monitor/GatewayWatcher.h
    monitor/MetricsExporter.cpp monitor/MetricsExporter.h
    monitor/MonitorScheduler.cpp monitor/MonitorScheduler.h
    monitor/MonitorService.cpp monitor/MonitorService.h
    monitor/MonitorStore.cpp monitor/MonitorStore.h
    monitor/ProcNetTables.cpp monitor/ProcNetTables.h
    monitor/ServiceProbe.cpp monitor/ServiceProbe.h
    monitor/SshCheck.cpp monitor/SshCheck.h
    monitor/StateMachine.cpp monitor/StateMachine.h
    monitor/StreamCheck.cpp monitor/StreamCheck.h
    monitor/VpnWatcher.cpp monitor/VpnWatcher.h)
target_link_libraries(mente_box_monitor PRIVATE PkgConfig::LIBSSH)
