// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/DeviceBodies.h"
#include "shared/IdList.h"
#include "shared/SessionBodies.h"
#include "shared/TimeFormat.h"
#include "support/QtPrinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mente;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

template<typename T> QString badField(const QJsonObject &json)
{
    const auto parsed = T::fromJson(json);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? QString() : parsed.error().field;
}

Operator someOperator()
{
    Operator op;
    op.id = 2;
    op.login = s("tanto");
    op.name = s("担当 太郎");
    op.language = s("ja");
    return op;
}
} // namespace

TEST(SessionBodies, LoginAndPasswordChange)
{
    const auto login = LoginRequest::fromJson(LoginRequest{s("admin"), s("secret")}.toJson());
    ASSERT_TRUE(login.ok());
    EXPECT_EQ(login->login, s("admin"));
    EXPECT_EQ(login->password, s("secret"));
    EXPECT_EQ(badField<LoginRequest>({{s("login"), s("admin")}}), s("password"));
    EXPECT_EQ(badField<LoginRequest>({{s("login"), 5}, {s("password"), s("x")}}), s("login"));

    const auto change = PasswordChange::fromJson(PasswordChange{s("old1"), s("New2026pass")}.toJson());
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change->next, s("New2026pass"));
    EXPECT_EQ(badField<PasswordChange>({{s("current"), s("old1")}}), s("new"));
}

TEST(SessionBodies, SessionAnswersWithAndWithoutToken)
{
    SessionInfo login{s("tok"), fromIso(s("2026-11-26T10:00:00Z")), true, someOperator()};
    const auto back = SessionInfo::fromJson(login.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->token, s("tok"));
    EXPECT_EQ(back->expiresAt, login.expiresAt);
    EXPECT_TRUE(back->mustChangePassword);
    EXPECT_EQ(back->op.login, s("tanto"));
    EXPECT_EQ(back->toJson(), login.toJson());

    const SessionInfo show{{}, {}, false, someOperator()};
    EXPECT_FALSE(show.toJson().contains(s("token")));
    ASSERT_TRUE(SessionInfo::fromJson(show.toJson()).ok());

    QJsonObject bad = login.toJson();
    bad.remove(s("expiresAt"));
    EXPECT_EQ(badField<SessionInfo>(bad), s("expiresAt")) << "a token comes with its expiry";
    bad = login.toJson();
    bad.insert(s("operator"), QJsonObject{{s("id"), 2}});
    EXPECT_EQ(badField<SessionInfo>(bad), s("operator.login"));
}

TEST(SessionBodies, HealthAndVpnCredentials)
{
    const HealthInfo h{s("ok"), s("0.1.0"), s("MNT-0001")};
    const auto health = HealthInfo::fromJson(h.toJson());
    ASSERT_TRUE(health.ok());
    EXPECT_EQ(health->toJson(), h.toJson());
    EXPECT_EQ(badField<HealthInfo>({{s("status"), s("ok")}}), s("version"));

    const VpnCredentials v{s("hub.example.jp"), s("box1"), s("pw")};
    const auto vpn = VpnCredentials::fromJson(v.toJson());
    ASSERT_TRUE(vpn.ok());
    EXPECT_EQ(vpn->toJson(), v.toJson());
    EXPECT_EQ(badField<VpnCredentials>({{s("password"), 1}}), s("password"));
}

TEST(DeviceBodies, DeviceAndPortCreate)
{
    const auto device = DeviceCreate::fromJson(DeviceCreate{s("10.1.0.5")}.toJson());
    ASSERT_TRUE(device.ok());
    EXPECT_EQ(device->ip, s("10.1.0.5"));
    EXPECT_EQ(badField<DeviceCreate>({{s("ip"), s("10.1.0.300")}}), s("ip"));
    EXPECT_EQ(badField<DeviceCreate>({}), s("ip"));

    const auto port = PortCreate::fromJson({{s("port"), 22}, {s("protocol"), s("ssh")}});
    ASSERT_TRUE(port.ok()) << port.error().message.toStdString();
    EXPECT_EQ(port->port, 22);
    EXPECT_EQ(port->protocol, s("SSH")) << "normalised as the box stores it";
    EXPECT_EQ(PortCreate::fromJson(port->toJson())->protocol, s("SSH"));
    EXPECT_EQ(badField<PortCreate>({{s("port"), 0}}), s("port"));
    EXPECT_EQ(PortCreate::fromJson({{s("port"), 70}, {s("protocol"), s("Gopher")}})->protocol, s("Gopher"))
        << "a name the box does not know is kept as typed";
    EXPECT_EQ(badField<PortCreate>({{s("port"), 22}, {s("protocol"), QString(40, u'x')}}), s("protocol"));
}

TEST(DeviceBodies, CountsAndIdsAnswered)
{
    const auto cleared = ClearNewResult::fromJson(ClearNewResult{3}.toJson());
    ASSERT_TRUE(cleared.ok());
    EXPECT_EQ(cleared->cleared, 3);
    EXPECT_EQ(badField<ClearNewResult>({{s("cleared"), -1}}), s("cleared"));

    const auto removed = RemovedIds::fromJson(RemovedIds{{4, 9}}.toJson());
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->removed, (QList<qint64>{4, 9}));
    EXPECT_EQ(badField<RemovedIds>({{s("removed"), QJsonArray{1, s("2")}}}), s("removed[1]"));
    EXPECT_EQ(badField<RemovedIds>({}), s("removed"));
}

// Found by fuzz_api_bodies: a number beyond qint64 was cast to it (undefined behaviour) before it was
// refused. Ids go up to 2^53, the largest whole number a JSON number holds exactly.
TEST(DeviceBodies, IdsBeyondQint64AreRefusedBeforeTheCast)
{
    const double huge = 3.3e87;
    const auto ids = idsFromJson({{s("ids"), QJsonArray{1, huge}}}, s("device ids"));
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(ids.error().field, s("ids[1]"));
    EXPECT_EQ(badField<RemovedIds>({{s("removed"), QJsonArray{huge}}}), s("removed[0]"));
    EXPECT_FALSE(idArrayFromJson(QJsonArray{9223372036854775808.0}, s("ids")).ok());
    const auto top = idsFromJson({{s("ids"), QJsonArray{9007199254740992.0}}}, s("device ids"));
    ASSERT_TRUE(top.ok());
    EXPECT_EQ(top->value(0), Q_INT64_C(9007199254740992));
}
