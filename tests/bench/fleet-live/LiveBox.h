// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/TlsCertificate.h"
#include "http/HttpResponder.h"
#include "shared/Event.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace mente::box {
class HttpStream;
}

namespace mente::bench {

class BoxListener;

// One made-up box on loopback, served by the box's own HTTP layer with its own TLS identity:
// POST/DELETE /session, GET /status, /devices, /events and /events/stream, answered with the
// contract's types (shared/) as mente-box answers them. On command it records a port event and
// sends it to every open stream, or goes down (every connection closed, new ones closed at
// accept) and comes back.
class LiveBox : public QObject
{
    Q_OBJECT
public:
    LiveBox(int index, box::TlsIdentity identity, QString password, int keepaliveS, int devices,
            QObject *parent = nullptr);
    ~LiveBox() override;

    bool listen(quint16 port); // on 127.0.0.1; 0 picks a free port
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_identity.fingerprint(); }
    int streamCount() const;
    bool down() const;

    qint64 inject(); // the next port event (fault, then recovery, ...); its sequence number
    void drop();
    void restore();

signals:
    void attempted(int index); // a connection arrived at this box's port

private:
    void handle(const box::HttpRequest &request, const box::HttpResponder &responder);
    void openStream(const box::HttpRequest &request, const box::HttpResponder &responder);
    QByteArray statusJson() const;
    QByteArray devicesJson() const;
    QByteArray eventsJson(qint64 after) const;
    void sendToStreams(const QByteArray &bytes);

    int m_index;
    box::TlsIdentity m_identity;
    QString m_password;
    int m_keepaliveS;
    int m_devices;
    BoxListener *m_listener = nullptr;
    quint16 m_port = 0;
    QSet<QString> m_tokens;
    QList<Event> m_events;
    QList<QPointer<box::HttpStream>> m_streams;
    QTimer m_keepalive;
    bool m_portFault = false;
};

} // namespace mente::bench
