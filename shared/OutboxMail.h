// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace mente {

// One mail of a box's outbox (F9), GET /outbox. The message text itself stays on the box.
struct OutboxMail
{
    qint64 id = 0;
    QDateTime createdAt;
    QString kind;     // "registered", "licence", "fault", "repeat", "recovery"
    QString language; // "ja" or "en"
    QStringList recipients;
    QString subject;
    QString state = QStringLiteral("queued"); // queued, sending, sent, failed-permanently
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime sentAt;
    qint64 eventSeq = 0; // the event that caused it; 0 for registration and licence mails
    // Sends the box could not see finish (it stopped while sending, or the connection failed
    // after the text went out): the mail may have arrived up to interruptedSends + 1 times.
    int interruptedSends = 0;

    QJsonObject toJson() const;
    static Result<OutboxMail> fromJson(const QJsonObject &json);
};

} // namespace mente
