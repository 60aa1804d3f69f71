// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventBacklog.h"

#include <QJsonDocument>

#include <algorithm>

namespace mente::box {

EventBacklog::EventBacklog(qsizetype maxBytes, int maxChunks) : m_maxBytes(maxBytes), m_maxChunks(maxChunks) {}

QByteArray EventBacklog::format(const Event &e)
{
    return "id: " + QByteArray::number(e.seq) + "\nevent: " + e.kind.toUtf8()
           + "\ndata: " + QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray EventBacklog::format(const QList<Event> &events)
{
    QByteArray out;
    for (const Event &e : events)
        out += format(e);
    return out;
}

void EventBacklog::reset(qint64 seq)
{
    m_chunks.clear();
    m_bytes = 0;
    m_head = seq;
}

void EventBacklog::append(const QList<Event> &events)
{
    Chunk chunk;
    chunk.after = m_head;
    for (const Event &e : events) {
        if (e.seq <= m_head)
            continue; // already kept (never expected: the store is read after head())
        chunk.seqs.append(e.seq);
        chunk.starts.append(chunk.bytes.size());
        chunk.bytes += format(e);
        m_head = e.seq;
    }
    if (chunk.seqs.isEmpty())
        return;
    m_bytes += chunk.bytes.size();
    m_chunks.push_back(std::move(chunk));
    trim();
}

void EventBacklog::trim()
{
    // The newest chunk stays whatever its size: the streams that are up to date need it.
    while (m_chunks.size() > 1 && (m_bytes > m_maxBytes || int(m_chunks.size()) > m_maxChunks)) {
        m_bytes -= m_chunks.front().bytes.size();
        m_chunks.pop_front();
    }
}

std::optional<QByteArray> EventBacklog::after(qint64 last) const
{
    if (last >= m_head)
        return QByteArray();
    if (m_chunks.empty() || last < m_chunks.front().after)
        return std::nullopt;
    QByteArray out;
    for (const Chunk &c : m_chunks) {
        if (c.seqs.last() <= last)
            continue;
        if (c.after == last || c.seqs.first() > last) {
            out += c.bytes; // the whole chunk: for the first one, the same bytes, not a copy
        } else {
            const auto first = std::upper_bound(c.seqs.cbegin(), c.seqs.cend(), last);
            out += c.bytes.mid(c.starts.at(first - c.seqs.cbegin()));
        }
    }
    return out;
}

} // namespace mente::box
