// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente {
class Clock;
}

namespace mente::box {

class AuditLog;
class AuthService;
class CustomerService;
class DeviceService;
class EventLog;
class EventStreams;
class InquiryService;
class MailSettingsService;
class MetricsExporter;
class MonitorService;
class OperatorService;
class OutboxService;
class Router;
class SshKeyService;
class StatusService;

// One function per API scope; the composition root (BoxService) calls each once with the service
// it needs. Handlers parse into shared/ types, call one service, and map its result (ApiReply,
// errors through the one table of api/ErrorStatus.h).
void registerSessionRoutes(Router &router, AuthService &auth);
void registerBoxRoutes(Router &router, StatusService &status);
void registerCustomerRoutes(Router &router, CustomerService &customers, const Clock &clock);
void registerOperatorRoutes(Router &router, OperatorService &operators);
void registerAuditRoutes(Router &router, const AuditLog &audit);
void registerDeviceRoutes(Router &router, DeviceService &devices);
void registerEventRoutes(Router &router, EventLog &events, EventStreams &streams);
void registerMonitorRoutes(Router &router, MonitorService &monitor, const Clock &clock);
void registerMetricsRoutes(Router &router, const MetricsExporter &metrics);
void registerInquiryRoutes(Router &router, InquiryService &inquiries);
void registerMailRoutes(Router &router, MailSettingsService &mail);
void registerOutboxRoutes(Router &router, OutboxService &outbox);
void registerSshKeyRoutes(Router &router, SshKeyService &sshKeys);

} // namespace mente::box
