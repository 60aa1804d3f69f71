// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/BoxConfig.h"
#include "app/BoxOptions.h"
#include "app/NetworkFacts.h"

#include <QDateTime>
#include <QStringList>

namespace mente::box {

class AuditLog;
class AuthService;
class Clock;
class CustomerService;
class Database;
class DeviceStore;
class EventLog;
class EventStreams;
class GatewayWatcher;
class MonitorScheduler;
class MonitorStore;
class VpnWatcher;
class InquiryStore;
class MetaStore;
class OperatorService;
class OperatorStore;
class Outbox;
class PasswordHasher;
class SessionStore;

// Everything a route or a page may use, built once by BoxService and handed to each
// registerXRoutes(). Services are owned by BoxService; these are borrowed.
struct BoxContext
{
    const BoxOptions *options = nullptr;
    const BoxConfig *config = nullptr;
    const Clock *clock = nullptr;
    Database *db = nullptr;
    MetaStore *meta = nullptr;
    OperatorStore *operators = nullptr;
    SessionStore *sessions = nullptr;
    AuditLog *audit = nullptr;
    DeviceStore *devices = nullptr;
    EventLog *events = nullptr;
    InquiryStore *inquiries = nullptr;
    PasswordHasher *hasher = nullptr;
    AuthService *auth = nullptr;
    OperatorService *operatorService = nullptr;
    CustomerService *customerService = nullptr;
    Outbox *outbox = nullptr;
    MonitorStore *monitorStore = nullptr;
    MonitorScheduler *monitor = nullptr; // tell it reloadSoon() after switching a target
    EventStreams *eventStreams = nullptr;
    GatewayWatcher *gateway = nullptr;
    VpnWatcher *vpn = nullptr;

    QString serial;
    QString version;
    QString tlsFingerprint;
    QStringList ownNames;     // the box's DNS names (in its certificate; the setup page's Host check)
    QStringList ownAddresses; // its IPv4 addresses as it knew them at start (likewise)
    QDateTime startedAt;
    NetworkFacts network;
};

} // namespace mente::box
