// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/BoxQuieting.h"

#include "api/BoxClient.h"
#include "shared/ApiPaths.h"
#include "shared/TimeFormat.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcQuiet, "mente.console.quiet")

namespace mente::console {

namespace {
const QString kMutes = api::Mutes;
const QString kReason = QStringLiteral("Muted from Mente Console");

QString ackPath(const QString &collection, qint64 id)
{
    return collection + QLatin1Char('/') + QString::number(id) + QStringLiteral("/ack");
}

bool inFault(const QJsonObject &target)
{
    return target.value(QStringLiteral("state")).toString() == QLatin1String("fault")
           && !target.value(QStringLiteral("acknowledged")).toBool();
}
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
    removeOwnMutes(boxId, client, [this, boxId, client, until](bool ok) {
        if (!ok)
            return; // finished() was sent already
        if (until.isValid()) {
            addMute(boxId, client, until);
            return;
        }
        emit finished(boxId, true, tr("Notifications of the box %1 are on again.").arg(client->record().url));
    });
}

void BoxQuieting::removeOwnMutes(qint64 boxId, BoxClient *client, std::function<void(bool)> then)
{
    client->get(kMutes, this, [this, boxId, client, then = std::move(then)](const ApiReply &r) {
        const QString box = client->record().url;
        if (!r.ok()) {
            emit finished(boxId, false, failureText(box, r.error().message, r.reached()));
            then(false);
            return;
        }
        QList<qint64> own;
        for (const QJsonValue &v : r.array()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("kind")).toString() == QLatin1String("box")
                && m.value(QStringLiteral("createdBy")).toString() == client->record().login)
                own.append(m.value(QStringLiteral("id")).toInteger());
        }
        if (own.isEmpty()) {
            then(true);
            return;
        }
        // Deletes them all; a mute already gone (404) is fine, any other failure is reported once.
        struct Tally
        {
            int pending = 0;
            QString failure;
            bool reached = true;
        };
        auto tally = std::make_shared<Tally>();
        tally->pending = int(own.size());
        for (const qint64 id : std::as_const(own)) {
            client->call("DELETE", kMutes + QLatin1Char('/') + QString::number(id), {}, this,
                         [this, boxId, box, tally, then](const ApiReply &d) {
                             if (!d.ok() && d.status != 404 && tally->failure.isEmpty()) {
                                 tally->failure = d.error().message;
                                 tally->reached = d.reached();
                             }
                             if (--tally->pending > 0)
                                 return;
                             if (!tally->failure.isEmpty())
                                 emit finished(boxId, false, failureText(box, tally->failure, tally->reached));
                             then(tally->failure.isEmpty());
                         });
        }
    });
}

void BoxQuieting::addMute(qint64 boxId, BoxClient *client, const QDateTime &until)
{
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("box")},
                           {QStringLiteral("id"), 0},
                           {QStringLiteral("until"), toIso(until.toUTC())},
                           {QStringLiteral("reason"), kReason}};
    client->call("POST", kMutes, body, this, [this, boxId, client, until](const ApiReply &r) {
        const QString box = client->record().url;
        if (!r.ok()) {
            qCInfo(lcQuiet) << "mute not sent to" << box << r.status;
            emit finished(boxId, false, failureText(box, r.error().message, r.reached()));
            return;
        }
        emit finished(boxId, true,
                      tr("The box %1 is muted until %2.")
                          .arg(box, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    });
}

void BoxQuieting::acknowledgeFaults(qint64 boxId, BoxClient *client)
{
    client->get(api::Devices, this, [this, boxId, client](const ApiReply &r) {
        const QString box = client->record().url;
        if (!r.ok()) {
            emit finished(boxId, false, failureText(box, r.error().message, r.reached()));
            return;
        }
        QStringList paths;
        for (const QJsonValue &dv : r.array()) {
            const QJsonObject device = dv.toObject();
            if (inFault(device))
                paths.append(ackPath(api::Devices, device.value(QStringLiteral("id")).toInteger()));
            for (const QJsonValue &pv : device.value(QStringLiteral("ports")).toArray())
                if (inFault(pv.toObject()))
                    paths.append(ackPath(api::Ports, pv.toObject().value(QStringLiteral("id")).toInteger()));
        }
        if (paths.isEmpty()) {
            emit finished(boxId, true, tr("The box %1 has no unacknowledged fault.").arg(box));
            return;
        }
        struct Tally
        {
            int pending = 0;
            int done = 0;
            QString failure;
            bool reached = true;
        };
        auto tally = std::make_shared<Tally>();
        tally->pending = int(paths.size());
        for (const QString &path : std::as_const(paths)) {
            client->call("POST", path, QJsonObject{}, this, [this, boxId, box, tally](const ApiReply &a) {
                // 409: the fault ended meanwhile; nothing left to acknowledge there.
                if (a.ok() || a.status == 409) {
                    ++tally->done;
                } else if (tally->failure.isEmpty()) {
                    tally->failure = a.error().message;
                    tally->reached = a.reached();
                }
                if (--tally->pending > 0)
                    return;
                if (!tally->failure.isEmpty())
                    emit finished(boxId, false, failureText(box, tally->failure, tally->reached));
                else
                    emit finished(boxId, true,
                                  tr("%n fault(s) acknowledged on the box %1.", nullptr, tally->done).arg(box));
            });
        }
    });
}

} // namespace mente::console
