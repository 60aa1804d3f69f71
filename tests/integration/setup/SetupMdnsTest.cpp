// SPDX-License-Identifier: GPL-3.0-or-later
// Seed §4 reaches the box by name. The real avahi-daemon runs inside a test network namespace on
// a private D-Bus bus (its own dbus-daemon, told to the box and to avahi-browse through
// DBUS_SYSTEM_BUS_ADDRESS); the real mente-box announces itself through it; avahi-browse and
// avahi-resolve (avahi-utils) read the records back, and the API is reached at the announced
// address and port with the announced fingerprint pinned. Browsing happens on the same daemon
// that publishes (one namespace), so this proves the records, not multicast between two hosts.
// Needs root, iproute2, dbus-daemon, avahi-daemon and avahi-utils (scripts/packages.txt).
#include "NetnsLab.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"
#include "ui/AddBoxDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {

const QString kSerial = QStringLiteral("MDNS7K3MQ2R9");

void writeFile(const QString &path, const QString &text, bool executable = false)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(path);
    f.write(text.toUtf8());
    f.close();
    if (executable)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Reads a process's output until it contains text or the time is up.
bool waitForOutput(QProcess &p, QByteArray &seen, const QByteArray &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && !seen.contains(text)) {
        p.waitForReadyRead(200);
        seen += p.readAll();
    }
    return seen.contains(text);
}

class SetupMdnsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(ns.create(&error)) << qPrintable(error);
        ASSERT_TRUE(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("bus"));
        writeFile(dir.filePath(QStringLiteral("bus.conf")),
                  QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                 "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                 "<busconfig><type>system</type><listen>unix:path=%1</listen><auth>EXTERNAL</auth>"
                                 "<policy context=\"default\"><allow user=\"*\"/><allow own=\"*\"/>"
                                 "<allow send_destination=\"*\"/><allow receive_sender=\"*\"/></policy></busconfig>\n")
                      .arg(socket));
        bus.setProcessChannelMode(QProcess::MergedChannels);
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                   QStringLiteral("--config-file=") + dir.filePath(QStringLiteral("bus.conf"))});
        QByteArray busOut;
        ASSERT_TRUE(waitForOutput(bus, busOut, "unix:", 5000)) << "dbus-daemon did not start: " << busOut.constData();
        m_busAddress = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", (QStringLiteral("unix:path=") + socket).toLocal8Bit());

        writeFile(dir.filePath(QStringLiteral("avahi.conf")),
                  QStringLiteral("[server]\nuse-ipv4=yes\nuse-ipv6=no\nenable-dbus=yes\nallow-interfaces=%1\n"
                                 "[publish]\npublish-hinfo=no\npublish-workstation=no\n")
                      .arg(ns.nsIf));
        // avahi-daemon keeps its pid file in /run/avahi-daemon: a private mount of its own there.
        avahi.setProcessChannelMode(QProcess::MergedChannels);
        avahi.start(QStringLiteral("ip"),
                    {QStringLiteral("netns"), QStringLiteral("exec"), ns.name, QStringLiteral("unshare"),
                     QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("mkdir -p /run/avahi-daemon && mount -t tmpfs none /run/avahi-daemon && exec "
                                    "avahi-daemon -f %1 --no-drop-root --no-chroot --no-rlimits")
                         .arg(dir.filePath(QStringLiteral("avahi.conf")))});
        QByteArray avahiOut;
        ASSERT_TRUE(waitForOutput(avahi, avahiOut, "Server startup complete", 10000))
            << "avahi-daemon did not start: " << avahiOut.constData();

        const QString wrapper = dir.filePath(QStringLiteral("in-netns.sh"));
        ASSERT_NO_FATAL_FAILURE(writeFile(
            wrapper, QStringLiteral("#!/bin/sh\nexec ip netns exec %1 %2 \"$@\"\n").arg(ns.name, BoxProcess::binary()),
            true));
        m_binary = qgetenv("MENTE_BOX_BINARY");
        qputenv("MENTE_BOX_BINARY", wrapper.toLocal8Bit());
    }
    void TearDown() override
    {
        box.stop();
        qputenv("MENTE_BOX_BINARY", m_binary);
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_busAddress);
        for (QProcess *p : {&avahi, &bus}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
    }

    // avahi-browse's resolved lines (=;iface;IPv4;name;type;domain;host;address;port;txt) for a type.
    QStringList browse(const QString &type, const QString &mustContain)
    {
        const QDeadlineTimer deadline(10000);
        QStringList resolved;
        while (!deadline.hasExpired()) {
            resolved.clear();
            const QString out = run({QStringLiteral("avahi-browse"), QStringLiteral("-rtpk"), QStringLiteral("-d"),
                                     QStringLiteral("local"), type});
            for (const QString &line : out.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("=;")) && line.contains(mustContain))
                    resolved << line;
            if (!resolved.isEmpty())
                return resolved;
            QThread::msleep(300);
        }
        return resolved;
    }

    void startAnnouncedBox()
    {
        box.setConfig(QStringLiteral("[box]\nserial=%1\n[network]\nannounce=on\n").arg(kSerial));
        ASSERT_TRUE(box.start({QStringLiteral("--api-listen"), QStringLiteral("0.0.0.0:0"),
                               QStringLiteral("--setup-listen"), QStringLiteral("0.0.0.0:0")}))
            << qPrintable(box.output());
    }

    Namespace ns{QStringLiteral("10.232")};
    QTemporaryDir dir;
    QProcess bus;
    QProcess avahi;
    BoxProcess box;

private:
    QByteArray m_binary;
    QByteArray m_busAddress;
};

TEST_F(SetupMdnsTest, TheBoxIsAnnouncedByNameWithItsSerialAndFingerprint)
{
    ASSERT_NO_FATAL_FAILURE(startAnnouncedBox());
    const QString host = QStringLiteral("mente-%1.local").arg(kSerial.toLower());
    const QString apiPort = box.apiUrl().section(QLatin1Char(':'), -1);
    const QString setupPort = box.setupUrl().section(QLatin1Char(':'), -1);

    const QStringList api = browse(QStringLiteral("_https._tcp"), host);
    ASSERT_FALSE(api.isEmpty()) << "not announced; box said: " << qPrintable(box.output());
    const QStringList f = api.first().split(QLatin1Char(';'));
    ASSERT_GE(f.size(), 10) << qPrintable(api.first());
    EXPECT_EQ(f.at(3), QStringLiteral("Mente\\032box\\032%1").arg(kSerial));
    EXPECT_EQ(f.at(6), host);
    EXPECT_EQ(f.at(7), ns.subnet + QStringLiteral(".2"));
    EXPECT_EQ(f.at(8), apiPort);
    const QString txt = f.mid(9).join(QLatin1Char(';'));
    EXPECT_TRUE(txt.contains(QStringLiteral("\"serial=%1\"").arg(kSerial))) << qPrintable(txt);
    EXPECT_TRUE(txt.contains(QStringLiteral("\"fp=%1\"").arg(box.fingerprint()))) << qPrintable(txt);

    // The console browses the subtype; the setup page is plain _http._tcp.
    EXPECT_FALSE(browse(QStringLiteral("_mente._sub._https._tcp"), host).isEmpty());
    const QStringList setup = browse(QStringLiteral("_http._tcp"), host);
    ASSERT_FALSE(setup.isEmpty());
    EXPECT_EQ(setup.first().split(QLatin1Char(';')).value(8), setupPort);

    // The name resolves, and the API answers there with the announced fingerprint pinned.
    const QString resolved = run({QStringLiteral("avahi-resolve"), QStringLiteral("-4"), QStringLiteral("-n"), host});
    EXPECT_TRUE(resolved.contains(ns.subnet + QStringLiteral(".2"))) << qPrintable(resolved);
    const QString fp = txt.section(QStringLiteral("\"fp="), 1).section(QLatin1Char('"'), 0, 0);
    HttpsClient client(QStringLiteral("https://%1:%2").arg(f.at(7), apiPort), fp);
    EXPECT_EQ(client.login(QStringLiteral("admin"), QStringLiteral("admin")).status, 200);
}

// The console's "Add a box" dialog lists the box it browsed through avahi-daemon (D-Bus) and fills
// in its address when picked. The only test here that uses D-Bus in this process: Qt keeps its
// first system-bus connection, and each test has a bus of its own.
TEST_F(SetupMdnsTest, TheConsolesAddBoxDialogListsTheAnnouncedBox)
{
    ASSERT_NO_FATAL_FAILURE(startAnnouncedBox());
    mente::console::AddBoxDialog dialog(nullptr);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("foundList"));
    ASSERT_NE(list, nullptr);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && list->count() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    ASSERT_EQ(list->count(), 1) << "nothing browsed; box said: " << qPrintable(box.output());
    const QString url = QStringLiteral("https://%1.2:%2").arg(ns.subnet, box.apiUrl().section(QLatin1Char(':'), -1));
    EXPECT_TRUE(list->item(0)->text().contains(kSerial)) << qPrintable(list->item(0)->text());
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("mente-%1.local").arg(kSerial.toLower())));
    EXPECT_TRUE(list->item(0)->toolTip().contains(box.fingerprint())) << qPrintable(list->item(0)->toolTip());
    list->setCurrentRow(0);
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text(), url);
    if (const QString shots = qEnvironmentVariable("MENTE_E2E_SCREENSHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        dialog.grab().save(shots + QStringLiteral("/add-box-dialog.png"));
    }

    // The box goes away: so does its line.
    box.stop();
    const QDeadlineTimer gone(10000);
    while (!gone.hasExpired() && list->count() > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    EXPECT_EQ(list->count(), 0);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
