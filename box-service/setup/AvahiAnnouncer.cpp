// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/AvahiAnnouncer.h"

#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

namespace {
const QString kAvahi = QStringLiteral("org.freedesktop.Avahi");
const QString kServer = QStringLiteral("org.freedesktop.Avahi.Server");
const QString kEntryGroup = QStringLiteral("org.freedesktop.Avahi.EntryGroup");
constexpr int kIfaceUnspec = -1;
constexpr int kProtoUnspec = -1;
constexpr int kGroupCollision = 3;
constexpr int kGroupFailure = 4;
constexpr int kTimeoutMs = 3000;

QByteArray txt(const char *key, const QString &value)
{
    return QByteArray(key) + '=' + value.toUtf8().left(250 - int(qstrlen(key)));
}
} // namespace

AvahiAnnouncer::AvahiAnnouncer(Facts facts, QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_facts(std::move(facts))
    , m_bus(std::move(bus))
    , m_watcher(kAvahi, m_bus, QDBusServiceWatcher::WatchForOwnerChange)
    , m_services(services(m_facts))
{
    qDBusRegisterMetaType<QList<QByteArray>>();
    connect(&m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                m_group.clear(); // the old daemon's groups went with it
                if (!newOwner.isEmpty()) {
                    qCInfo(lcSetup) << "avahi-daemon started: announcing the box again";
                    publish();
                } else {
                    Q_EMIT publishedChanged(false);
                }
            });
}

AvahiAnnouncer::~AvahiAnnouncer()
{
    withdraw();
}

QList<AvahiAnnouncer::Service> AvahiAnnouncer::services(const Facts &f)
{
    const QString name = QStringLiteral("Mente box %1").arg(f.serial);
    const QList<QByteArray> common{"txtvers=1", "product=mente-box", txt("serial", f.serial),
                                   txt("version", f.version)};
    Service api{name,
                QStringLiteral("_https._tcp"),
                f.apiPort,
                common + QList<QByteArray>{txt("fp", f.fingerprint), "path=/api/v1"},
                {QStringLiteral("_mente._sub._https._tcp")}};
    Service setup{name, QStringLiteral("_http._tcp"), f.setupPort, common + QList<QByteArray>{"path=/"}, {}};
    return {api, setup};
}

void AvahiAnnouncer::start()
{
    if (!m_bus.isConnected()) {
        m_error = QStringLiteral("no D-Bus system bus");
        qCInfo(lcSetup) << "not announced with mDNS: no D-Bus system bus";
        return;
    }
    publish();
}

void AvahiAnnouncer::publish()
{
    withdraw();
    QDBusInterface server(kAvahi, QStringLiteral("/"), kServer, m_bus);
    server.setTimeout(kTimeoutMs);
    const QDBusReply<QString> host = server.call(QStringLiteral("GetHostName"));
    if (!host.isValid()) {
        m_error = host.error().message();
        qCInfo(lcSetup) << "not announced with mDNS: avahi-daemon does not answer:" << m_error;
        return;
    }
    if (!m_facts.hostname.isEmpty() && host.value() != m_facts.hostname) {
        const QDBusMessage set = server.call(QStringLiteral("SetHostName"), m_facts.hostname);
        if (set.type() == QDBusMessage::ErrorMessage)
            qCWarning(lcSetup) << "avahi-daemon keeps its host name" << host.value() << ":" << set.errorMessage();
    }
    const QDBusReply<QDBusObjectPath> group = server.call(QStringLiteral("EntryGroupNew"));
    if (!group.isValid()) {
        m_error = group.error().message();
        qCWarning(lcSetup) << "avahi-daemon refused a new entry group:" << m_error;
        return;
    }
    const QString path = group.value().path();
    m_bus.connect(kAvahi, path, kEntryGroup, QStringLiteral("StateChanged"), this, SLOT(onGroupState(int, QString)));
    if (!addServices(path, m_services))
        return;
    m_group = path;
    m_error.clear();
    qCInfo(lcSetup) << "announced with mDNS as" << m_facts.hostname + QStringLiteral(".local") << "setup port"
                    << m_facts.setupPort << "API port" << m_facts.apiPort;
    Q_EMIT publishedChanged(true);
}

bool AvahiAnnouncer::addServices(const QString &path, const QList<Service> &services)
{
    QDBusInterface group(kAvahi, path, kEntryGroup, m_bus);
    group.setTimeout(kTimeoutMs);
    auto failed = [&](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ErrorMessage)
            return false;
        m_error = reply.errorMessage();
        qCWarning(lcSetup) << "avahi-daemon refused the announcement:" << m_error;
        group.call(QStringLiteral("Free"));
        return true;
    };
    for (const Service &s : services) {
        const QDBusMessage added =
            group.call(QStringLiteral("AddService"), kIfaceUnspec, kProtoUnspec, 0u, s.name, s.type, QString(),
                       QString(), QVariant::fromValue(s.port), QVariant::fromValue(s.txt));
        if (failed(added))
            return false;
        for (const QString &subtype : s.subtypes)
            if (failed(group.call(QStringLiteral("AddServiceSubtype"), kIfaceUnspec, kProtoUnspec, 0u, s.name, s.type,
                                  QString(), subtype)))
                return false;
    }
    return !failed(group.call(QStringLiteral("Commit")));
}

void AvahiAnnouncer::onGroupState(int state, const QString &error)
{
    if (state == kGroupCollision && m_renames < 10) {
        // Another box on the LAN has this name (two boxes cannot share a serial, but a copied VM can).
        QDBusInterface server(kAvahi, QStringLiteral("/"), kServer, m_bus);
        const QDBusReply<QString> other =
            server.call(QStringLiteral("GetAlternativeServiceName"), m_services.value(0).name);
        if (!other.isValid())
            return;
        ++m_renames;
        qCWarning(lcSetup) << "mDNS name collision: announcing as" << other.value();
        for (Service &s : m_services)
            s.name = other.value();
        publish();
    } else if (state == kGroupFailure) {
        m_error = error;
        qCWarning(lcSetup) << "mDNS announcement failed:" << error;
    }
}

void AvahiAnnouncer::withdraw()
{
    if (m_group.isEmpty())
        return;
    QDBusInterface group(kAvahi, m_group, kEntryGroup, m_bus);
    group.setTimeout(kTimeoutMs);
    group.call(QStringLiteral("Free"));
    m_group.clear();
}

} // namespace mente::box
