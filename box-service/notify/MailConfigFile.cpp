// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MailConfigFile.h"

#include "kernel/BoxSecrets.h"

#include <QSettings>

namespace mente::box {

Status MailConfigFile::save(const QString &configFile, const QString &secretsFile, const MailServer &server,
                            const std::optional<QString> &password)
{
    // A failure names the file it failed on in Error::field (the page shows the file, the log the reason).
    const auto failedOn = [](Error e, const QString &file) {
        e.field = file;
        return e;
    };
    auto read = BoxSecrets::read(secretsFile);
    if (!read)
        return failedOn(read.error(), secretsFile);
    BoxSecrets secrets = std::move(read).value();
    QSettings ini(configFile, QSettings::IniFormat);
    secrets.takeFrom(ini); // box.conf's own mail/password among them: kept unless replaced below
    const QString key = QStringLiteral("mail/password");
    if (password)
        secrets.set(key, *password);
    // The secrets first: a save cut short leaves a password in both files, never in neither.
    if (const Status s = secrets.write(); !s)
        return failedOn(s.error(), secretsFile);
    ini.setValue(QStringLiteral("mail/smtp_url"), server.smtpUrl);
    ini.setValue(QStringLiteral("mail/security"), server.security);
    ini.setValue(QStringLiteral("mail/user"), server.user);
    ini.setValue(QStringLiteral("mail/from"), server.from);
    ini.setValue(QStringLiteral("mail/repeat_min"), QString::number(server.repeatMin, 'g', 10));
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error{QStringLiteral("internal"),
                     QStringLiteral("Cannot write the mail settings to %1.").arg(configFile), configFile};
    return success();
}

} // namespace mente::box
