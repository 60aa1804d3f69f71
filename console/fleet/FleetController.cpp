// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetController.h"

#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "fleet/BoxQuieting.h"
#include "fleet/Fleet.h"
#include "store/ConsoleStore.h"
#include "store/SecretVault.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

namespace mente::console {

FleetController::FleetController(Fleet *fleet, ConsoleStore *store, SecretVault *vault, QNetworkAccessManager *nam,
                                 const LinkTimings &timings, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_store(store)
    , m_vault(vault)
    , m_nam(nam)
    , m_timings(timings)
    , m_quieting(new BoxQuieting(this))
{
    connect(m_quieting, &BoxQuieting::finished, this, &FleetController::remoteResult);
    m_startNext.setSingleShot(true);
    m_startNext.setInterval(kStartGapMs);
    connect(&m_startNext, &QTimer::timeout, this, &FleetController::startSome);
    m_reachability.setInterval(timings.reachabilityCheckMs);
    connect(&m_reachability, &QTimer::timeout, this,
            [this]() { m_fleet->checkReachability(m_fleet->now(), m_timings.faultAfterS); });
}

BoxLink *FleetController::makeLink(const BoxRecord &record)
{
    auto *client = new BoxClient(m_nam, m_vault, record);
    auto *link = new BoxLink(client, m_fleet, m_store, m_timings, this);
    m_links.insert(record.id, link);
    connect(link, &BoxLink::passwordChangeRequired, this,
            [this, id = record.id]() { emit passwordChangeRequired(id); });
    return link;
}

void FleetController::loadFromStore()
{
    m_fleet->load(m_store->loadBoxes(), m_fleet->now());
    m_toStart.clear();
    for (int row = 0; row < m_fleet->size(); ++row)
        m_toStart.append(makeLink(m_fleet->at(row).record)->boxId());
    startSome();
    m_reachability.start();
}

void FleetController::startSome()
{
    // A few links at a time: a thousand logins and TLS handshakes started in one go slow each
    // other down until they time out and start over. A link stays "starting" until its stream
    // is live or its patience is up (an unreachable box must not hold the others back).
    for (auto it = m_starting.begin(); it != m_starting.end();) {
        const BoxLink *link = m_links.value(it.key());
        if (!link || link->streaming() || it.value().hasExpired(kStartPatienceMs))
            it = m_starting.erase(it);
        else
            ++it;
    }
    while (m_starting.size() < kStartWindow && !m_toStart.isEmpty()) {
        const qint64 id = m_toStart.takeFirst();
        if (BoxLink *link = m_links.value(id)) {
            link->start();
            QElapsedTimer since;
            since.start();
            m_starting.insert(id, since);
        }
    }
    if (m_toStart.isEmpty())
        m_starting.clear();
    else
        m_startNext.start();
}

void FleetController::adopt(const BoxRecord &record)
{
    FleetEntry entry;
    entry.record = record;
    entry.lastContact = m_fleet->now();
    m_fleet->add(entry);
    BoxLink *link = makeLink(record);
    link->start();
    if (!m_reachability.isActive())
        m_reachability.start();
    emit linkAdded(record.id);
}

Status FleetController::removeBox(qint64 boxId)
{
    if (Status s = m_store->removeBox(boxId); !s)
        return s;
    m_toStart.removeAll(boxId);
    if (BoxLink *link = m_links.take(boxId)) {
        link->stop();
        const BoxRecord record = link->client()->record();
        link->client()->forgetSession();
        m_vault->remove(record.passwordKey(), this, [](const Status &) {});
        m_vault->remove(record.tokenKey(), this, [](const Status &) {});
        link->deleteLater();
    }
    m_fleet->remove(boxId);
    return success();
}

Status FleetController::retrust(qint64 boxId, const QString &fingerprint)
{
    BoxLink *link = m_links.value(boxId);
    if (!link)
        return Error{QStringLiteral("not_found"), tr("No such box."), {}};
    BoxRecord record = link->client()->record();
    record.fingerprint = fingerprint;
    if (Status s = m_store->updateBox(record); !s)
        return s;
    m_nam->clearConnectionCache(); // no kept-alive connection made under the old pin is reused
    link->client()->setRecord(record);
    m_fleet->setRecord(record);
    m_toStart.removeAll(boxId);
    link->start();
    return success();
}

void FleetController::setMuted(qint64 boxId, const QDateTime &until)
{
    m_fleet->setMutedUntil(boxId, until);
    if (const FleetEntry *e = m_fleet->find(boxId))
        m_store->saveLocalState(boxId, e->mutedUntil, e->acknowledged);
    if (BoxLink *l = link(boxId))
        m_quieting->mute(boxId, l->client(), until);
}

void FleetController::setAcknowledged(qint64 boxId, bool acknowledged)
{
    m_fleet->setAcknowledged(boxId, acknowledged);
    if (const FleetEntry *e = m_fleet->find(boxId))
        m_store->saveLocalState(boxId, e->mutedUntil, e->acknowledged);
    if (BoxLink *l = link(boxId); l && acknowledged)
        m_quieting->acknowledgeFaults(boxId, l->client());
}

} // namespace mente::console
