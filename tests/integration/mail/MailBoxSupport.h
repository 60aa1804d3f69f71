// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmtpSink.h"
#include "support/HttpsClient.h"

#include <QJsonArray>

namespace mente::test {

inline const QString kAdminPassword = QStringLiteral("Kx7mailBox9");
inline const QString kSmtpPassword = QStringLiteral("Sm7p-Secret-Pa55");

// box.conf text for a box that mails through 127.0.0.1:port quickly retried; extra goes into [mail].
QString mailConfig(quint16 port, const QString &extra = {});
QJsonObject customerJson(const QString &language = QStringLiteral("ja"));
// Logs in as admin (changing the first-start password) and gives the admin an English mailbox;
// adds suzuki (admin, Japanese) and tanaka (no admin); both receive fault mail.
void prepareOperators(HttpsClient &api);
void registerCustomerAndLicence(HttpsClient &api);
const ReceivedMail *find(const QList<ReceivedMail> &mails, const QString &to, const QString &subjectPart);
QJsonArray outbox(HttpsClient &api, const QString &query = {});
bool allSent(HttpsClient &api, int count);

} // namespace mente::test
