// SPDX-License-Identifier: GPL-3.0-or-later
// The one table of error codes and HTTP statuses: every code the box's sources make is in it, each
// once, with a client or server status; the HTTP layer's own answers agree with it.
#include "api/ErrorStatus.h"

#include "api/ApiServer.h"
#include "api/ApiTypes.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
QSet<QString> tableCodes()
{
    QSet<QString> codes;
    for (const ErrorStatus &e : errorStatusTable())
        codes.insert(QString::fromLatin1(e.code));
    return codes;
}

// Error codes written in the box's and shared/'s sources: Error{"code", …}, ApiReply::error({"code", …})
// and the HTTP layer's `code = "…"`.
QMap<QString, QString> codesInSources()
{
    static const QRegularExpression made(
        QStringLiteral(R"re((?:Error\{|error\(\{|code = )QStringLiteral\("([a-z_]+)"\))re"));
    QMap<QString, QString> found; // code -> a file that makes it
    for (const char *dir : {"box-service", "shared"}) {
        QDirIterator it(QStringLiteral(MENTE_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = made.globalMatch(text); m.hasNext();)
                found.insert(m.next().captured(1), file.fileName());
        }
    }
    found.remove(QStringLiteral("help")); // `mente-box --help`: the command line, never an answer
    return found;
}
} // namespace

TEST(ErrorStatus, EveryCodeOnceWithAClientOrServerStatus)
{
    QSet<QString> seen;
    for (const ErrorStatus &e : errorStatusTable()) {
        const QString code = QString::fromLatin1(e.code);
        EXPECT_FALSE(seen.contains(code)) << e.code << " twice";
        seen.insert(code);
        EXPECT_GE(e.status, 400) << e.code;
        EXPECT_LT(e.status, 600) << e.code;
        EXPECT_EQ(statusFor(Error{code, {}, {}}), e.status) << e.code;
    }
    EXPECT_EQ(statusFor(Error::validation(QStringLiteral("ip"), QStringLiteral("bad"))), 400);
    EXPECT_EQ(statusFor(Error{QStringLiteral("not_found"), {}, {}}), 404);
    EXPECT_EQ(statusFor(Error{QStringLiteral("password_change_required"), {}, {}}), 428);
    // Only the box's own failure is a 500.
    for (const ErrorStatus &e : errorStatusTable()) {
        if (e.status == 500) {
            EXPECT_STREQ(e.code, "internal");
        }
    }
}

TEST(ErrorStatus, EveryCodeTheBoxMakesIsInTheTable)
{
    const QMap<QString, QString> made = codesInSources();
    ASSERT_GE(made.size(), 15) << "the scan found the box's errors"; // a broken scan would find none
    const QSet<QString> table = tableCodes();
    for (auto it = made.constBegin(); it != made.constEnd(); ++it)
        EXPECT_TRUE(table.contains(it.key())) << qPrintable(it.key()) << " (made in " << qPrintable(it.value())
                                              << ") has no status in api/ErrorStatus.cpp";
    EXPECT_TRUE(made.contains(QStringLiteral("conflict")));
}

TEST(ErrorStatus, AnErrorAnswerCarriesItsStatusCodeAndField)
{
    const ApiReply reply = ApiReply::error(Error::validation(QStringLiteral("minutes"), QStringLiteral("Too long.")));
    EXPECT_EQ(reply.status, 400);
    const QJsonObject error = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("validation"));
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("minutes"));
    EXPECT_EQ(ApiReply::error(Error{QStringLiteral("unauthorized"), {}, {}}).headers.size(), 1) << "WWW-Authenticate";
}

TEST(ErrorStatus, TheHttpLayersAnswersAgreeWithTheTable)
{
    for (const int status : {400, 408, 413, 417, 431, 501, 505}) {
        const HttpResponse out = ApiServer::errorReply(status, "x");
        const QString code = QJsonDocument::fromJson(out.body)
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        EXPECT_EQ(statusFor(Error{code, {}, {}}), status) << qPrintable(code);
    }
}
