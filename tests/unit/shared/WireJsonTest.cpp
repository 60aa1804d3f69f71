// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Box.h"
#include "shared/Customer.h"
#include "shared/Device.h"
#include "shared/Event.h"
#include "shared/JsonReader.h"
#include "shared/Licence.h"
#include "shared/Operator.h"
#include "support/SeedExample.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mente;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

QJsonObject goodCustomer()
{
    return {{s("company"), s("株式会社テスト")},
            {s("companyKana"), s("カブシキガイシャテスト")},
            {s("contactFamily"), s("山田")},
            {s("contactFamilyKana"), s("ヤマダ")},
            {s("contactGiven"), s("太郎")},
            {s("contactGivenKana"), s("タロウ")},
            {s("postalCode"), s("100-0001")},
            {s("prefecture"), s("東京都")},
            {s("address1"), s("千代田区千代田1-1")},
            {s("email"), s("taro@example.jp")},
            {s("phone"), s("03-1234-5678")},
            {s("subdomain"), s("test-co")},
            {s("notify"), QJsonObject{{s("vpn"), true}}}};
}
} // namespace

TEST(WireJson, BodyMustBeAJsonObject)
{
    EXPECT_FALSE(parseJsonObject("").ok());
    EXPECT_FALSE(parseJsonObject("{").ok());
    EXPECT_FALSE(parseJsonObject("[1,2]").ok());
    EXPECT_EQ(parseJsonObject("{bad json").error().code, s("json"));
    EXPECT_TRUE(parseJsonObject(R"({"a":1})").ok());
}

TEST(WireJson, CustomerRoundTrip)
{
    const auto customer = Customer::fromJson(goodCustomer());
    ASSERT_TRUE(customer.ok()) << customer.error().message.toStdString();
    EXPECT_EQ(customer->reportDay, 31);
    EXPECT_TRUE(customer->notify.vpn);
    EXPECT_FALSE(customer->notify.box);
    const auto again = Customer::fromJson(customer->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->company, customer->company);
    EXPECT_EQ(again->subdomain, s("test-co"));
}

// The seed's own example (§29 ①) registers as the manual writes it, and is stored unchanged.
TEST(WireJson, TheSeedsRegistrationExampleIsAcceptedUnchanged)
{
    const QJsonObject example = mente::test::seedRegistrationExample();
    const auto customer = Customer::fromJson(example);
    ASSERT_TRUE(customer.ok()) << customer.error().field.toStdString() << ": "
                               << customer.error().message.toStdString();
    const QJsonObject stored = customer->toJson();
    for (auto it = example.begin(); it != example.end(); ++it)
        EXPECT_EQ(stored.value(it.key()), it.value()) << it.key().toStdString();
}

TEST(WireJson, FullWidthPhoneAndPostalCodeAreStoredHalfWidth)
{
    QJsonObject body = goodCustomer();
    body.insert(s("phone"), s("０３－６８２０－０３２６"));
    body.insert(s("postalCode"), s("〒１７４－００５６"));
    const auto customer = Customer::fromJson(body);
    ASSERT_TRUE(customer.ok()) << customer.error().message.toStdString();
    EXPECT_EQ(customer->phone, s("03-6820-0326"));
    EXPECT_EQ(customer->postalCode, s("174-0056"));
}

TEST(WireJson, CustomerErrorsNameTheField)
{
    struct Case
    {
        const char *field;
        QJsonValue value;
    };
    const Case cases[] = {
        {"email", s("not-an-email")}, {"phone", s("abc")},        {"subdomain", s("Bad_Name")},
        {"postalCode", s("12")},      {"companyKana", s("仮名")}, {"reportDay", 32},
        {"reportDay", s("5")},        {"company", QJsonValue()},  {"company", 12},
        {"language", s("fr")},        {"mailOnFault", s("yes")},  {"notify", s("on")},
        {"prefecture", s("Tokyo")},   {"phone", s("036820032")},
    };
    for (const Case &c : cases) {
        QJsonObject body = goodCustomer();
        body.insert(s(c.field), c.value);
        const auto result = Customer::fromJson(body);
        ASSERT_FALSE(result.ok()) << c.field;
        EXPECT_EQ(result.error().field, s(c.field)) << result.error().message.toStdString();
    }
    QJsonObject body = goodCustomer();
    body.insert(s("notify"), QJsonObject{{s("box"), 1}});
    EXPECT_EQ(Customer::fromJson(body).error().field, s("notify.box"));
    body = goodCustomer();
    body.remove(s("email"));
    EXPECT_EQ(Customer::fromJson(body).error().field, s("email"));
}

TEST(WireJson, OperatorDraftCreateNeedsEveryField)
{
    QJsonObject body{{s("admin"), false},
                     {s("name"), s("鈴木一郎")},
                     {s("email"), s("ichiro@example.jp")},
                     {s("phone"), s("03-6820-0328")},
                     {s("login"), s("ichiro")},
                     {s("password"), s("Tokyo2026x")}};
    auto draft = OperatorDraft::fromJson(body, OperatorDraft::Mode::Create);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    EXPECT_EQ(*draft->login, s("ichiro"));
    for (const char *field : {"admin", "name", "email", "phone", "login", "password"}) {
        QJsonObject missing = body;
        missing.remove(s(field));
        const auto result = OperatorDraft::fromJson(missing, OperatorDraft::Mode::Create);
        ASSERT_FALSE(result.ok()) << field;
        EXPECT_EQ(result.error().field, s(field));
    }
    body.insert(s("password"), s("short"));
    EXPECT_EQ(OperatorDraft::fromJson(body, OperatorDraft::Mode::Create).error().field, s("password"));
    EXPECT_TRUE(OperatorDraft::fromJson({{s("name"), s("x")}}, OperatorDraft::Mode::Update).ok());
    EXPECT_EQ(OperatorDraft::fromJson({{s("enabled"), s("no")}}, OperatorDraft::Mode::Update).error().field,
              s("enabled"));
}

TEST(WireJson, OperatorNeverCarriesAPassword)
{
    Operator op;
    op.id = 3;
    op.login = s("ichiro");
    const QJsonObject json = op.toJson();
    EXPECT_FALSE(json.contains(s("password")));
    const auto back = Operator::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->login, s("ichiro"));
}

TEST(WireJson, LicenceKeyBody)
{
    EXPECT_EQ(licenceKeyFromJson({{s("key"), s("1234-5678-9abc-defr")}}).value(), s("1234-5678-9ABC-DEFR"));
    EXPECT_EQ(licenceKeyFromJson({{s("key"), s("1234-5678-9ABC-DEF0")}}).error().field, s("key"));
    EXPECT_EQ(licenceKeyFromJson({}).error().field, s("key"));
    const Licence licence = Licence::startingOn(s("1234-5678-9ABC-DEFR"), QDate(2026, 11, 25));
    EXPECT_EQ(licence.endDate, QDate(2027, 11, 24));
    EXPECT_TRUE(licence.validOn(QDate(2027, 11, 24)));
    EXPECT_FALSE(licence.validOn(QDate(2027, 11, 25)));
}

TEST(WireJson, DeviceAndPatches)
{
    Device d;
    d.id = 7;
    d.ip = s("10.0.0.5");
    d.state = HealthState::Fault;
    Port p;
    p.id = 9;
    p.port = 2222;
    p.protocol = s("SSH");
    d.ports.append(p);
    const auto back = Device::fromJson(d.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->state, HealthState::Fault);
    ASSERT_EQ(back->ports.size(), 1);
    EXPECT_EQ(back->ports.first().port, 2222);

    QJsonObject broken = d.toJson();
    QJsonArray ports{QJsonObject{{s("id"), 1}, {s("port"), 70000}}};
    broken.insert(s("ports"), ports);
    EXPECT_EQ(Device::fromJson(broken).error().field, s("ports[0].port"));

    EXPECT_EQ(DevicePatch::fromJson({{s("monitor"), s("on")}}).error().field, s("monitor"));
    EXPECT_EQ(DevicePatch::fromJson({{s("accessUrl"), s("not a url")}}).error().field, s("accessUrl"));
    EXPECT_FALSE(DevicePatch::fromJson({}).ok());
    EXPECT_EQ(PortPatch::fromJson({{s("protocol"), s("ssh")}}).value().protocol, s("SSH"));
    EXPECT_EQ(PortPatch::fromJson({{s("protocol"), 5}}).error().field, s("protocol"));
}

TEST(WireJson, StatusAndEvent)
{
    BoxStatus status;
    status.serial = s("MB-0001");
    status.deviceState = HealthState::Fault;
    const auto back = BoxStatus::fromJson(status.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->deviceState, HealthState::Fault);
    QJsonObject bad = status.toJson();
    bad.insert(s("vpnState"), s("broken"));
    EXPECT_EQ(BoxStatus::fromJson(bad).error().field, s("vpnState"));

    Event e;
    e.seq = 4;
    e.kind = s("port");
    e.id = 2;
    e.from = s("ok");
    e.to = s("fault");
    const auto event = Event::fromJson(e.toJson());
    ASSERT_TRUE(event.ok());
    EXPECT_EQ(event->to, s("fault"));
    EXPECT_EQ(Event::fromJson({{s("kind"), s("x")}}).error().field, s("seq"));
}

TEST(WireJson, ReaderRefusesControlCharactersAndFractions)
{
    JsonReader r(QJsonObject{{s("a"), s("x\u0001y")}});
    r.string(s("a"), JsonReader::Required);
    EXPECT_EQ(r.error().field, s("a"));
    JsonReader n(QJsonObject{{s("n"), 1.5}});
    n.integer(s("n"), JsonReader::Required, 0, 10);
    EXPECT_EQ(n.error().field, s("n"));
}
