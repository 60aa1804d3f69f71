// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "tunnel/SshHostKey.h"
#include "tunnel/TunnelReport.h"
#include "tunnel/TunnelSettings.h"
#include "tunnel/TunnelTargets.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

struct ssh_bind_struct;

namespace mente::box {

class AuditLog;
class Database;
class DeviceStore;
class EventLog;
class TunnelListener;

// The box's SSH endpoint for the consoles' tunnels (issue 10). Listens on the Qt thread; each
// connection runs on its own worker thread (SshConnection, libssh), which reports back through
// a queued call guarded by this object. Every tunnel opened, closed or refused is written to
// the audit log and (opened/closed/refused) as a "tunnel" event, on the Qt thread.
class TunnelServer : public QObject
{
    Q_OBJECT
public:
    struct Stores
    {
        Database *db = nullptr;
        AuditLog *audit = nullptr;
        EventLog *events = nullptr;
        DeviceStore *devices = nullptr;
    };

    TunnelServer(TunnelSettings settings, QStringList lanCidrs, SshHostKey hostKey, QString databasePath, Stores stores,
                 QObject *parent = nullptr);
    ~TunnelServer() override;

    // Binds [tunnel] listen; an error names it.
    Status listen();
    // The port it listens on (the real one when [tunnel] listen asked for port 0).
    quint16 port() const;
    QString address() const;
    // Ends every connection and waits for the worker threads.
    void stop();

private:
    void accept(qintptr descriptor);
    void serve(int descriptor, const QString &client);
    void record(const TunnelReport &report);

    TunnelSettings m_settings;
    QStringList m_lanCidrs;
    SshHostKey m_hostKey;
    QString m_databasePath;
    Stores m_stores;
    std::unique_ptr<TunnelListener> m_listener;
    ssh_bind_struct *m_bind = nullptr;
    QMutex m_bindLock; // ssh_bind_accept_fd from several worker threads
    QList<QThread *> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_channelsOpen{0};
};

} // namespace mente::box
