# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(mente_box_api PRIVATE
    api/ApiServer.cpp api/ApiServer.h
    api/ApiTypes.cpp api/ApiTypes.h
    api/AuthService.cpp api/AuthService.h
    api/ErrorStatus.cpp api/ErrorStatus.h
    api/EventBacklog.cpp api/EventBacklog.h
    api/EventStream.cpp api/EventStream.h
    api/EventStreams.cpp api/EventStreams.h
    api/LoginThrottle.cpp api/LoginThrottle.h
    api/Router.cpp api/Router.h
    api/Routes.h
    api/TlsCertificate.cpp api/TlsCertificate.h
    api/routes/AuditRoutes.cpp
    api/routes/BoxRoutes.cpp
    api/routes/CustomerRoutes.cpp
    api/routes/DeviceRoutes.cpp
    api/routes/DiscoveryRoutes.cpp api/routes/DiscoveryRoutes.h
    api/routes/EventRoutes.cpp
    api/routes/MetricsRoutes.cpp
    api/routes/MonitorRoutes.cpp
    api/routes/InquiryRoutes.cpp
    api/routes/MailRoutes.cpp
    api/routes/OutboxRoutes.cpp
    api/routes/OperatorRoutes.cpp
    api/routes/ReportRoutes.cpp api/routes/ReportRoutes.h
    api/routes/ScanRoutes.cpp api/routes/ScanRoutes.h
    api/routes/SessionRoutes.cpp
    api/routes/SshKeyRoutes.cpp)
target_link_libraries(mente_box_api PRIVATE OpenSSL::SSL OpenSSL::Crypto PkgConfig::SODIUM)
