// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/SetupServer.h"

#include "app/BoxContext.h"

#include <QHttpServerResponder>

namespace mente::box {

SetupServer::SetupServer(BoxContext &box, QObject *parent) : QAbstractHttpServer(parent), m_box(box) {}

bool SetupServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = "Mente box " + m_box.version.toUtf8() + "\nThe setup pages are not in this build yet.\n";
    responder.write(body, "text/plain; charset=utf-8", QHttpServerResponder::StatusCode::ServiceUnavailable);
    return true;
}

void SetupServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

} // namespace mente::box
