// SPDX-License-Identifier: GPL-3.0-or-later
// scan_bench HOST PORTS [--no-identify] [--connect] [--in-flight N]: scans HOST's PORTS ("1-65535") with the box's
// engine and prints one JSON line: elapsed milliseconds and every open port with its protocol.
#include "scan/PortList.h"
#include "scan/ScanJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: scan_bench HOST PORTS [--no-identify]\n";
        return 2;
    }
    const QHostAddress host(args.at(1));
    const auto ports = mente::box::PortList::parse(args.at(2));
    if (host.isNull() || !ports.ok()) {
        err << "bad host or port list\n";
        return 2;
    }
    mente::box::ScanJobOptions options;
    const qsizetype inFlight = args.indexOf(QStringLiteral("--in-flight"));
    if (inFlight > 0 && inFlight + 1 < args.size())
        options.scanner.maxInFlight = args.at(inFlight + 1).toInt();
    options.scanner.method =
        args.contains(QStringLiteral("--connect")) ? mente::box::ScanMethod::Connect : mente::box::ScanMethod::Auto;
    if (args.contains(QStringLiteral("--no-identify")))
        options.maxIdentified = 0;
    mente::box::ScanJob job(host, ports.value(), options);
    QElapsedTimer clock;
    QObject::connect(&job, &mente::box::ScanJob::finished, &app, [&] {
        const qint64 elapsed = clock.elapsed();
        QJsonArray open;
        for (const auto &id : job.openPorts())
            open.append(QJsonObject{{QStringLiteral("port"), id.port},
                                    {QStringLiteral("protocol"), id.protocol},
                                    {QStringLiteral("banner"), id.banner}});
        const QJsonObject out{{QStringLiteral("elapsedMs"), elapsed},
                              {QStringLiteral("scanMs"), qint64(job.summary().elapsed.count())},
                              {QStringLiteral("failed"), job.failed()},
                              {QStringLiteral("method"), job.summary().method},
                              {QStringLiteral("open"), open}};
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        app.exit(job.failed() ? 1 : 0);
    });
    clock.start();
    job.start();
    return app.exec();
}
