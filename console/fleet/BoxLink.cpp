// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/BoxLink.h"

#include "api/BoxClient.h"
#include "api/BoxInfoClient.h"
#include "api/EventStream.h"
#include "api/EventsClient.h"
#include "api/Jitter.h"
#include "api/Timer.h"
#include "fleet/Fleet.h"
#include "store/ConsoleStore.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcLink, "mente.console.link")

namespace mente::console {

BoxLink::BoxLink(BoxClient *client, Fleet *fleet, ConsoleStore *store, const LinkTimings &timings, QObject *parent,
                 Timers *timers)
    : QObject(parent)
    , m_client(client)
    , m_fleet(fleet)
    , m_store(store)
    , m_timings(timings)
    , m_stream(new EventStream(client, this, timers))
    , m_pollTimer((timers ? *timers : Timers::system()).make(this))
{
    client->setParent(this);
    m_stream->setBackoffLimits(timings.backoffFirstMs, timings.backoffMaxMs);
    if (const FleetEntry *e = fleet->find(boxId()))
        m_lastSeq = e->lastSeq;

    // The first poll comes after a random part of the period, then one every period: links
    // started together (the whole fleet at start) do not poll as one burst ever after.
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, [this]() {
        m_statusTimer.start(m_timings.statusIntervalMs);
        if (!statusIsNews())
            return;
        refreshStatus();
    });
    m_pollTimer->setInterval(timings.pollIntervalMs);
    connect(m_pollTimer, &Timer::timeout, this, &BoxLink::pollEvents);
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(200);
    connect(&m_refreshSoon, &QTimer::timeout, this, &BoxLink::refreshStatus);
    m_saveSeq.setSingleShot(true);
    m_saveSeq.setInterval(1000);
    connect(&m_saveSeq, &QTimer::timeout, this, [this]() { m_store->saveLastSeq(boxId(), m_lastSeq); });

    connect(m_stream, &EventStream::eventReceived, this, &BoxLink::onEvent);
    connect(m_stream, &EventStream::heartbeat, this, [this]() {
        m_heard.start();
        m_fleet->markContact(boxId(), m_fleet->now());
    });
    connect(m_stream, &EventStream::live, this, [this]() {
        m_pollTimer->stop();
        m_fleet->setHasEvents(boxId(), true);
    });
    connect(m_stream, &EventStream::unsupported, this, [this]() {
        qCInfo(lcLink) << "no event stream on" << m_client->record().url << "- polling";
        m_pollTimer->start();
        pollEvents();
    });
    connect(m_stream, &EventStream::lost, this, [this](const QString &why) {
        qCInfo(lcLink) << "event stream of" << m_client->record().url << "lost (" << why << ") - polling meanwhile";
        if (!m_pollTimer->isActive()) {
            m_pollTimer->start();
            pollEvents();
        }
    });

    connect(client, &BoxClient::answered, this, [this]() {
        m_fleet->markContact(boxId(), m_fleet->now());
        m_fleet->setProblem(boxId(), {});
    });
    connect(client, &BoxClient::certificateRefused, this, [this](const QString &presented) {
        m_fleet->setCertificateRefused(boxId(), presented);
        stop(); // no more requests until someone deliberately trusts the new certificate
    });
    connect(client, &BoxClient::authenticationFailed, this,
            [this](const Error &error) { m_fleet->setProblem(boxId(), tr("Login failed: %1").arg(error.message)); });
    connect(client, &BoxClient::passwordChangeRequired, this, &BoxLink::passwordChangeRequired);
}

BoxLink::~BoxLink() = default;

qint64 BoxLink::boxId() const
{
    return m_client->record().id;
}
bool BoxLink::streaming() const
{
    return m_stream->isLive();
}
bool BoxLink::polling() const
{
    return m_pollTimer->isActive();
}

void BoxLink::start()
{
    m_statusTimer.start(firstPeriod(m_timings.statusIntervalMs));
    refreshStatus();
    startFollowing();
}

void BoxLink::startFollowing()
{
    m_stream->stop(); // a restart (new certificate, new login) must not keep the old connection
    m_stream->start(m_lastSeq);
}

void BoxLink::stop()
{
    m_statusTimer.stop();
    m_pollTimer->stop();
    m_refreshSoon.stop();
    m_stream->stop();
}

void BoxLink::refreshStatus()
{
    BoxInfoClient(m_client).status(this, [this](const ApiResult<BoxStatus> &r) {
        if (r.unreadable()) {
            m_fleet->setProblem(boxId(),
                                tr("The box sent a status the console cannot read (%1).").arg(r.error().field));
            return;
        }
        if (!r.ok()) {
            if (r.reached() && r.status() != 428)
                m_fleet->setProblem(boxId(), r.error().message);
            return;
        }
        m_statusAge.start();
        const QDateTime now = m_fleet->now();
        m_fleet->updateStatus(boxId(), r.value(), now);
        m_store->saveStatus(boxId(), r.value(), now);
    });
}

bool BoxLink::statusIsNews() const
{
    // A live stream that spoke within the period already says the box answers, and every event
    // fetches the status soon after: the poll would only cost a second connection per box
    // (1,000 boxes: ~60 MB and most of the quiet CPU), so it waits for kStatusAnywayMs.
    const bool heard = m_stream->isLive() && m_heard.isValid() && !m_heard.hasExpired(m_timings.statusIntervalMs);
    return !heard || !m_statusAge.isValid() || m_statusAge.hasExpired(kStatusAnywayMs);
}

void BoxLink::onEvent(const Event &event)
{
    if (event.seq <= m_lastSeq)
        return;
    m_lastSeq = event.seq;
    m_saveSeq.start();
    m_fleet->applyEvent(boxId(), event);
    emit eventReceived(event);
    m_refreshSoon.start();
}

void BoxLink::pollEvents()
{
    if (m_eventsMissing || m_polling)
        return;
    m_polling = true;
    EventsClient(m_client).after(m_lastSeq, this, [this](const ApiResult<QList<Event>> &r) {
        m_polling = false;
        if (r.status() == 404) {
            m_eventsMissing = true; // the box knows no events yet: the status poll is all there is
            m_pollTimer->stop();
            return;
        }
        if (!r.ok())
            return;
        for (const Event &event : r.value()) {
            m_fleet->setHasEvents(boxId(), true);
            onEvent(event);
        }
        if (!r.value().isEmpty())
            m_refreshSoon.start();
    });
}

} // namespace mente::console
