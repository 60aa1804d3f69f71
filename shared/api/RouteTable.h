// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>

// The box's API routes, one table for the box's router, the console's client, `mente-box
// --list-routes`, and the contract test that holds them and docs/openapi.yaml together.
namespace mente::api {

// Who may call a route. The box checks it before any handler runs.
enum class Access {
    Public,        // no token (health, login)
    Authenticated, // any logged-in operator, even one who must still change the password
    Operator,      // any logged-in operator
    Admin,         // operators with admin rights only (403 for others)
    Reader,        // any logged-in operator, or the read-only [metrics] token (Prometheus)
};

// The part of the API a route belongs to: one typed client per scope in the console.
enum class Scope {
    Session,
    Box,
    Customer,
    Operators,
    SshKeys,
    Audit,
    Devices,
    Ports,
    Scans,
    Discovery,
    Monitor,
    Events,
    Inquiries,
    Outbox,
    Reports,
    Metrics,
};

// To add a route: add ONE line here (id, method, path pattern, access, scope, summary), register
// its handler in the box with `router.add(RouteId::TheId, handler)`, build paths to it with
// `api::path(RouteId::TheId, ids...)`, and document it under `paths:` in docs/openapi.yaml. The
// contract test (ctest -R contract_routes) fails until the table, `mente-box --list-routes` and
// the OpenAPI file agree. Parameters are written {name}; path() fills them in order.
// clang-format off
#define MENTE_API_ROUTES(X) \
    X(SessionLogin,     POST,   "/api/v1/session",                          Public,        Session,   "Log in: a bearer token for an operator") \
    X(SessionShow,      GET,    "/api/v1/session",                          Authenticated, Session,   "The logged-in operator") \
    X(SessionPassword,  POST,   "/api/v1/session/password",                 Authenticated, Session,   "Change the logged-in operator's password") \
    X(SessionLogout,    DELETE, "/api/v1/session",                          Authenticated, Session,   "Log out: the token stops working") \
    X(Health,           GET,    "/api/v1/health",                           Public,        Box,       "Whether the box answers, and its version") \
    X(Status,           GET,    "/api/v1/status",                           Operator,      Box,       "The box's fleet row: health and counts") \
    X(BoxInfo,          GET,    "/api/v1/box",                              Operator,      Box,       "The box's identity, network and settings") \
    X(BoxVpnPassword,   GET,    "/api/v1/box/vpn-password",                 Operator,      Box,       "The box's VPN password (audited)") \
    X(BoxMailShow,      GET,    "/api/v1/box/mail",                         Admin,         Box,       "The box's SMTP settings (never the password)") \
    X(BoxMailUpdate,    PUT,    "/api/v1/box/mail",                         Admin,         Box,       "Change the box's SMTP settings and password") \
    X(CustomerShow,     GET,    "/api/v1/customer",                         Operator,      Customer,  "The customer this box serves") \
    X(CustomerUpdate,   PUT,    "/api/v1/customer",                         Admin,         Customer,  "Change the customer's details") \
    X(LicenseShow,      GET,    "/api/v1/license",                          Operator,      Customer,  "The box's licence") \
    X(LicenseUpdate,    PUT,    "/api/v1/license",                          Admin,         Customer,  "Change the box's licence") \
    X(OperatorList,     GET,    "/api/v1/operators",                        Admin,         Operators, "Every operator") \
    X(OperatorCreate,   POST,   "/api/v1/operators",                        Admin,         Operators, "Register an operator") \
    X(OperatorShow,     GET,    "/api/v1/operators/{id}",                   Admin,         Operators, "One operator") \
    X(OperatorUpdate,   PUT,    "/api/v1/operators/{id}",                   Admin,         Operators, "Change an operator") \
    X(OperatorDelete,   DELETE, "/api/v1/operators/{id}",                   Admin,         Operators, "Delete an operator") \
    X(OperatorsDelete,  POST,   "/api/v1/operators/delete",                 Admin,         Operators, "Delete several operators at once") \
    X(SshKeyList,       GET,    "/api/v1/operators/{id}/ssh-keys",          Operator,      SshKeys,   "An operator's SSH public keys for the tunnel") \
    X(SshKeyAdd,        POST,   "/api/v1/operators/{id}/ssh-keys",          Operator,      SshKeys,   "Add an SSH public key to an operator") \
    X(SshKeyDelete,     DELETE, "/api/v1/operators/{id}/ssh-keys/{keyId}",  Operator,      SshKeys,   "Remove one of an operator's SSH keys") \
    X(AuditList,        GET,    "/api/v1/audit",                            Admin,         Audit,     "The audit log, newest first") \
    X(DeviceList,       GET,    "/api/v1/devices",                          Operator,      Devices,   "Every device with its ports and states") \
    X(DeviceCreate,     POST,   "/api/v1/devices",                          Operator,      Devices,   "Register a device") \
    X(DeviceShow,       GET,    "/api/v1/devices/{id}",                     Operator,      Devices,   "One device with its ports") \
    X(DeviceUpdate,     PATCH,  "/api/v1/devices/{id}",                     Operator,      Devices,   "Change a device") \
    X(DeviceDelete,     DELETE, "/api/v1/devices/{id}",                     Admin,         Devices,   "Delete a device and its ports") \
    X(DevicePortCreate, POST,   "/api/v1/devices/{id}/ports",               Operator,      Ports,     "Register a port on a device") \
    X(PortUpdate,       PATCH,  "/api/v1/ports/{id}",                       Operator,      Ports,     "Change a port") \
    X(PortDelete,       DELETE, "/api/v1/ports/{id}",                       Admin,         Ports,     "Delete a port") \
    X(DeviceScan,       POST,   "/api/v1/devices/{id}/scan",                Operator,      Scans,     "Start a port scan of a device") \
    X(ScanShow,         GET,    "/api/v1/scans/{id}",                       Operator,      Scans,     "One scan: state, progress, open ports") \
    X(DiscoveryStart,   POST,   "/api/v1/discovery",                        Operator,      Discovery, "Start a LAN discovery run") \
    X(DiscoveryShow,    GET,    "/api/v1/discovery",                        Operator,      Discovery, "The last discovery run") \
    X(DevicesClearNew,  POST,   "/api/v1/devices/clear-new",                Operator,      Discovery, "Mark devices found on the LAN as looked at") \
    X(InquiryList,      GET,    "/api/v1/inquiries",                        Operator,      Inquiries, "The inquiry log") \
    X(InquiryCreate,    POST,   "/api/v1/inquiries",                        Operator,      Inquiries, "Record an inquiry") \
    X(InquiryShow,      GET,    "/api/v1/inquiries/{id}",                   Operator,      Inquiries, "One inquiry") \
    X(InquiryUpdate,    PUT,    "/api/v1/inquiries/{id}",                   Operator,      Inquiries, "Change an inquiry") \
    X(OutboxList,       GET,    "/api/v1/outbox",                           Admin,         Outbox,    "Mails queued, sent or failed") \
    X(OutboxRetry,      POST,   "/api/v1/outbox/{id}/retry",                Admin,         Outbox,    "Send a failed mail again") \
    X(EventList,        GET,    "/api/v1/events",                           Operator,      Events,    "Events after a sequence number") \
    X(EventStream,      GET,    "/api/v1/events/stream",                    Operator,      Events,    "Events as they happen (Server-Sent Events)") \
    X(DeviceAck,        POST,   "/api/v1/devices/{id}/ack",                 Operator,      Monitor,   "Acknowledge a device's fault") \
    X(PortAck,          POST,   "/api/v1/ports/{id}/ack",                   Operator,      Monitor,   "Acknowledge a port's fault") \
    X(DeviceUnack,      DELETE, "/api/v1/devices/{id}/ack",                 Operator,      Monitor,   "Take back a device's acknowledgement") \
    X(PortUnack,        DELETE, "/api/v1/ports/{id}/ack",                   Operator,      Monitor,   "Take back a port's acknowledgement") \
    X(BoxAck,           POST,   "/api/v1/box/ack",                          Operator,      Monitor,   "Acknowledge every current fault of the box") \
    X(BoxMute,          POST,   "/api/v1/box/mute",                         Operator,      Monitor,   "Mute the whole box (replaces its box-wide mute)") \
    X(BoxUnmute,        DELETE, "/api/v1/box/mute",                         Operator,      Monitor,   "End the box-wide mutes") \
    X(MuteList,         GET,    "/api/v1/mutes",                            Operator,      Monitor,   "Maintenance windows in force") \
    X(MuteCreate,       POST,   "/api/v1/mutes",                            Operator,      Monitor,   "Start a maintenance window") \
    X(MuteDelete,       DELETE, "/api/v1/mutes/{id}",                       Operator,      Monitor,   "End a maintenance window") \
    X(Metrics,          GET,    "/metrics",                                 Reader,        Metrics,   "Prometheus metrics") \
    X(ReportList,       GET,    "/api/v1/reports",                          Operator,      Reports,   "Monthly reports") \
    X(ReportCreate,     POST,   "/api/v1/reports",                          Operator,      Reports,   "Build a month's report") \
    X(ReportShow,       GET,    "/api/v1/reports/{id}",                     Operator,      Reports,   "One report, its PDF included") \
    X(ReportSend,       POST,   "/api/v1/reports/{id}/send",                Operator,      Reports,   "Mail a report to the customer")
// clang-format on

#define MENTE_API_ROUTE_ID(id, method, pattern, access, scope, summary) id,
enum class RouteId { MENTE_API_ROUTES(MENTE_API_ROUTE_ID) };
#undef MENTE_API_ROUTE_ID

struct RouteSpec
{
    RouteId id;
    const char *name;    // the id as text: "DeviceScan"
    const char *method;  // "GET", "POST", ...
    const char *pattern; // "/api/v1/devices/{id}/scan"
    Access access;
    Scope scope;
    const char *summary;
};

// Every route, in the order of the table.
std::span<const RouteSpec> routeTable();
const RouteSpec &route(RouteId id);
QByteArray method(RouteId id);
QString pattern(RouteId id);
QString name(RouteId id);
std::optional<RouteId> findRoute(const QByteArray &method, const QString &pattern);
std::optional<RouteId> routeNamed(const QString &name);
// How many {parameters} the route's pattern has.
int parameterCount(RouteId id);

QString toString(Access access);
std::optional<Access> accessFromString(const QString &text);
QString toString(Scope scope);

// The pattern with its {parameters} filled in order; a missing parameter stays "{name}" (a test
// checks every builder), extra ones are ignored.
QString fillPath(RouteId id, std::initializer_list<QString> params);

// The path to a route: api::path(RouteId::DeviceScan, 7) is "/api/v1/devices/7/scan".
template<typename... Ids> QString path(RouteId id, Ids... ids)
{
    return fillPath(id, {QString::number(qint64(ids))...});
}

} // namespace mente::api
