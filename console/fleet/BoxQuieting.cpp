// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/BoxQuieting.h"

#include "api/BoxClient.h"
#include "api/QuietingClient.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQuiet, "mente.console.quiet")

namespace mente::console {

namespace {
const QString kReason = QStringLiteral("Muted from Mente Console");
} // namespace

BoxQuieting::BoxQuieting(QObject *parent) : QObject(parent) {}

QString BoxQuieting::failureText(const QString &box, const QString &why, bool reached) const
{
    if (!reached)
        return tr("The box %1 could not be reached (%2): the change is kept in this console only.").arg(box, why);
    return tr("The box %1 refused the change (%2): it is kept in this console only.").arg(box, why);
}

void BoxQuieting::mute(qint64 boxId, BoxClient *client, const QDateTime &until)
{
    const QString box = client->record().url;
    auto answered = [this, boxId, box, until](const ApiResult<Done> &r) {
        if (!r.ok()) {
            qCInfo(lcQuiet) << "mute not sent to" << box << r.status();
            emit finished(boxId, false, failureText(box, r.error().message, r.reached()));
            return;
        }
        if (until.isValid())
            emit finished(boxId, true,
                          tr("The box %1 is muted until %2.")
                              .arg(box, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
        else
            emit finished(boxId, true, tr("Notifications of the box %1 are on again.").arg(box));
    };
    if (until.isValid())
        QuietingClient(client).muteBox(until, kReason, this, answered);
    else
        QuietingClient(client).unmuteBox(this, answered);
}

void BoxQuieting::acknowledgeFaults(qint64 boxId, BoxClient *client)
{
    const QString box = client->record().url;
    QuietingClient(client).acknowledgeBox(this, [this, boxId, box](const ApiResult<BoxAcknowledgement> &r) {
        const int count = r.ok() ? int(r.value().count()) : 0;
        if (!r.ok())
            emit finished(boxId, false, failureText(box, r.error().message, r.reached()));
        else if (count == 0)
            emit finished(boxId, true, tr("The box %1 has no unacknowledged fault.").arg(box));
        else
            emit finished(boxId, true, tr("%n fault(s) acknowledged on the box %1.", nullptr, count).arg(box));
    });
}

} // namespace mente::console
