// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStreams.h"

#include "api/EventStream.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace mente::box {

EventStreams::EventStreams(EventLog &log, int keepaliveS, int maxStreams, QObject *parent)
    : QObject(parent), m_log(log), m_keepaliveS(keepaliveS), m_maxStreams(maxStreams)
{}

bool EventStreams::open(QHttpServerResponder &&responder, qint64 after)
{
    if (m_count >= m_maxStreams) {
        const QByteArray body = "{\"error\":{\"code\":\"unavailable\",\"message\":\"Too many event streams are open;"
                                " try again later.\"}}";
        responder.writeStatusLine(QHttpServerResponder::StatusCode::ServiceUnavailable);
        responder.writeHeader("Content-Type", "application/json; charset=utf-8");
        responder.writeHeader("Cache-Control", "no-store");
        responder.writeHeader("Retry-After", "10");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
        return false;
    }
    ++m_count;
    auto *stream = new EventStream(std::move(responder), m_log, after, m_keepaliveS, this);
    connect(stream, &EventStream::closed, this, [this] { --m_count; });
    qCDebug(lcApi) << "event stream opened after" << after << "," << m_count << "open";
    return true;
}

} // namespace mente::box
