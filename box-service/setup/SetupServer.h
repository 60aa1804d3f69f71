// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

namespace mente::box {

struct BoxContext;

// The first-boot setup page on plain HTTP (F1, API.md "The setup page").
class SetupServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SetupServer(BoxContext &box, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    BoxContext &m_box;
};

} // namespace mente::box
