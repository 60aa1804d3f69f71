// SPDX-License-Identifier: GPL-3.0-or-later
// A new device on the customer's LAN, through the real mente-box: a network namespace this test
// makes is the LAN (its veth end is "the device", its MAC set by the test), the box sweeps it
// with [discovery] mail_new=true and delivers to a real SMTP sink. A MAC never seen gets one
// "device.new" event with vendor and address, one mail per operator, and a "new" mark that
// POST /devices/clear-new takes away; the same MAC at another address keeps its row.
#include "MailBoxSupport.h"
#include "MonitorHarness.h"
#include "SmtpSink.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace mente::test {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// 00:22:72 is American Micro-Fuel Device Corp. in the IEEE list (ieee-data).
const QString kFirstMac = s("00:22:72:00:00:31");
const QString kOtherMac = s("00:22:72:00:00:32");

class NewDeviceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(lan.ok()) << "the test's network namespace could not be made (needs root and iproute2)";
        ASSERT_TRUE(setMac(kFirstMac));
        ASSERT_TRUE(sink.start()) << sink.output().toStdString();
        box.setConfig(mailConfig(sink.port(),
                                 s("[lan]\ncidrs=%1/29\n[discovery]\nat_start=false\ninterval_h=0\nreverse_dns=false\n"
                                   "timeout_ms=300\nrate_pps=1000\nmail_new=true\n[monitor]\ngateway=none\n")
                                     .arg(lan.nsIp(0))));
        ASSERT_TRUE(box.start()) << box.output().toStdString();
        api = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
        prepareOperators(*api);
        // The admin (English) receives fault mail too: suzuki and tanaka write Japanese.
        ASSERT_EQ(api->put(s("/api/v1/operators/1"), {{s("receivesFaultMail"), true}}).status, 200);
        registerCustomerAndLicence(*api);
        ASSERT_TRUE(sink.waitForMails(5)) << "the registration and licence mails did not arrive";
        mailsBefore = int(sink.mails().size());
    }

    bool setMac(const QString &mac)
    {
        // The host forgets the old neighbour entry, as a LAN does when a device is replaced.
        NetNamespace::run({s("ip"), s("neigh"), s("flush"), s("dev"), lan.hostInterface()});
        return lan.exec({s("ip"), s("link"), s("set"), lan.nsInterface(), s("address"), mac});
    }

    QJsonObject sweep()
    {
        const HttpReply started = api->post(s("/api/v1/discovery"), {});
        EXPECT_EQ(started.status, 202) << started.body.constData();
        QJsonObject run;
        waitFor(
            [&] {
                run = api->get(s("/api/v1/discovery")).json();
                return run.value(s("state")).toString() != s("running");
            },
            20000);
        EXPECT_EQ(run.value(s("state")).toString(), s("done")) << QJsonDocument(run).toJson().constData();
        return run;
    }

    QJsonArray devices() { return api->get(s("/api/v1/devices")).jsonArray(); }

    QJsonObject deviceAt(const QString &ip)
    {
        for (const QJsonValue &v : devices())
            if (v.toObject().value(s("ip")).toString() == ip)
                return v.toObject();
        return {};
    }

    QList<QJsonObject> events(const QString &kind)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : api->get(s("/api/v1/events?after=0")).jsonArray())
            if (v.toObject().value(s("kind")).toString() == kind)
                out << v.toObject();
        return out;
    }

    NetNamespace lan{7};
    SmtpSink sink;
    BoxProcess box;
    std::unique_ptr<HttpsClient> api;
    int mailsBefore = 0;
};

TEST_F(NewDeviceTest, NewMacIsAnnouncedMailedMarkedAndClearedOnce)
{
    sweep();
    const QJsonObject device = deviceAt(lan.nsIp());
    ASSERT_FALSE(device.isEmpty()) << QJsonDocument(devices()).toJson().constData();
    EXPECT_EQ(device.value(s("mac")).toString().toLower(), kFirstMac);
    EXPECT_EQ(device.value(s("vendor")).toString(), s("American Micro-Fuel Device Corp."));
    EXPECT_TRUE(device.value(s("new")).toBool());

    const QList<QJsonObject> news = events(s("device.new"));
    ASSERT_EQ(news.size(), 1);
    EXPECT_EQ(news.first().value(s("id")).toInteger(), device.value(s("id")).toInteger());
    EXPECT_EQ(news.first().value(s("to")).toString(), lan.nsIp());
    const QJsonObject detail = news.first().value(s("detail")).toObject();
    EXPECT_EQ(detail.value(s("vendor")).toString(), s("American Micro-Fuel Device Corp."));
    EXPECT_EQ(detail.value(s("mac")).toString().toLower(), kFirstMac);

    // Three operators get fault mail (admin, suzuki, tanaka): one mail each, in their language.
    ASSERT_TRUE(sink.waitForMails(mailsBefore + 3)) << sink.output().toStdString();
    const QList<ReceivedMail> mails = sink.mails().mid(mailsBefore);
    const ReceivedMail *english = find(mails, s("admin@si.example.jp"), s("New device on the LAN"));
    ASSERT_NE(english, nullptr);
    EXPECT_TRUE(english->mail.body.contains(lan.nsIp())) << english->mail.body.toStdString();
    EXPECT_TRUE(english->mail.body.contains(s("American Micro-Fuel Device Corp.")));
    const ReceivedMail *japanese = find(mails, s("suzuki@si.example.jp"), s("新しい機器"));
    ASSERT_NE(japanese, nullptr);
    EXPECT_TRUE(japanese->mail.body.contains(lan.nsIp()));
    EXPECT_EQ(find(mails, s("hanako@customer.example.jp"), s("")), nullptr) << "the customer is not told";

    // A second sweep sees the same MAC: no second event, still marked until someone looks.
    sweep();
    EXPECT_EQ(events(s("device.new")).size(), 1);
    EXPECT_TRUE(deviceAt(lan.nsIp()).value(s("new")).toBool());

    // Bad input changes nothing and names the field.
    const HttpReply bad = api->post(s("/api/v1/devices/clear-new"), {{s("ids"), s("all")}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json().value(s("error")).toObject().value(s("field")).toString(), s("ids"));
    EXPECT_TRUE(deviceAt(lan.nsIp()).value(s("new")).toBool());

    const HttpReply cleared =
        api->post(s("/api/v1/devices/clear-new"), {{s("ids"), QJsonArray{device.value(s("id")).toInteger()}}});
    ASSERT_EQ(cleared.status, 200) << cleared.body.constData();
    EXPECT_EQ(cleared.json().value(s("cleared")).toInt(), 1);
    EXPECT_FALSE(deviceAt(lan.nsIp()).value(s("new")).toBool());
    EXPECT_EQ(api->post(s("/api/v1/devices/clear-new"), {}).json().value(s("cleared")).toInt(), 0);

    // A non-admin may clear too (an operator looking at the list); without a login nobody may.
    HttpsClient anonymous(box.apiUrl(), box.fingerprint());
    EXPECT_EQ(anonymous.post(s("/api/v1/devices/clear-new"), {}).status, 401);
}

TEST_F(NewDeviceTest, SameMacAtAnotherAddressKeepsItsRowAndANewMacThereIsNew)
{
    sweep();
    const qint64 id = deviceAt(lan.nsIp()).value(s("id")).toInteger();
    ASSERT_GT(id, 0);
    ASSERT_EQ(api->post(s("/api/v1/devices/clear-new"), {}).status, 200);
    const int mails = int(sink.mails().size());

    // The device gets another address from DHCP: same MAC, same row, no new-device event. (Hours
    // pass between sweeps on a real box: the box's neighbour table has long forgotten the old one.)
    ASSERT_TRUE(lan.exec({s("ip"), s("addr"), s("del"), lan.nsIp() + s("/24"), s("dev"), lan.nsInterface()}));
    ASSERT_TRUE(lan.addAddress(5));
    ASSERT_TRUE(NetNamespace::run({s("ip"), s("neigh"), s("flush"), s("dev"), lan.hostInterface()}));
    const QJsonObject run = sweep();
    const QJsonObject moved = deviceAt(lan.nsIp(5));
    EXPECT_EQ(moved.value(s("id")).toInteger(), id)
        << QJsonDocument(run).toJson().constData() << QJsonDocument(devices()).toJson().constData()
        << box.output().toStdString();
    EXPECT_FALSE(moved.value(s("new")).toBool());
    EXPECT_TRUE(deviceAt(lan.nsIp()).isEmpty()) << "the old address has no row of its own";
    EXPECT_EQ(events(s("device.new")).size(), 1);
    const QList<QJsonObject> moves = events(s("device.moved"));
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves.first().value(s("from")).toString(), lan.nsIp());
    EXPECT_EQ(moves.first().value(s("to")).toString(), lan.nsIp(5));

    // Another device (a MAC never seen) takes that address: new again, announced and mailed.
    ASSERT_TRUE(setMac(kOtherMac));
    sweep();
    const QJsonObject replaced = deviceAt(lan.nsIp(5));
    EXPECT_EQ(replaced.value(s("mac")).toString().toLower(), kOtherMac);
    EXPECT_TRUE(replaced.value(s("new")).toBool());
    EXPECT_EQ(events(s("device.new")).size(), 2);
    EXPECT_TRUE(sink.waitForMails(mails + 3)) << sink.output().toStdString();
}

} // namespace

} // namespace mente::test
