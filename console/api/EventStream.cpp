// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStream.h"

#include "api/BoxClient.h"
#include "api/Fingerprint.h"
#include "api/Jitter.h"
#include "api/Timer.h"
#include "shared/ApiPaths.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcStream, "mente.console.events")

namespace mente::console {

namespace {
constexpr qsizetype kMaxErrorBody = 64 * 1024; // a refusal is a short JSON error
constexpr qint64 kReadChunk = 256 * 1024;

int keepaliveOf(const QNetworkReply *reply)
{
    bool ok = false;
    const int s = reply->rawHeader("X-Mente-Keepalive").trimmed().toInt(&ok);
    return ok && s >= 1 && s <= 3600 ? s : EventStream::DefaultKeepaliveS;
}
} // namespace

EventStream::EventStream(BoxClient *client, QObject *parent, Timers *timers)
    : QObject(parent)
    , m_client(client)
    , m_retry((timers ? *timers : Timers::system()).make(this))
    , m_silence((timers ? *timers : Timers::system()).make(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &Timer::timeout, this, &EventStream::connectNow);
    m_silence->setSingleShot(true);
    connect(m_silence, &Timer::timeout, this,
            [this]() { drop(QStringLiteral("nothing from the box for %1 s").arg(SilentIntervals * m_keepaliveS)); });
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::setBackoffLimits(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
    m_backoffMs = firstMs;
}

void EventStream::start(qint64 afterSeq)
{
    m_lastSeq = afterSeq;
    m_running = true;
    m_backoffMs = m_firstBackoffMs;
    connectNow();
}

void EventStream::stop()
{
    m_running = false;
    m_live = false;
    m_retry->stop();
    m_silence->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void EventStream::connectNow()
{
    if (!m_running || m_reply)
        return;
    m_client->ensureSession(this, [this](bool ok) {
        if (!m_running || m_reply)
            return;
        if (!ok) {
            retryLater();
            return;
        }
        m_parser = SseParser(m_limits);
        m_errorBody.clear();
        m_dropped.clear();
        m_reply = m_client->openStream(api::EventStream, m_lastSeq > 0 ? QByteArray::number(m_lastSeq) : QByteArray());
        m_reply->setReadBufferSize(kReadChunk); // read the socket only as fast as the parser takes it
        connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::onData);
        connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
        // A box that takes the connection and never answers (stopped, wedged) is silent as well.
        m_silence->start(SilentIntervals * m_keepaliveS * 1000);
    });
}

void EventStream::drop(const QString &why)
{
    if (!m_reply)
        return;
    qCWarning(lcStream) << "dropping the event stream of" << m_client->record().url << "-" << why;
    m_dropped = why;
    m_reply->abort(); // finished follows: lost, then a reconnect after the back-off
}

void EventStream::onData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) { // an error body: kept (a little of it) for the end
        const QByteArray bytes = m_reply->readAll();
        if (m_errorBody.size() + bytes.size() > kMaxErrorBody)
            drop(QStringLiteral("an error answer longer than %1 bytes").arg(kMaxErrorBody));
        else
            m_errorBody += bytes;
        return;
    }
    if (!matchesPin(m_reply, m_client->record().fingerprint)) {
        m_reply->abort();
        return;
    }
    if (!m_live) {
        m_live = true;
        if (!m_unreadable) // after a stream it could not read, only a delivered event resets it
            m_backoffMs = m_firstBackoffMs;
        m_keepaliveS = keepaliveOf(m_reply);
        emit live();
        if (!m_reply)
            return; // a receiver stopped the stream
    }
    m_silence->start(SilentIntervals * m_keepaliveS * 1000);
    const QList<SseMessage> messages = m_parser.feed(m_reply->readAll());
    emit heartbeat();
    if (!m_reply)
        return;
    for (const SseMessage &m : messages) {
        if (m.data.isEmpty())
            continue;
        auto event = Event::fromJson(QJsonDocument::fromJson(m.data).object());
        if (!event) {
            qCWarning(lcStream) << "ignoring an event the console cannot read:" << event.error().message;
            continue;
        }
        if (event->seq <= m_lastSeq)
            continue; // already seen (replayed after a reconnect)
        m_lastSeq = event->seq;
        if (m_unreadable) {
            m_unreadable = false;
            m_backoffMs = m_firstBackoffMs;
        }
        emit eventReceived(event.value());
        if (!m_reply)
            return; // a receiver stopped the stream
    }
    if (m_parser.failed()) {
        m_unreadable = true;
        drop(m_parser.failure());
    }
}

void EventStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_silence->stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool wasLive = m_live;
    m_live = false;
    if (!m_running)
        return;
    if (status == 404 || status == 405 || status == 501) {
        m_running = false;
        emit unsupported();
        return;
    }
    if (status == 401)
        m_client->dropToken();
    const QString why = !m_dropped.isEmpty() ? m_dropped
                        : status == 0        ? reply->errorString()
                                             : QStringLiteral("HTTP %1").arg(status);
    qCInfo(lcStream) << "event stream ended:" << why;
    if (wasLive || status != 0)
        emit lost(why);
    retryLater();
}

void EventStream::retryLater()
{
    if (!m_running)
        return;
    m_retry->start(withJitter(m_backoffMs)); // boxes dropped together do not come back in step
    m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
}

} // namespace mente::console
