// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/BoxConfig.h"
#include "app/BoxOptions.h"
#include "app/NetworkFacts.h"
#include "shared/Clock.h"

#include <QDateTime>
#include <QStringList>

namespace mente::box {

class AuditLog;
class AuthService;
class CustomerService;
class Database;
class DeviceStore;
class EventLog;
class EventStreams;
class FallbackAddress;
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
class ReportService;
class ReportStore;
class SessionStore;
class SshKeyService;

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
    ReportService *reports = nullptr;
    ReportStore *reportStore = nullptr;
    SshKeyService *sshKeys = nullptr;
    FallbackAddress *fallback = nullptr; // null when [network] fallback_address=off

    QString serial;
    QString hostname; // [network] hostname, default mente-<serial>: sent with DHCP, announced with mDNS
    QString version;
    QString tlsFingerprint;
    QString sshHostKey;    // SHA256:… of the tunnel endpoint's host key
    int sshListenPort = 0; // the tunnel endpoint's real port; 0 when it is off
    QStringList ownNames;     // the box's DNS names (in its certificate; the setup page's Host check)
    QStringList ownAddresses; // its IPv4 addresses as it knew them at start (likewise)
    QDateTime startedAt;
    NetworkFacts network;
};

} // namespace mente::box
