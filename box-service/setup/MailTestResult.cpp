// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/MailTestResult.h"

#include <QCoreApplication>

namespace mente::box {

QString MailTestResult::explain(const SendOutcome &outcome, const QString &to)
{
    if (outcome.sent)
        return QCoreApplication::translate("SetupPage", "The test mail was sent to %1. Check that it has arrived.")
            .arg(to);
    QString why;
    const QString &r = outcome.reason;
    if (r == QLatin1String("no-server"))
        why = QCoreApplication::translate("SetupPage", "No SMTP server is set: enter one and save it first.");
    else if (r == QLatin1String("resolve"))
        why = QCoreApplication::translate("SetupPage", "The host name of the SMTP server cannot be resolved.");
    else if (r == QLatin1String("connect"))
        why = QCoreApplication::translate(
            "SetupPage", "Connection refused: nothing accepts connections at the SMTP server's address and port.");
    else if (r == QLatin1String("timeout"))
        why = QCoreApplication::translate("SetupPage", "Timeout: the SMTP server did not answer in time.");
    else if (r == QLatin1String("tls"))
        why = QCoreApplication::translate("SetupPage",
                                          "The encrypted connection to the SMTP server failed: check the connection "
                                          "security and the server's certificate.");
    else if (r == QLatin1String("login"))
        why = QCoreApplication::translate(
            "SetupPage", "Authentication failed: the SMTP server did not accept the user name or the password.");
    else if (r == QLatin1String("refused"))
        why = QCoreApplication::translate("SetupPage", "The SMTP server refused the mail.");
    else
        why = QCoreApplication::translate("SetupPage", "The SMTP server could not be reached.");
    QString text = QCoreApplication::translate("SetupPage", "The test mail was not sent. %1").arg(why);
    if (!outcome.error.isEmpty() && r != QLatin1String("no-server"))
        text += QLatin1Char(' ')
                + QCoreApplication::translate("SetupPage", "(The server's answer: %1)").arg(outcome.error.left(300));
    return text;
}

} // namespace mente::box
