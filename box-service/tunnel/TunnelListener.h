// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace mente::box {

// A listening socket that hands each accepted connection over as a bare descriptor: libssh
// takes the socket, Qt never reads it.
class TunnelListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

Q_SIGNALS:
    void accepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { Q_EMIT accepted(descriptor); }
};

} // namespace mente::box
