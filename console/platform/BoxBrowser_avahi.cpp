// SPDX-License-Identifier: GPL-3.0-or-later
// BoxBrowser on Linux: avahi-daemon's ServiceBrowser and ResolveService over D-Bus.
#include "platform/BoxBrowser.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

#include <functional>

Q_LOGGING_CATEGORY(lcBrowse, "mente.console.browse")

namespace mente::console {

namespace {
const QString kAvahi = QStringLiteral("org.freedesktop.Avahi");
const QString kBrowser = QStringLiteral("org.freedesktop.Avahi.ServiceBrowser");
const QString kType = QStringLiteral("_mente._sub._https._tcp");
constexpr int kProtoInet = 0; // resolve to IPv4: the box's setup and API are IPv4

// Receives avahi's signals (a QObject of its own, so BoxBrowser's header stays portable).
class AvahiSession : public QObject
{
    Q_OBJECT
public:
    AvahiSession(std::function<void(const FoundBox &)> added, std::function<void(const QString &)> removed)
        : onAdded(std::move(added)), onRemoved(std::move(removed)), bus(QDBusConnection::systemBus())
    {}

    void start()
    {
        if (!bus.isConnected()) {
            qCInfo(lcBrowse) << "no D-Bus system bus: boxes are not browsed";
            return;
        }
        qDBusRegisterMetaType<QList<QByteArray>>();
        // Subscribe before the browser exists (any path), so its first items are not missed.
        bus.connect(kAvahi, QString(), kBrowser, QStringLiteral("ItemNew"), this, SLOT(itemNew(QDBusMessage)));
        bus.connect(kAvahi, QString(), kBrowser, QStringLiteral("ItemRemove"), this, SLOT(itemRemove(QDBusMessage)));
        QDBusInterface server(kAvahi, QStringLiteral("/"), QStringLiteral("org.freedesktop.Avahi.Server"), bus);
        server.setTimeout(3000);
        const QDBusMessage reply =
            server.call(QStringLiteral("ServiceBrowserNew"), -1, -1, kType, QStringLiteral("local"), 0u);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            qCInfo(lcBrowse) << "avahi-daemon does not answer: boxes are not browsed:" << reply.errorMessage();
            return;
        }
        path = reply.arguments().first().value<QDBusObjectPath>().path();
    }

public slots:
    void itemNew(const QDBusMessage &message)
    {
        const QList<QVariant> a = message.arguments();
        if (message.path() != path || a.size() < 5)
            return;
        QDBusInterface server(kAvahi, QStringLiteral("/"), QStringLiteral("org.freedesktop.Avahi.Server"), bus);
        const QDBusPendingCall call = server.asyncCall(QStringLiteral("ResolveService"), a.at(0), a.at(1), a.at(2),
                                                       a.at(3), a.at(4), kProtoInet, 0u);
        auto *watcher = new QDBusPendingCallWatcher(call, this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusMessage r = w->reply();
            const QList<QVariant> v = r.arguments();
            if (r.type() != QDBusMessage::ReplyMessage || v.size() < 10)
                return;
            QList<QByteArray> txt;
            const QDBusArgument arg = v.at(9).value<QDBusArgument>();
            arg >> txt;
            onAdded(BoxBrowser::fromTxt(v.at(2).toString(), v.at(5).toString(), v.at(7).toString(),
                                        quint16(v.at(8).toUInt()), txt));
        });
    }
    void itemRemove(const QDBusMessage &message)
    {
        if (message.path() == path && message.arguments().size() >= 3)
            onRemoved(message.arguments().at(2).toString());
    }

public:
    std::function<void(const FoundBox &)> onAdded;
    std::function<void(const QString &)> onRemoved;
    QDBusConnection bus;
    QString path; // the ServiceBrowser's object path once it runs
};
} // namespace

struct BoxBrowser::Impl
{
    explicit Impl(BoxBrowser &browser)
        : session([&browser](const FoundBox &box) { browser.add(box); },
                  [&browser](const QString &name) { browser.remove(name); })
    {}
    AvahiSession session;
};

BoxBrowser::BoxBrowser(QObject *parent) : QObject(parent), m_impl(std::make_unique<Impl>(*this)) {}

BoxBrowser::~BoxBrowser()
{
    if (!m_impl->session.path.isEmpty()) {
        QDBusInterface browser(kAvahi, m_impl->session.path, kBrowser, m_impl->session.bus);
        browser.call(QDBus::NoBlock, QStringLiteral("Free"));
    }
}

void BoxBrowser::start()
{
    m_impl->session.start();
}

bool BoxBrowser::available() const
{
    return !m_impl->session.path.isEmpty();
}

} // namespace mente::console

#include "BoxBrowser_avahi.moc"
