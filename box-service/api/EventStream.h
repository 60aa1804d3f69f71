// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

namespace mente::box {

// One Server-Sent-Events client as EventStreams sees it: the sequence number of the last event
// it was sent and where its bytes go ("id: SEQ / event: KIND / data: JSON" per event, already
// formatted by EventStreams, shared by every stream that is up to date). end() is called when
// the client's connection goes; the stream then deletes itself.
class EventStream : public QObject
{
    Q_OBJECT
public:
    // `write` is false once the client is gone (or was dropped for not reading).
    using Writer = std::function<bool(const QByteArray &bytes)>;
    EventStream(qint64 after, Writer write, QObject *parent = nullptr);

    qint64 last() const { return m_last; }
    bool isOpen() const { return !m_ended; }
    // Sends the events up to and including `last`; false (and nothing recorded) once ended.
    bool send(const QByteArray &bytes, qint64 last);
    // A comment line: nothing for the client's event handler, but the bytes show it the stream lives.
    void keepAlive();
    void end();

    // Queued for the fan-out (EventStreams' book-keeping).
    bool queued = false;

Q_SIGNALS:
    void closed();

private:
    Writer m_write;
    qint64 m_last;
    bool m_ended = false;
};

} // namespace mente::box
