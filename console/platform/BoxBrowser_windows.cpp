// SPDX-License-Identifier: GPL-3.0-or-later
// BoxBrowser on Windows: the system's DNS-SD (WindowsDnsSd: DnsServiceBrowse and DnsServiceResolve
// of dnsapi.dll, Windows 10 1809 and later, looked up at run time). On older Windows available()
// is false and the dialog asks for the address; boxes stay reachable by their mDNS name.
// A browse answers once, so it is repeated every few seconds; a box that is missing from two
// answers in a row is taken off the list.
#include "platform/BoxBrowser.h"
#include "platform/WindowsDnsSd.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcBrowse, "mente.console.browse")

namespace mente::console {

namespace {
const std::wstring kQuery = L"_mente._sub._https._tcp.local";
const QString kSuffix = QStringLiteral("._https._tcp.local");
constexpr int kRoundMs = 5000;
constexpr int kMissedRounds = 2;

QString instanceName(const QString &full)
{
    return full.endsWith(kSuffix, Qt::CaseInsensitive) ? full.left(full.size() - kSuffix.size()) : full;
}
} // namespace

struct BoxBrowser::Impl
{
    explicit Impl(BoxBrowser &owner)
        : browser(owner)
        , sd(
              // Both run on a system thread, while the browser exists (WindowsDnsSd's lock): the
              // answer is handed to the browser's thread, and dropped there if it is gone by then.
              [owner = &owner](std::vector<std::wstring> found) {
                  QStringList names;
                  for (const std::wstring &name : found)
                      names << QString::fromStdWString(name);
                  QMetaObject::invokeMethod(
                      owner, [owner, names] { owner->m_impl->roundAnswered(names); }, Qt::QueuedConnection);
              },
              [owner = &owner](DnsSdService service) {
                  QList<QByteArray> txt;
                  for (const auto &[key, value] : service.txt)
                      txt << (QString::fromStdWString(key) + QLatin1Char('=') + QString::fromStdWString(value))
                                 .toUtf8();
                  const FoundBox box = BoxBrowser::fromTxt(instanceName(QString::fromStdWString(service.instance)),
                                                           QString::fromStdWString(service.host),
                                                           QString::fromStdString(service.ipv4), service.port, txt);
                  QMetaObject::invokeMethod(
                      owner, [owner, box] { owner->m_impl->resolved(box); }, Qt::QueuedConnection);
              })
    {
        timer.setInterval(kRoundMs);
        QObject::connect(&timer, &QTimer::timeout, &browser, [this] { nextRound(); });
    }

    void nextRound()
    {
        // What still runs from the last round is cancelled (its answer no longer counts).
        sd.cancelAll();
        resolving.clear();
        for (auto it = missed.begin(); it != missed.end();) {
            if (++it.value() >= kMissedRounds) {
                browser.remove(it.key());
                it = missed.erase(it);
            } else {
                ++it;
            }
        }
        if (!sd.browse(kQuery))
            qCInfo(lcBrowse) << "DnsServiceBrowse did not start";
    }

    void roundAnswered(const QStringList &fullNames)
    {
        for (const QString &full : fullNames) {
            const QString name = instanceName(full);
            if (missed.contains(name))
                missed[name] = 0;
            else if (!resolving.contains(name) && sd.resolve(full.toStdWString()))
                resolving.insert(name);
        }
    }

    void resolved(const FoundBox &box)
    {
        resolving.remove(box.name);
        if (box.address.isEmpty() || box.port == 0)
            return; // no IPv4 address: the box's setup and API are IPv4
        missed[box.name] = 0;
        browser.add(box);
    }

    BoxBrowser &browser;
    WindowsDnsSd sd;
    QTimer timer;
    QHash<QString, int> missed; // listed boxes: answers in a row without them
    QSet<QString> resolving;
    bool running = false;
};

BoxBrowser::BoxBrowser(QObject *parent) : QObject(parent), m_impl(std::make_unique<Impl>(*this)) {}

BoxBrowser::~BoxBrowser() = default;

void BoxBrowser::start()
{
    if (!WindowsDnsSd::available()) {
        qCInfo(lcBrowse) << "this Windows has no DNS-SD browser (DnsServiceBrowse, Windows 10 1809 and later): "
                            "boxes are not browsed";
        return;
    }
    m_impl->running = m_impl->sd.browse(kQuery);
    if (!m_impl->running) {
        qCInfo(lcBrowse) << "DnsServiceBrowse did not start: boxes are not browsed";
        return;
    }
    m_impl->timer.start();
}

bool BoxBrowser::available() const
{
    return m_impl->running;
}

} // namespace mente::console
