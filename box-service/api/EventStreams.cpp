// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStreams.h"

#include "api/ApiServer.h"
#include "api/EventStream.h"
#include "http/HttpResponder.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace mente::box {

EventStreams::EventStreams(EventLog &log, int keepaliveS, int maxStreams, QObject *parent)
    : QObject(parent), m_log(log), m_keepaliveS(keepaliveS), m_maxStreams(maxStreams)
{}

bool EventStreams::open(const HttpResponder &responder, qint64 after)
{
    if (m_count >= m_maxStreams) {
        ApiReply reply = ApiReply::error(
            {QStringLiteral("unavailable"), QStringLiteral("Too many event streams are open; try again later."), {}});
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("10")));
        responder.send(ApiServer::toHttp(reply));
        return false;
    }
    ++m_count;
    auto *stream = new EventStream(responder, m_log, after, m_keepaliveS, this);
    connect(stream, &EventStream::closed, this, [this] { --m_count; });
    qCDebug(lcApi) << "event stream opened after" << after << "," << m_count << "open";
    return true;
}

} // namespace mente::box
