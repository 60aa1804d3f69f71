// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/OpenCommand.h"

#include "api/BoxClient.h"
#include "api/DevicesClient.h"
#include "app/ConsoleApplication.h"
#include "fleet/BoxLink.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "launch/SessionController.h"
#include "shared/Device.h"

#include <QHostAddress>
#include <QUrl>

namespace mente::console {

Result<OpenCommand::Arguments> OpenCommand::parse(const QStringList &values, const QString &via, bool printOnly)
{
    if (values.size() != 3)
        return Error::validation(QStringLiteral("open"), tr("--open needs SERIAL DEVICE-IP PORT."));
    Arguments a;
    a.serial = values.at(0).trimmed();
    if (a.serial.isEmpty())
        return Error::validation(QStringLiteral("serial"), tr("SERIAL is empty."));
    const QHostAddress ip(values.at(1).trimmed());
    if (ip.isNull() || ip.protocol() != QAbstractSocket::IPv4Protocol || ip.toString() != values.at(1).trimmed())
        return Error::validation(QStringLiteral("device-ip"),
                                 tr("DEVICE-IP \"%1\" is not an IPv4 address.").arg(values.at(1)));
    a.deviceIp = ip.toString();
    bool ok = false;
    const uint port = values.at(2).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return Error::validation(QStringLiteral("port"),
                                 tr("PORT \"%1\" is not a port number (1–65535).").arg(values.at(2)));
    a.port = quint16(port);
    if (!via.isEmpty()) {
        const SessionPath path = sessionPathFromName(via, &ok);
        if (!ok || path == SessionPath::Auto)
            return Error::validation(QStringLiteral("via"), tr("--via takes vpn or tunnel, not \"%1\".").arg(via));
        a.via = path;
    }
    a.printOnly = printOnly;
    return a;
}

OpenCommand::OpenCommand(ConsoleApplication *console, Arguments arguments, QObject *parent)
    : QObject(parent), m_console(console), m_args(std::move(arguments))
{}

void OpenCommand::run()
{
    qint64 boxId = 0;
    Fleet *fleet = m_console->fleet();
    for (int row = 0; row < fleet->size(); ++row)
        if (fleet->at(row).status.serial.compare(m_args.serial, Qt::CaseInsensitive) == 0)
            boxId = fleet->at(row).record.id;
    BoxLink *link = boxId ? m_console->controller()->link(boxId) : nullptr;
    if (!link) {
        fail(tr("No box with serial %1 in this console's fleet.").arg(m_args.serial));
        return;
    }
    BoxClient *client = link->client();
    DevicesClient(client).list(this, [this, client](const ApiResult<QList<Device>> &r) {
        if (!r.ok()) {
            fail(tr("The box did not list its devices: %1").arg(r.error().message));
            return;
        }
        for (const Device &d : r.value()) {
            const Device *device = &d;
            if (device->ip != m_args.deviceIp)
                continue;
            for (const Port &p : device->ports) {
                if (p.port != m_args.port)
                    continue;
                SessionController::Request request;
                request.client = client;
                request.deviceId = device->id;
                request.deviceIp = device->ip;
                request.user = device->accessUser;
                request.accessPath = QUrl(device->accessUrl).path();
                request.protocol = p.protocol;
                request.port = m_args.port;
                request.via = m_args.via;
                request.printOnly = m_args.printOnly;
                m_console->sessions()->open(request, this, [this](const SessionController::Outcome &out) {
                    if (!out.ok) {
                        fail(out.error);
                        return;
                    }
                    QString text = out.command;
                    if (out.path == SessionPath::Tunnel && m_args.printOnly)
                        text = tr("# through an SSH tunnel via the box: 127.0.0.1 and the port are chosen when the "
                                  "tunnel opens")
                               + QLatin1Char('\n') + text;
                    emit finished(0, text);
                });
                return;
            }
            fail(tr("Device %1 has no port %2 in the box's list.").arg(m_args.deviceIp).arg(m_args.port));
            return;
        }
        fail(tr("The box has no device %1.").arg(m_args.deviceIp));
    });
}

} // namespace mente::console
