// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "store/BoxRecord.h"
#include "store/LinkTimings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace mente::console {

class BoxLink;
class BoxQuieting;
class ConsoleStore;
class Fleet;
class SecretVault;

// Owns one BoxLink per box and keeps the Fleet, the local database and the vault in step when
// boxes are added, re-trusted or removed.
class FleetController : public QObject
{
    Q_OBJECT
public:
    FleetController(Fleet *fleet, ConsoleStore *store, SecretVault *vault, QNetworkAccessManager *nam,
                    const LinkTimings &timings, QObject *parent = nullptr);

    void loadFromStore();                // the cached fleet, at once; then the links start, a group at a time
    void adopt(const BoxRecord &record); // a box just enrolled (already in the store)
    Status removeBox(qint64 boxId);
    Status retrust(qint64 boxId, const QString &fingerprint);
    // The local state changes at once; a mute (an invalid time: notifications on again) or an
    // acknowledgement is also sent to the box, and remoteResult() tells how that went.
    void setMuted(qint64 boxId, const QDateTime &until);
    void setAcknowledged(qint64 boxId, bool acknowledged);

    BoxLink *link(qint64 boxId) const { return m_links.value(boxId); }
    QList<BoxLink *> links() const { return m_links.values(); }
    Fleet *fleet() const { return m_fleet; }
    ConsoleStore *store() const { return m_store; }
    SecretVault *vault() const { return m_vault; }
    QNetworkAccessManager *network() const { return m_nam; }
    const LinkTimings &timings() const { return m_timings; }

signals:
    void passwordChangeRequired(qint64 boxId);
    void linkAdded(qint64 boxId);
    void remoteResult(qint64 boxId, bool ok, const QString &message); // words for the status bar

private:
    BoxLink *makeLink(const BoxRecord &record);
    void startSome(); // the next group of links loadFromStore left waiting

    static constexpr int kStartWindow = 24;       // links starting at once at most
    static constexpr int kStartGapMs = 50;        // how often a free place is looked for
    static constexpr int kStartPatienceMs = 5000; // a link not live by then gives up its place

    Fleet *m_fleet;
    ConsoleStore *m_store;
    SecretVault *m_vault;
    QNetworkAccessManager *m_nam;
    LinkTimings m_timings;
    QHash<qint64, BoxLink *> m_links;
    QTimer m_reachability;
    QTimer m_startNext;
    QList<qint64> m_toStart;                 // links loadFromStore has not started yet
    QHash<qint64, QElapsedTimer> m_starting; // started, not live yet: since when
    BoxQuieting *m_quieting;
};

} // namespace mente::console
