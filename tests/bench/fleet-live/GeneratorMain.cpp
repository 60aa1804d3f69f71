// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet of made-up boxes on loopback for the console to watch (docs/PERFORMANCE.md, "The
// console against a live fleet"):
//   fleet_live_gen [--boxes N] [--keepalive-s S] [--devices D] [--threads T]
// Reads the operators' password as the first line of stdin (never argv), prints one line
// "box INDEX PORT FINGERPRINT" per box and "ready", then answers the commands of LiveFleet.
#include "LiveBox.h"
#include "LiveFleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace mente::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A dropped box closes connections by the hundred: the HTTP layer's note for each is noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("mente.http.debug=false"));
    QCommandLineParser cli;
    cli.addOption(
        {QStringLiteral("boxes"), QStringLiteral("Boxes to serve."), QStringLiteral("n"), QStringLiteral("1000")});
    cli.addOption({QStringLiteral("keepalive-s"), QStringLiteral("Seconds between keep-alive comments."),
                   QStringLiteral("s"), QStringLiteral("15")});
    cli.addOption(
        {QStringLiteral("devices"), QStringLiteral("Devices per box."), QStringLiteral("n"), QStringLiteral("20")});
    cli.addOption({QStringLiteral("threads"), QStringLiteral("Threads the boxes are spread over."), QStringLiteral("n"),
                   QStringLiteral("4")});
    cli.addHelpOption();
    cli.process(app);
    const int boxes = cli.value(QStringLiteral("boxes")).toInt();
    const int keepalive = cli.value(QStringLiteral("keepalive-s")).toInt();
    const int devices = cli.value(QStringLiteral("devices")).toInt();
    const int threads = cli.value(QStringLiteral("threads")).toInt();
    if (boxes < 1 || boxes > 5000 || keepalive < 1 || devices < 0 || devices > 2000 || threads < 1 || threads > 64) {
        std::fprintf(stderr,
                     "fleet_live_gen: --boxes 1..5000, --keepalive-s >= 1, --devices 0..2000, --threads 1..64\n");
        return 2;
    }
    // The first line byte by byte: a buffered read could swallow commands the notifier then misses.
    QByteArray password;
    for (char c = 0; ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n';)
        password.append(c);
    if (password.isEmpty()) {
        std::fprintf(stderr, "fleet_live_gen: the password must be the first line of stdin\n");
        return 2;
    }

    QTemporaryDir certs;
    LiveFleet fleet;
    QString error;
    if (!certs.isValid()
        || !fleet.start(boxes, threads, certs.path(), QString::fromUtf8(password), keepalive, devices, &error)) {
        std::fprintf(stderr, "fleet_live_gen: %s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0; i < fleet.boxes().size(); ++i)
        std::printf("box %d %u %s\n", i, unsigned(fleet.boxes().at(i)->port()),
                    qPrintable(fleet.boxes().at(i)->fingerprint()));
    std::printf("ready\n");
    std::fflush(stdout);

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&]() {
        char buf[4096];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            QCoreApplication::quit(); // the harness went away
            return;
        }
        pending.append(buf, n);
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0;) {
            const QString line = QString::fromUtf8(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            const QString answer = fleet.command(line);
            if (!answer.isEmpty()) {
                std::printf("%s\n", qPrintable(answer));
                std::fflush(stdout);
            }
        }
    });
    QObject::connect(&fleet, &LiveFleet::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
