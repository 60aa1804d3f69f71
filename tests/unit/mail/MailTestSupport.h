// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/FakeClock.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace mente::test {

// A parsed RFC 5322 message: unfolded headers (names lower-cased), decoded Subject and body.
struct ParsedMail
{
    QHash<QByteArray, QByteArray> headers;
    QString subject;
    QString body;
    bool ok = false;
};
ParsedMail parseMail(const QByteArray &raw);
QString decodeEncodedWords(const QByteArray &value);

} // namespace mente::test

#include <functional>

namespace mente::test {
// Runs the event loop until the condition holds or the time is up; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);
} // namespace mente::test
