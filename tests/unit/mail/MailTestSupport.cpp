// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTestSupport.h"

#include <QList>
#include <QRegularExpression>

namespace mente::test {

QString decodeEncodedWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    QByteArray bytes;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        // White space between two encoded words is not part of the text (RFC 2047 §6.2).
        if (last == 0 || !between.trimmed().isEmpty())
            bytes += between.toLatin1();
        bytes += QByteArray::fromBase64(m.captured(1).toLatin1());
        last = m.capturedEnd();
    }
    bytes += text.mid(last).toLatin1();
    return QString::fromUtf8(bytes);
}

ParsedMail parseMail(const QByteArray &raw)
{
    ParsedMail mail;
    QByteArray data = raw;
    data.replace("\r\n", "\n");
    const qsizetype split = data.indexOf("\n\n");
    if (split < 0)
        return mail;
    QByteArray lastName;
    for (const QByteArray &line : data.left(split).split('\n')) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lastName.isEmpty()) {
            mail.headers[lastName] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return mail;
        lastName = line.left(colon).trimmed().toLower();
        mail.headers[lastName] = line.mid(colon + 1).trimmed();
    }
    mail.subject = decodeEncodedWords(mail.headers.value("subject"));
    const QByteArray body = data.mid(split + 2);
    if (mail.headers.value("content-transfer-encoding").toLower() == "base64")
        mail.body = QString::fromUtf8(QByteArray::fromBase64(body));
    else
        mail.body = QString::fromUtf8(body);
    mail.body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    mail.ok = true;
    return mail;
}

} // namespace mente::test

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace mente::test {
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}
} // namespace mente::test
