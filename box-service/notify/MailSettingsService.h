// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "notify/MailSettings.h"
#include "notify/MailTestSender.h"
#include "shared/Clock.h"
#include "shared/Customer.h"
#include "shared/MailServer.h"
#include "shared/Result.h"

#include <functional>

namespace mente::box {

class AuditLog;
class FaultMailer;
class MailComposer;
class SmtpTransport;

// The SMTP settings an administrator reads and changes (GET/PUT /api/v1/box/mail, the setup
// page's /mail). A change is checked whole (nothing changes when a field is wrong), written
// (box.conf's [mail], the password to the secrets file: MailConfigFile), put in force at once
// (the next mail composed and sent uses it: MailComposer, FaultMailer, SmtpTransport) and
// audited without the password. The password never leaves the box: only whether one is set.
class MailSettingsService
{
public:
    struct Parts
    {
        MailComposer &composer;
        FaultMailer &faultMailer;
        SmtpTransport &transport; // the outbox's
        AuditLog &audit;
        std::function<Customer()> customer; // for the test mail's values
        const Clock &clock;
    };

    MailSettingsService(MailSettings inForce, QString configFile, QString secretsFile, Parts parts);

    MailServer current() const;
    Result<MailServer> update(const Actor &actor, const MailServerUpdate &update);

    // A test mail with the settings in force to one address, in `language`, now (not queued);
    // done gets the outcome on the event loop. A bad address or a test already running is an
    // error at once (done is not called then).
    Status sendTest(const Actor &actor, const QString &to, const QString &language,
                    std::function<void(const SendOutcome &)> done);

private:
    MailSettings m_settings;
    QString m_configFile;
    QString m_secretsFile;
    Parts m_parts;
    MailTestSender m_tester;
};

} // namespace mente::box
