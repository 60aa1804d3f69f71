// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/api/RouteTable.h"

#include "shared/ApiPaths.h"

#include <QSet>

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace mente;
using api::RouteId;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(RouteTable, EveryRouteIsOneMethodOnOnePattern)
{
    QSet<QString> seen;
    QSet<QString> names;
    for (const api::RouteSpec &spec : api::routeTable()) {
        const QString key = QString::fromLatin1(spec.method) + QLatin1Char(' ') + QString::fromLatin1(spec.pattern);
        EXPECT_FALSE(seen.contains(key)) << "twice in the table: " << key.toStdString();
        seen.insert(key);
        EXPECT_FALSE(names.contains(QString::fromLatin1(spec.name))) << spec.name;
        names.insert(QString::fromLatin1(spec.name));
        EXPECT_EQ(api::findRoute(spec.method, QString::fromLatin1(spec.pattern)), spec.id) << spec.name;
        EXPECT_EQ(api::routeNamed(QString::fromLatin1(spec.name)), spec.id) << spec.name;
        EXPECT_EQ(&api::route(spec.id), &spec) << spec.name;
        EXPECT_TRUE(QString::fromLatin1(spec.pattern).startsWith(s("/"))) << spec.name;
        EXPECT_FALSE(QString::fromLatin1(spec.summary).isEmpty()) << spec.name;
        const QByteArray method(spec.method);
        EXPECT_TRUE(method == "GET" || method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE")
            << spec.name << " " << spec.method;
    }
    // The routes the box had when the table was made (API.md); losing one must not go unnoticed.
    EXPECT_GE(api::routeTable().size(), 53u);
}

TEST(RouteTable, PathBuildersFillEveryParameterInOrder)
{
    EXPECT_EQ(api::path(RouteId::DeviceScan, 7), s("/api/v1/devices/7/scan"));
    EXPECT_EQ(api::path(RouteId::SshKeyDelete, 3, 9), s("/api/v1/operators/3/ssh-keys/9"));
    EXPECT_EQ(api::path(RouteId::Health), s("/api/v1/health"));
    EXPECT_EQ(api::path(RouteId::Metrics), s("/metrics"));
    EXPECT_EQ(api::parameterCount(RouteId::SshKeyDelete), 2);
    EXPECT_EQ(api::parameterCount(RouteId::DeviceList), 0);
    for (const api::RouteSpec &spec : api::routeTable()) {
        const QString built = api::path(spec.id, 11, 12);
        EXPECT_FALSE(built.contains(QLatin1Char('{'))) << spec.name << " " << built.toStdString();
        EXPECT_EQ(built.count(s("11")) + built.count(s("12")), api::parameterCount(spec.id)) << spec.name;
    }
    // A builder called with too few ids leaves the parameter visible rather than making a wrong path.
    EXPECT_EQ(api::path(RouteId::SshKeyDelete, 3), s("/api/v1/operators/3/ssh-keys/{keyId}"));
}

TEST(RouteTable, NamedPathsAreTheOnesTheBoxAlwaysServed)
{
    EXPECT_EQ(api::Session, s("/api/v1/session"));
    EXPECT_EQ(api::Mutes, s("/api/v1/mutes"));
    EXPECT_EQ(api::Devices, s("/api/v1/devices"));
    EXPECT_EQ(api::EventStream, s("/api/v1/events/stream"));
    EXPECT_EQ(api::devicePath(5), s("/api/v1/devices/5"));
    EXPECT_EQ(api::devicePortsPath(5), s("/api/v1/devices/5/ports"));
    EXPECT_EQ(api::portPath(6), s("/api/v1/ports/6"));
    EXPECT_EQ(api::scanPath(8), s("/api/v1/scans/8"));
    EXPECT_EQ(api::reportSendPath(2), s("/api/v1/reports/2/send"));
    EXPECT_EQ(api::outboxRetryPath(4), s("/api/v1/outbox/4/retry"));
    EXPECT_EQ(api::operatorSshKeyPath(1, 2), s("/api/v1/operators/1/ssh-keys/2"));
    EXPECT_EQ(api::Ports + s("/6"), api::portPath(6));
    EXPECT_EQ(api::Scans + s("/8"), api::scanPath(8));
}

TEST(RouteTable, CollectionsComeFromTheirItemsRoutes)
{
    EXPECT_EQ(api::Ports, s("/api/v1/ports"));
    EXPECT_EQ(api::Scans, s("/api/v1/scans"));
    EXPECT_EQ(api::collectionOf(RouteId::DeviceShow), api::Devices);
    EXPECT_EQ(api::collectionOf(RouteId::OperatorShow), api::Operators);
    // Only the last parameter goes; a pattern that ends in none stays whole.
    EXPECT_EQ(api::collectionOf(RouteId::SshKeyDelete), s("/api/v1/operators/{id}/ssh-keys"));
    EXPECT_EQ(api::collectionOf(RouteId::DeviceScan), s("/api/v1/devices/{id}/scan"));
}

TEST(RouteTable, AccessAndScopeHaveTheirWireNames)
{
    for (api::Access a : {api::Access::Public, api::Access::Authenticated, api::Access::Operator, api::Access::Admin,
                          api::Access::Reader})
        EXPECT_EQ(api::accessFromString(api::toString(a)), a);
    EXPECT_FALSE(api::accessFromString(s("root")));
    EXPECT_EQ(api::toString(api::route(RouteId::DeviceDelete).access), s("admin"));
    EXPECT_EQ(api::toString(api::route(RouteId::SshKeyAdd).scope), s("ssh-keys"));
    for (const api::RouteSpec &spec : api::routeTable())
        EXPECT_FALSE(api::toString(spec.scope).isEmpty()) << spec.name;
}
