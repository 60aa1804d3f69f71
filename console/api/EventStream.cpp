// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStream.h"

#include "api/BoxClient.h"
#include "api/Fingerprint.h"
#include "api/Jitter.h"
#include "shared/ApiPaths.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcStream, "mente.console.events")

namespace mente::console {

EventStream::EventStream(BoxClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EventStream::connectNow);
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
    m_retry.stop();
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
        m_parser = SseParser();
        m_reply = m_client->openStream(api::EventStream, m_lastSeq > 0 ? QByteArray::number(m_lastSeq) : QByteArray());
        connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::onData);
        connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
    });
}

void EventStream::onData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body: read at the end
    if (!matchesPin(m_reply, m_client->record().fingerprint)) {
        m_reply->abort();
        return;
    }
    if (!m_live) {
        m_live = true;
        m_backoffMs = m_firstBackoffMs;
        emit live();
    }
    const QList<SseMessage> messages = m_parser.feed(m_reply->readAll());
    emit heartbeat();
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
        emit eventReceived(event.value());
    }
}

void EventStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
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
    const QString why = status == 0 ? reply->errorString() : QStringLiteral("HTTP %1").arg(status);
    qCInfo(lcStream) << "event stream ended:" << why;
    if (wasLive || status != 0)
        emit lost(why);
    retryLater();
}

void EventStream::retryLater()
{
    if (!m_running)
        return;
    m_retry.start(withJitter(m_backoffMs)); // boxes dropped together do not come back in step
    m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
}

} // namespace mente::console
