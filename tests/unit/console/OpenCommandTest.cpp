// SPDX-License-Identifier: GPL-3.0-or-later
// mente-console --open SERIAL DEVICE-IP PORT [--via vpn|tunnel]: bad arguments are refused naming
// the argument, before anything starts.
#include "app/OpenCommand.h"

#include <gtest/gtest.h>

using namespace mente::console;

namespace {
QStringList args(const char *serial, const char *ip, const char *port)
{
    return {QString::fromLatin1(serial), QString::fromLatin1(ip), QString::fromLatin1(port)};
}
} // namespace

TEST(OpenCommand, ParsesTheArgumentsOfAPortRow)
{
    const auto a = OpenCommand::parse(args("MB-1", "192.168.10.20", "3389"), QStringLiteral("tunnel"), true);
    ASSERT_TRUE(a) << a.error().message.toStdString();
    EXPECT_EQ(a->serial, QStringLiteral("MB-1"));
    EXPECT_EQ(a->deviceIp, QStringLiteral("192.168.10.20"));
    EXPECT_EQ(a->port, 3389);
    EXPECT_EQ(a->via, SessionPath::Tunnel);
    EXPECT_TRUE(a->printOnly);
    EXPECT_FALSE(OpenCommand::parse(args("MB-1", "10.0.0.1", "22"), {}, false)->via.has_value());
}

TEST(OpenCommand, RefusesBadArgumentsNamingThem)
{
    const struct
    {
        QStringList values;
        const char *via;
        const char *field;
    } bad[] = {
        {{QStringLiteral("MB-1"), QStringLiteral("10.0.0.1")}, "", "open"},
        {args(" ", "10.0.0.1", "22"), "", "serial"},
        {args("MB-1", "1.2.3", "22"), "", "device-ip"},
        {args("MB-1", "fe80::1", "22"), "", "device-ip"},
        {args("MB-1", "10.0.0.1", "0"), "", "port"},
        {args("MB-1", "10.0.0.1", "65536"), "", "port"},
        {args("MB-1", "10.0.0.1", "ssh"), "", "port"},
        {args("MB-1", "10.0.0.1", "22"), "ppp", "via"},
        {args("MB-1", "10.0.0.1", "22"), "auto", "via"},
    };
    for (const auto &b : bad) {
        const auto r = OpenCommand::parse(b.values, QString::fromLatin1(b.via), false);
        ASSERT_FALSE(r) << b.values.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.error().field, QString::fromLatin1(b.field)) << r.error().message.toStdString();
    }
}
