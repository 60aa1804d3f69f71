// SPDX-License-Identifier: GPL-3.0-or-later
// The shared body types read what the real box sends: a scan, a mute, a discovery run and the
// events they cause, through paths built from the route table.
#include "../box/BoxFixture.h"
#include "shared/DeviceBodies.h"
#include "shared/DiscoveryRun.h"
#include "shared/EventDetails.h"
#include "shared/MailServer.h"
#include "shared/Mute.h"
#include "shared/ScanRecord.h"
#include "shared/SessionBodies.h"
#include "shared/api/RouteTable.h"
#include "support/QtPrinters.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSet>
#include <QTcpServer>
#include <QThread>

using namespace mente;
using namespace mente::test;
using api::RouteId;

namespace {
template<typename T> T parsed(const Result<T> &result, const char *what)
{
    EXPECT_TRUE(result.ok()) << what << ": "
                             << (result.ok() ? std::string()
                                             : (result.error().field + u' ' + result.error().message).toStdString());
    return result.ok() ? result.value() : T{};
}
} // namespace

TEST_F(BoxTest, SharedTypesReadWhatTheBoxSends)
{
    startBox(s("[scan]\nmethod=connect\nbanner_wait_ms=100\nprobe_timeout_ms=1000\n"));
    QTcpServer service; // one open port on loopback for the scan to find
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost));

    const HealthInfo health = parsed(HealthInfo::fromJson(admin->get(api::path(RouteId::Health)).json()), "health");
    EXPECT_EQ(health.status, s("ok"));
    const SessionInfo session =
        parsed(SessionInfo::fromJson(admin->get(api::path(RouteId::SessionShow)).json()), "GET /session");
    EXPECT_EQ(session.op.login, s("admin"));
    EXPECT_FALSE(session.mustChangePassword);

    const HttpReply added = admin->post(api::path(RouteId::DeviceCreate), DeviceCreate{s("127.0.0.1")}.toJson());
    ASSERT_EQ(added.status, 201) << added.body.toStdString();
    const qint64 deviceId = added.json().value(s("id")).toInteger();

    // Before any sweep the box has a run of its own kind.
    const DiscoveryRun never =
        parsed(DiscoveryRun::fromJson(admin->get(api::path(RouteId::DiscoveryShow)).json()), "GET /discovery");
    EXPECT_EQ(never.state, s("never"));

    // A scan: started, followed to its end, read as a ScanRecord.
    const ScanRequest request{QString::number(service.serverPort())};
    const HttpReply started = admin->post(api::path(RouteId::DeviceScan, deviceId), request.toJson());
    ASSERT_EQ(started.status, 202) << started.body.toStdString();
    const ScanStarted scan = parsed(ScanStarted::fromJson(started.json()), "POST /scan");
    ScanRecord record;
    for (QDeadlineTimer deadline(30000); !deadline.hasExpired(); QThread::msleep(100)) {
        record = parsed(ScanRecord::fromJson(admin->get(api::path(RouteId::ScanShow, scan.scanId)).json()),
                        "GET /scans/{id}");
        if (record.state != s("running"))
            break;
    }
    ASSERT_EQ(record.state, s("done")) << record.error.toStdString();
    EXPECT_EQ(record.percent(), 100);
    ASSERT_EQ(record.openPorts.size(), 1);
    EXPECT_EQ(record.openPorts.at(0).port, service.serverPort());

    // Monitoring switched on and off: two "monitor" events.
    for (const bool on : {true, false}) {
        const HttpReply r = admin->patch(api::path(RouteId::DeviceUpdate, deviceId), {{s("monitor"), on}});
        ASSERT_EQ(r.status, 200) << r.body.toStdString();
    }

    // A maintenance window, listed, then ended.
    const HttpReply muted = admin->post(api::path(RouteId::MuteCreate),
                                        {{s("kind"), s("device")}, {s("id"), deviceId}, {s("minutes"), 30}});
    ASSERT_EQ(muted.status, 201) << muted.body.toStdString();
    const Mute mute = parsed(Mute::fromJson(muted.json()), "POST /mutes");
    EXPECT_EQ(mute.targetId, deviceId);
    const QJsonArray mutes = admin->get(api::path(RouteId::MuteList)).jsonArray();
    ASSERT_EQ(mutes.size(), 1);
    EXPECT_EQ(parsed(Mute::fromJson(mutes.at(0).toObject()), "GET /mutes").id, mute.id);
    EXPECT_EQ(admin->del(api::path(RouteId::MuteDelete, mute.id)).status, 204);

    // Every event the box recorded reads as an Event whose detail is the type of its kind.
    const QJsonArray events = admin->get(api::path(RouteId::EventList) + s("?after=0&limit=1000")).jsonArray();
    QSet<QString> kinds;
    for (const QJsonValue &value : events) {
        const Event event = parsed(Event::fromJson(value.toObject()), "event");
        kinds.insert(event.kind);
        const auto detail = parseEventDetail(event);
        EXPECT_TRUE(detail.ok()) << event.kind.toStdString() << " #" << event.seq << ": "
                                 << (detail.ok()
                                         ? std::string()
                                         : (detail.error().field + u' ' + detail.error().message).toStdString());
        if (detail.ok() && event.kind == s("scan")) {
            EXPECT_EQ(std::get<ScanProgressDetail>(detail.value()).deviceId, deviceId);
        }
    }
    for (const char *kind : {"scan", "monitor", "mute"})
        EXPECT_TRUE(kinds.contains(s(kind)))
            << "no " << kind << " event among " << kinds.values().join(u',').toStdString();
}

// The SMTP settings: what the box answers reads as a MailServer, and a MailServerUpdate the
// console would send is taken as it is (the password only as passwordSet).
TEST_F(BoxTest, SharedMailServerTypesReadAndWriteTheBoxsMailSettings)
{
    startBox();
    const MailServer before = parsed(MailServer::fromJson(admin->get(api::path(RouteId::BoxMailShow)).json()),
                                     "GET /box/mail");
    EXPECT_FALSE(before.passwordSet);
    MailServerUpdate update;
    update.server.smtpUrl = s("smtps://mail.example.jp:465");
    update.server.security = s("tls");
    update.server.user = s("box01");
    update.server.from = s("box@example.jp");
    update.server.repeatMin = 15;
    update.password = s("Contract-Pass-1");
    const HttpReply put = admin->put(api::path(RouteId::BoxMailUpdate), update.toJson());
    ASSERT_EQ(put.status, 200) << put.body.toStdString();
    const MailServer after = parsed(MailServer::fromJson(put.json()), "PUT /box/mail");
    EXPECT_EQ(after.smtpUrl, update.server.smtpUrl);
    EXPECT_EQ(after.security, update.server.security);
    EXPECT_EQ(after.user, update.server.user);
    EXPECT_EQ(after.from, update.server.from);
    EXPECT_DOUBLE_EQ(after.repeatMin, 15);
    EXPECT_TRUE(after.passwordSet);
    EXPECT_FALSE(put.body.contains("Contract-Pass-1"));
    EXPECT_EQ(admin->get(api::path(RouteId::BoxMailShow)).json(), put.json());
}
