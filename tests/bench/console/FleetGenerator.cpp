// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetGenerator.h"

#include <QRandomGenerator>

namespace mente::console::bench {

namespace {
const char *const Companies[] = {"株式会社アガペ", "山田商事", "Blue Harbor Ltd.", "北海道ネット",     "さくら歯科医院",
                                 "Tanaka Design",  "東京精機", "みなと会計事務所", "Green Field Inc.", "大阪物流"};
}

Status generateFleet(ConsoleStore &store, int boxes, int devicesPerBox, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.begin();
    for (int i = 0; i < boxes; ++i) {
        BoxRecord record;
        // Loopback, port 1: nothing listens, so a console that starts links never leaves the machine.
        record.url = QStringLiteral("https://127.0.%1.%2:1").arg(i / 250).arg(i % 250 + 1);
        record.login = QStringLiteral("admin");
        record.fingerprint = QStringLiteral("sha256:00:11:22");
        auto added = store.addBox(record);
        if (!added)
            return added.error();
        BoxStatus s;
        s.serial = QStringLiteral("MB%1").arg(100000 + i * 37 % 100000, 6, 10, QLatin1Char('0'));
        s.customerName = QStringLiteral("%1 %2").arg(QString::fromUtf8(Companies[i % 10])).arg(i);
        s.subdomain = QStringLiteral("site%1").arg(i);
        s.globalIp = QStringLiteral("203.0.%1.%2").arg(i / 250).arg(i % 250 + 1);
        s.localIp = QStringLiteral("192.168.%1.2/24").arg(i % 250);
        s.mac = QStringLiteral("02:00:00:%1:%2:01")
                    .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                    .arg(i & 0xff, 2, 16, QLatin1Char('0'));
        s.addressMode = i % 3 ? QStringLiteral("dhcp") : QStringLiteral("static");
        s.sshPort = 40000 + i;
        s.version = QStringLiteral("0.1.0");
        s.monitoredCount = int(random.bounded((devicesPerBox > 0 ? devicesPerBox : 40) + 1));
        s.deviceCount = devicesPerBox;
        const quint32 roll = random.bounded(100);
        s.deviceState = roll < 8 ? HealthState::Fault : roll < 85 ? HealthState::Ok : HealthState::Unknown;
        s.vpnState = random.bounded(100) < 3 ? HealthState::Fault : HealthState::Ok;
        s.boxState = HealthState::Ok;
        if (i % 7 != 3) {
            s.licenceKey = QStringLiteral("9F42-RRRH-YFV8-M7H%1").arg(QChar(u'A' + i % 20));
            s.licenceStart = now.date().addDays(-int(random.bounded(300)));
            s.licenceEnd = s.licenceStart.addYears(1).addDays(-1);
        }
        s.registered = true;
        s.at = now;
        if (Status st = store.saveStatus(added->id, s, now.addSecs(-qint64(random.bounded(60)))); !st)
            return st;
        if (devicesPerBox > 0) {
            QList<Device> devices;
            devices.reserve(devicesPerBox);
            for (int d = 0; d < devicesPerBox; ++d) {
                Device dev;
                dev.id = d + 1;
                dev.ip = QStringLiteral("192.168.%1.%2").arg(i % 250).arg(d + 10);
                dev.mac = QStringLiteral("00:a0:de:%1:%2:%3")
                              .arg(i % 100, 2, 10, QLatin1Char('0'))
                              .arg(d % 100, 2, 10, QLatin1Char('0'))
                              .arg(d % 7, 2, 10, QLatin1Char('0'));
                dev.hostname = QStringLiteral("host-%1").arg(d);
                dev.vendor = QStringLiteral("Vendor %1").arg(d % 5);
                dev.monitor = d < s.monitoredCount;
                dev.state = dev.monitor ? HealthState::Ok : HealthState::Unknown;
                Port port;
                port.id = d * 10 + 1;
                port.deviceId = dev.id;
                port.port = d % 2 ? 22 : 3389;
                port.protocol = d % 2 ? QStringLiteral("SSH") : QStringLiteral("RDP");
                dev.ports.append(port);
                devices.append(dev);
            }
            if (Status st = store.saveDevices(added->id, devices); !st)
                return st;
        }
    }
    store.commit();
    return success();
}

} // namespace mente::console::bench
