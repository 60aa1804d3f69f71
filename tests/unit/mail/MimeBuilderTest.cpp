// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTestSupport.h"
#include "notify/MimeBuilder.h"

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
MailMessage sample()
{
    MailMessage m;
    m.from = QStringLiteral("box@example.jp");
    m.to = QStringLiteral("suzuki@example.jp");
    m.toName = QStringLiteral("鈴木一郎（suzuki）");
    m.subject = QStringLiteral("[Mente ABC] 障害発生時の通知：機器 192.168.1.10 のポート 22/SSH が応答しません（長い件名の折り返し確認）");
    m.body = QStringLiteral("鈴木一郎 様\n\n◆障害発生時の通知◆\n【機器状態】 : 異常\n𠮷野家 (surrogate pair)\n");
    m.date = QDateTime(QDate(2026, 11, 26), QTime(1, 2, 3), Qt::UTC);
    return m;
}
} // namespace

TEST(MimeBuilder, HeadersAreAsciiAndLinesShort)
{
    const QByteArray raw = MimeBuilder::build(sample());
    for (const QByteArray &line : raw.split('\n')) {
        EXPECT_LE(line.size(), 77) << line.constData(); // 76 and the CR
        for (const char c : line)
            EXPECT_TRUE(uchar(c) < 0x80) << "non-ASCII byte in the message";
    }
    EXPECT_TRUE(raw.contains("\r\n\r\n"));
    EXPECT_FALSE(raw.contains("\n\n")) << "every line must end in CRLF";
}

TEST(MimeBuilder, RoundTripsSubjectBodyAndHeaders)
{
    const MailMessage m = sample();
    const test::ParsedMail parsed = test::parseMail(MimeBuilder::build(m));
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.subject, m.subject);
    EXPECT_EQ(parsed.body, m.body);
    EXPECT_EQ(parsed.headers.value("date"), QByteArray("Thu, 26 Nov 2026 01:02:03 +0000"));
    EXPECT_EQ(parsed.headers.value("from"), QByteArray("box@example.jp"));
    EXPECT_EQ(parsed.headers.value("mime-version"), QByteArray("1.0"));
    EXPECT_EQ(parsed.headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
    EXPECT_TRUE(parsed.headers.value("message-id").startsWith('<'));
    EXPECT_TRUE(parsed.headers.value("message-id").endsWith("@example.jp>"));
    EXPECT_TRUE(parsed.headers.value("to").endsWith("<suzuki@example.jp>"));
    EXPECT_EQ(test::decodeEncodedWords(parsed.headers.value("to")), QStringLiteral("鈴木一郎（suzuki） <suzuki@example.jp>"));
}

TEST(MimeBuilder, PlainAsciiSubjectStaysReadable)
{
    MailMessage m = sample();
    m.subject = QStringLiteral("Fault notice");
    m.toName.clear();
    const QByteArray raw = MimeBuilder::build(m);
    EXPECT_TRUE(raw.contains("\r\nSubject: Fault notice\r\n"));
    EXPECT_TRUE(raw.contains("\r\nTo: suzuki@example.jp\r\n"));
}

TEST(MimeBuilder, HeaderInjectionIsDefused)
{
    MailMessage m = sample();
    m.subject = QStringLiteral("hello\r\nBcc: victim@example.com");
    m.toName = QStringLiteral("x\r\nBcc: other@example.com");
    const QByteArray raw = MimeBuilder::build(m);
    const test::ParsedMail parsed = test::parseMail(raw);
    ASSERT_TRUE(parsed.ok);
    EXPECT_FALSE(parsed.headers.contains("bcc"));
    EXPECT_EQ(parsed.subject, QStringLiteral("hello  Bcc: victim@example.com"));
}

TEST(MimeBuilder, EncodedWordsNeverSplitACharacter)
{
    const QString text = QString(40, QChar(0x3042)) + QStringLiteral("𠮷") + QString(40, QChar(0x3044));
    const QByteArray encoded = MimeBuilder::encodeHeaderText(text, 9);
    EXPECT_GT(encoded.count("=?UTF-8?B?"), 2);
    for (const QByteArray &word : encoded.split(' ')) {
        const QByteArray trimmed = word.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QByteArray b64 = trimmed.mid(10, trimmed.size() - 12);
        const QByteArray bytes = QByteArray::fromBase64(b64);
        EXPECT_EQ(QString::fromUtf8(bytes).toUtf8(), bytes) << "an encoded word holds a broken UTF-8 sequence";
        EXPECT_LE(trimmed.size(), 75);
    }
    EXPECT_EQ(test::decodeEncodedWords(encoded), text);
}

TEST(MimeBuilder, MessageIdsAreUnique)
{
    EXPECT_NE(MimeBuilder::newMessageId(QStringLiteral("a@b.jp")), MimeBuilder::newMessageId(QStringLiteral("a@b.jp")));
}
