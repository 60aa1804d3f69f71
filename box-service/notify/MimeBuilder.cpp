// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MimeBuilder.h"

#include <QList>
#include <QUuid>

#include <algorithm>

namespace mente::box {

namespace {
constexpr int kMaxEncodedBytes = 45; // 60 base64 characters: an encoded word stays within 75

// Header values never carry line breaks (header injection).
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.trimmed();
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return !text.contains(QLatin1String("=?"));
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}
// One base64 UTF-8 text part: its two headers, a blank line and the text with CRLF line ends.
QByteArray textPart(const QByteArray &type, QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return "Content-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + wrapBase64(text.toUtf8());
}
} // namespace

QByteArray MimeBuilder::encodeHeaderText(const QString &raw, int firstLineUsed)
{
    const QString text = oneLine(raw);
    if (isPlainAscii(text) && firstLineUsed + text.size() <= 78)
        return text.toLatin1();
    // Split on whole characters (never inside a UTF-8 sequence or a surrogate pair).
    // A line with encoded words stays within 76 characters: the first one shares its line with
    // the header's name, the others start a folded line of their own.
    int budget = std::max(3, (64 - firstLineUsed) / 4 * 3);
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        i += len - 1;
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > budget) {
            words << chunk;
            chunk.clear();
            budget = kMaxEncodedBytes;
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray MimeBuilder::rfc5322Date(const QDateTime &time)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' + months[d.month() - 1] + ' '
           + QByteArray::number(d.year()) + ' ' + t.toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QString MimeBuilder::newMessageId(const QString &fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), 1);
    if (domain.isEmpty())
        domain = QStringLiteral("mente-box.invalid");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

QByteArray MimeBuilder::build(const MailMessage &m)
{
    const QString messageId = m.messageId.isEmpty() ? newMessageId(m.from) : m.messageId;
    QByteArray to = oneLine(m.to).toLatin1();
    const QString name = oneLine(m.toName);
    if (!name.isEmpty()) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        const QByteArray display = isPlainAscii(name) ? '"' + quoted.toLatin1() + '"' : encodeHeaderText(name, 4);
        to = display + "\r\n <" + to + '>';
    }
    QByteArray out;
    out += "Date: " + rfc5322Date(m.date.isValid() ? m.date : QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "From: " + oneLine(m.from).toLatin1() + "\r\n";
    out += "To: " + to + "\r\n";
    out += "Subject: " + encodeHeaderText(m.subject, 9) + "\r\n";
    out += "Message-ID: <" + oneLine(messageId).toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    if (m.htmlBody.isEmpty())
        return out + textPart("text/plain", m.body);
    // The boundary never occurs in base64 text (it holds '=' and '_' next to each other).
    const QByteArray boundary = "=_mente_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + textPart("text/plain", m.body);
    out += "--" + boundary + "\r\n" + textPart("text/html", m.htmlBody);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace mente::box
