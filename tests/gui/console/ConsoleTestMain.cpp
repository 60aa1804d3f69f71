// SPDX-License-Identifier: GPL-3.0-or-later
// main() for console tests: a QApplication (widgets, offscreen) around GoogleTest.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    // The add-box dialog browses DNS-SD through avahi-daemon on the system bus: not on this
    // machine's LAN in a test (the mDNS test gives it a bus and an avahi-daemon of its own).
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/mente-test-no-system-bus");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mente-console-test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
