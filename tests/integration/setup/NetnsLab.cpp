// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetnsLab.h"

#include <QList>
#include <QProcess>

#include <unistd.h>

namespace mente::test {

QString run(const QStringList &argv, int *code)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(15000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

Namespace::Namespace(QString subnetPrefix)
    : name(QStringLiteral("mente-setup-%1").arg(getpid()))
    , hostIf(QStringLiteral("mst%1h").arg(getpid() % 1000000))
    , nsIf(QStringLiteral("mst%1n").arg(getpid() % 1000000))
    , subnet(QStringLiteral("%1.%2").arg(subnetPrefix).arg(getpid() % 200 + 20))
{}

bool Namespace::create(QString *error, bool innerAddress)
{
    remove();
    QList<QStringList> steps{
        {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), name},
        {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"), hostIf, QStringLiteral("type"),
         QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), nsIf},
        {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), nsIf, QStringLiteral("netns"), name},
        {QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"), subnet + QStringLiteral(".1/24"),
         QStringLiteral("dev"), hostIf},
        {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), hostIf, QStringLiteral("up")},
        {QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"),
         QStringLiteral("lo"), QStringLiteral("up")},
    };
    if (innerAddress)
        steps.append({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("addr"), QStringLiteral("add"),
                      subnet + QStringLiteral(".2/24"), QStringLiteral("dev"), nsIf});
    steps.append({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"), nsIf,
                  QStringLiteral("up")});
    for (const QStringList &step : steps) {
        int code = 0;
        const QString out = run(step, &code);
        if (code != 0) {
            *error = step.join(QLatin1Char(' ')) + QStringLiteral(": ") + out;
            return false;
        }
    }
    made = true;
    return true;
}

void Namespace::remove()
{
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), name});
    run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), hostIf});
}

QString Namespace::addresses() const
{
    return run({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("-4"), QStringLiteral("-o"),
                QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("dev"), nsIf});
}

QString Namespace::defaultRoute() const
{
    return run({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("-4"), QStringLiteral("route"),
                QStringLiteral("show"), QStringLiteral("default")});
}

bool canMakeNamespaces()
{
    if (geteuid() != 0)
        return false;
    const QString probe = QStringLiteral("mente-probe-%1").arg(getpid());
    int code = 0;
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), probe}, &code);
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), probe});
    return code == 0;
}

} // namespace mente::test
