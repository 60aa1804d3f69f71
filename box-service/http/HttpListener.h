// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpHandler.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

namespace mente::box {

// A listening port that owns every connection from accept() on: it never uses QTcpServer's
// pending-connection queue (whose count made the API stop accepting, see docs/http-layer.md),
// refuses a connection beyond the per-address or total limit by closing it at once, and after
// an accept error (no file descriptors left) pauses only briefly instead of for good.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpListener(HttpService service, QObject *parent = nullptr);
    ~HttpListener() override;

    // With a configuration the port speaks TLS (the handshake is the connection's first phase).
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    int connectionCount() const { return m_total; }
    qint64 refusedCount() const { return m_refused; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void release(const QHostAddress &peer);
    void onAcceptError(QAbstractSocket::SocketError error);

    HttpService m_service;
    std::optional<QSslConfiguration> m_tls;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    qint64 m_refused = 0;
    QTimer m_resume;
};

} // namespace mente::box
