// SPDX-License-Identifier: GPL-3.0-or-later
// BoxBrowser on Windows: the system's DNS-SD (WindowsDnsSd: DnsServiceBrowse and DnsServiceResolve
// of dnsapi.dll, Windows 10 1809 and later, looked up at run time). On older Windows available()
// is false and the dialog asks for the address; boxes stay reachable by their mDNS name.
// A browse answers once, so a new one starts a few seconds after each answer; a listed box that is
// missing from two answers in a row is taken off the list. A browse that has not answered within
// kStuckRounds rounds is cancelled and started again.
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
constexpr int kMissedAnswers = 2;
constexpr int kStuckRounds = 6;

QString instanceName(const QString &full)
{
    return full.endsWith(kSuffix, Qt::CaseInsensitive) ? full.left(full.size() - kSuffix.size()) : full;
}

QList<QByteArray> txtEntries(const DnsSdService &service)
{
    QList<QByteArray> txt;
    for (const auto &[key, value] : service.txt)
        txt << (QString::fromStdWString(key) + QLatin1Char('=') + QString::fromStdWString(value)).toUtf8();
    return txt;
}
} // namespace

struct BoxBrowser::Impl
{
    explicit Impl(BoxBrowser &owner)
        : browser(owner)
        , sd(
              // Both run on a system thread, while the browser exists (WindowsDnsSd's lock): the
              // answer is handed to the browser's thread, and dropped there if it is gone by then.
              [owner = &owner](std::vector<std::wstring> found, bool ok) {
                  QStringList names;
                  for (const std::wstring &name : found)
                      names << QString::fromStdWString(name);
                  QMetaObject::invokeMethod(
                      owner, [owner, names, ok] { owner->m_impl->browseAnswered(names, ok); }, Qt::QueuedConnection);
              },
              [owner = &owner](std::wstring asked, DnsSdService service, bool ok) {
                  const QString name = instanceName(QString::fromStdWString(asked));
                  const FoundBox box =
                      BoxBrowser::fromTxt(name, QString::fromStdWString(service.host),
                                          QString::fromStdString(service.ipv4), service.port, txtEntries(service));
                  QMetaObject::invokeMethod(
                      owner, [owner, box, ok] { owner->m_impl->resolved(box, ok); }, Qt::QueuedConnection);
              })
    {
        timer.setInterval(kRoundMs);
        QObject::connect(&timer, &QTimer::timeout, &browser, [this] { nextRound(); });
    }

    bool startBrowse()
    {
        browsing = sd.browse(kQuery);
        roundsWaiting = 0;
        if (!browsing)
            qCInfo(lcBrowse) << "DnsServiceBrowse did not start";
        return browsing;
    }

    void nextRound()
    {
        if (!browsing) {
            startBrowse();
        } else if (++roundsWaiting >= kStuckRounds) {
            qCInfo(lcBrowse) << "DnsServiceBrowse gave no answer: started again";
            sd.cancelAll(); // the resolves too: they are asked for again with the next answer
            resolving.clear();
            startBrowse();
        }
    }

    void browseAnswered(const QStringList &fullNames, bool ok)
    {
        browsing = false;
        if (!ok) {
            qCInfo(lcBrowse) << "DnsServiceBrowse failed; trying again";
            return;
        }
        QSet<QString> heard;
        for (const QString &full : fullNames) {
            const QString name = instanceName(full);
            heard.insert(name);
            if (!missed.contains(name) && !resolving.contains(name) && sd.resolve(full.toStdWString()))
                resolving.insert(name);
        }
        for (auto it = missed.begin(); it != missed.end();) {
            it.value() = heard.contains(it.key()) ? 0 : it.value() + 1;
            if (it.value() >= kMissedAnswers) {
                browser.remove(it.key());
                it = missed.erase(it);
            } else {
                ++it;
            }
        }
    }

    void resolved(const FoundBox &box, bool ok)
    {
        resolving.remove(box.name);
        if (!ok || box.address.isEmpty() || box.port == 0)
            return; // asked again after the next answer; without IPv4 it is no use (setup and API are IPv4)
        missed[box.name] = 0;
        browser.add(box);
    }

    BoxBrowser &browser;
    WindowsDnsSd sd;
    QTimer timer;
    QHash<QString, int> missed; // listed boxes: answers in a row without them
    QSet<QString> resolving;
    bool browsing = false; // a browse runs and has not answered yet
    int roundsWaiting = 0;
    bool started = false;
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
    m_impl->started = m_impl->startBrowse();
    if (m_impl->started)
        m_impl->timer.start();
}

bool BoxBrowser::available() const
{
    return m_impl->started;
}

} // namespace mente::console
