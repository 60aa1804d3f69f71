// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

namespace mente::console {

// Reads a reply's body as it arrives and keeps at most `limit` bytes of it: when the headers
// announce more (Content-Length) or more arrives, the reply is aborted and tooLarge() says so, so
// a box that sends gigabytes costs the console a bounded amount of memory and gets an error, not
// a crash. Qt is asked to buffer little (readBufferSize), so the socket is read only as fast as
// this drains it. A child of the reply: it goes with it.
class BoundedBody : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultLimit = 32 * 1024 * 1024; // a fleet's largest answer is a few MB
    static constexpr qint64 ReadChunk = 256 * 1024;

    static BoundedBody *attach(QNetworkReply *reply, qint64 limit = DefaultLimit);
    static BoundedBody *of(const QNetworkReply *reply); // the one attach() made, or nullptr

    // Everything read, the rest still buffered in the reply included (call when it finished).
    QByteArray take();
    bool tooLarge() const { return m_tooLarge; }
    qint64 limit() const { return m_limit; }

private:
    BoundedBody(QNetworkReply *reply, qint64 limit);
    void checkAnnounced();
    void drain();

    QNetworkReply *m_reply;
    qint64 m_limit;
    QByteArray m_body;
    bool m_tooLarge = false;
};

} // namespace mente::console
