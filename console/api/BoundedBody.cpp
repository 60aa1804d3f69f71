// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/BoundedBody.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcBounded, "mente.console.reply")

namespace mente::console {

BoundedBody *BoundedBody::attach(QNetworkReply *reply, qint64 limit)
{
    return new BoundedBody(reply, limit);
}

BoundedBody *BoundedBody::of(const QNetworkReply *reply)
{
    return reply->findChild<BoundedBody *>(QString(), Qt::FindDirectChildrenOnly);
}

BoundedBody::BoundedBody(QNetworkReply *reply, qint64 limit) : QObject(reply), m_reply(reply), m_limit(limit)
{
    reply->setReadBufferSize(std::min(limit + 1, ReadChunk));
    connect(reply, &QNetworkReply::metaDataChanged, this, &BoundedBody::checkAnnounced);
    connect(reply, &QNetworkReply::readyRead, this, &BoundedBody::drain);
}

void BoundedBody::checkAnnounced()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!m_tooLarge && length.isValid() && length.toLongLong() > m_limit) {
        qCWarning(lcBounded) << "refusing an answer of" << length.toLongLong() << "bytes from" << m_reply->url().host();
        m_tooLarge = true;
        m_reply->abort();
    }
}

void BoundedBody::drain()
{
    if (m_tooLarge)
        return;
    const qint64 room = m_limit - m_body.size();
    if (m_reply->bytesAvailable() > room) {
        qCWarning(lcBounded) << "an answer from" << m_reply->url().host() << "went past" << m_limit << "bytes";
        m_tooLarge = true;
        m_body.clear();
        m_body.squeeze();
        m_reply->abort();
        return;
    }
    m_body += m_reply->readAll();
}

QByteArray BoundedBody::take()
{
    drain();
    return m_tooLarge ? QByteArray() : std::exchange(m_body, {});
}

} // namespace mente::console
