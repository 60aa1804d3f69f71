// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayController.h"

#include "fleet/CauseText.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "fleet/StateText.h"
#include "store/ConsoleSettings.h"
#include "tray/StateIcon.h"

#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcTray, "mente.console.tray")

namespace {
const char *const kKindNames[] = {"box", "vpn", "device", "port", "new-device"}; // Notice::Kind's order
} // namespace

namespace mente::console {

TrayController::TrayController(FleetController *controller, ConsoleSettings *settings, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &TrayController::refreshIcon);
    Fleet *fleet = controller->fleet();
    connect(fleet, &Fleet::noticeRaised, this, &TrayController::onNotice);
    connect(fleet, &Fleet::wasReset, &m_refresh, qOverload<>(&QTimer::start));
    connect(fleet, &Fleet::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(fleet, &Fleet::added, &m_refresh, qOverload<>(&QTimer::start));
    connect(fleet, &Fleet::removed, &m_refresh, qOverload<>(&QTimer::start));

    retranslate();
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::openLast);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    refreshIcon();
    if (available())
        m_icon->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::retranslate()
{
    m_menu->clear();
    m_menu->addAction(tr("Show the console"), this, &TrayController::showRequested);
    m_menu->addAction(tr("Open the last notified box"), this, &TrayController::openLast);
    m_menu->addAction(tr("Connect to the last notified port"), this, &TrayController::connectLast)
        ->setObjectName(QStringLiteral("trayConnect"));
    m_menu->addAction(tr("Acknowledge the last fault"), this, &TrayController::acknowledgeLast);
    m_menu->addAction(tr("Mute the last notified box"), this, &TrayController::muteLast);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayController::quitRequested);
}

bool TrayController::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}
bool TrayController::visible() const
{
    return m_icon->isVisible();
}

QString TrayController::boxName(qint64 boxId) const
{
    const FleetEntry *e = m_controller->fleet()->find(boxId);
    if (!e)
        return QString::number(boxId);
    const QString serial = e->status.serial.isEmpty() ? e->record.url : e->status.serial;
    return e->status.customerName.isEmpty() ? serial : QStringLiteral("%1 (%2)").arg(e->status.customerName, serial);
}

// "192.168.1.10 (printer) port 443 HTTPS"; without the event's detail, "Port #7".
QString TrayController::targetText(const Notice &notice)
{
    if (notice.targetId <= 0)
        return noticeKindLabel(notice.kind);
    if (notice.ip.isEmpty())
        return tr("%1 #%2").arg(noticeKindLabel(notice.kind)).arg(notice.targetId);
    const QString device = notice.name.isEmpty() ? notice.ip : tr("%1 (%2)").arg(notice.ip, notice.name);
    if (notice.kind != Notice::Kind::Port || notice.port <= 0)
        return device;
    if (notice.protocol.isEmpty())
        return tr("%1 port %2").arg(device).arg(notice.port);
    return tr("%1 port %2 %3").arg(device).arg(notice.port).arg(notice.protocol);
}

// The box's cause in words; the last check's own cause too when it says more ("flapping").
QString TrayController::causeOf(const Notice &notice)
{
    if (notice.cause.isEmpty())
        return notice.checkCause.isEmpty() ? QString() : causeText(notice.checkCause);
    if (notice.checkCause.isEmpty() || notice.checkCause == notice.cause)
        return causeText(notice.cause);
    return tr("%1; last check: %2").arg(causeText(notice.cause), causeText(notice.checkCause));
}

void TrayController::refreshIcon()
{
    m_shown = m_controller->fleet()->worstState(m_controller->fleet()->now());
    m_icon->setIcon(stateIcon(m_shown));
    m_icon->setToolTip(tr("Mente console — fleet: %1").arg(stateLabel(m_shown)));
}

void TrayController::onNotice(const Notice &notice)
{
    m_refresh.start();
    const FleetEntry *e = m_controller->fleet()->find(notice.boxId);
    if (!e || e->muted(m_controller->fleet()->now()))
        return;
    m_last = notice;
    m_hasLast = true;
    ++m_count;
    if (notice.kind == Notice::Kind::NewDevice) {
        m_lastTitle = tr("New device on the LAN: %1").arg(boxName(notice.boxId));
        m_lastMessage =
            notice.vendor.isEmpty() ? notice.address : QStringLiteral("%1 (%2)").arg(notice.address, notice.vendor);
    } else {
        m_lastTitle = notice.isFault() ? tr("Fault: %1").arg(boxName(notice.boxId))
                                       : tr("Recovered: %1").arg(boxName(notice.boxId));
        m_lastMessage = tr("%1: %2 → %3").arg(targetText(notice), stateLabel(notice.from), stateLabel(notice.to));
        if (const QString cause = causeOf(notice); !cause.isEmpty())
            m_lastMessage = tr("%1 (%2)").arg(m_lastMessage, cause);
    }
    // One line per notification (QT_LOGGING_RULES=mente.console.tray.info=true shows them).
    qCInfo(lcTray).noquote() << (notice.isFault()      ? "fault"
                                 : notice.isRecovery() ? "recovery"
                                                       : "notice")
                             << "box" << notice.boxId << kKindNames[int(notice.kind)] << notice.targetId
                             << toWire(notice.from) << "->" << toWire(notice.to);
    if (m_icon->isVisible())
        m_icon->showMessage(m_lastTitle, m_lastMessage,
                            notice.isFault() ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
}

void TrayController::openLast()
{
    if (m_hasLast)
        emit openRequested(m_last.boxId);
}

void TrayController::connectLast()
{
    if (m_hasLast && m_last.kind == Notice::Kind::Port && m_last.targetId > 0)
        emit connectRequested(m_last.boxId, m_last.targetId);
    else if (m_hasLast)
        emit openRequested(m_last.boxId); // not a port: the box's row is the next best place
}

void TrayController::acknowledgeLast()
{
    if (m_hasLast)
        m_controller->setAcknowledged(m_last.boxId, true);
}

void TrayController::muteLast()
{
    if (m_hasLast)
        m_controller->setMuted(m_last.boxId,
                               m_controller->fleet()->now().addSecs(qint64(m_settings->defaultMuteMinutes()) * 60));
}

} // namespace mente::console
