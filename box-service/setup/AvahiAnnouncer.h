// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QList>
#include <QObject>

namespace mente::box {

// Announces the box on its LAN with mDNS/DNS-SD (F1, seed §4 reaches the box by name) through
// avahi-daemon's D-Bus API: the host name mente-<serial>.local, the setup page as _http._tcp and
// the API as _https._tcp (with the subtype _mente._sub._https._tcp the console browses), with the
// serial and the TLS fingerprint in TXT records. Publishes again whenever avahi-daemon (re)starts;
// without avahi-daemon the box simply is not announced.
class AvahiAnnouncer : public QObject
{
    Q_OBJECT
public:
    struct Service
    {
        QString name; // instance name, e.g. "Mente box 7K3MQ2R9ZX4P"
        QString type; // "_https._tcp"
        quint16 port = 0;
        QList<QByteArray> txt;
        QStringList subtypes; // "_mente._sub._https._tcp"
    };
    struct Facts
    {
        QString hostname; // without .local
        QString serial;
        QString fingerprint;
        QString version;
        quint16 setupPort = 0;
        quint16 apiPort = 0;
    };

    AvahiAnnouncer(Facts facts, QDBusConnection bus, QObject *parent = nullptr);
    ~AvahiAnnouncer() override;

    void start();
    bool published() const { return !m_group.isEmpty(); }
    QString error() const { return m_error; }

    // What is announced, as records; the unit test reads these.
    static QList<Service> services(const Facts &facts);

Q_SIGNALS:
    void publishedChanged(bool published);

private:
    void publish();
    void withdraw();
    bool addServices(const QString &group, const QList<Service> &services);

private Q_SLOTS:
    void onGroupState(int state, const QString &error);

private:
    Facts m_facts;
    QDBusConnection m_bus;
    QDBusServiceWatcher m_watcher;
    QList<Service> m_services;
    QString m_group; // the EntryGroup's object path while published
    QString m_error;
    int m_renames = 0;
};

} // namespace mente::box
