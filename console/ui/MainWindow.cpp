// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetModel.h"
#include "store/ConsoleSettings.h"
#include "store/SecretVault.h"
#include "ui/AboutBox.h"
#include "ui/AddBoxDialog.h"
#include "ui/BoxWindow.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/DevicesPage.h"
#include "ui/FleetOperatorsDialog.h"
#include "ui/PortSessionMenu.h"
#include "ui/SettingsDialog.h"
#include "ui/StateDelegate.h"
#include "ui/TrustDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace mente::console {

MainWindow::MainWindow(FleetController *controller, ConsoleSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_model(new FleetModel(controller->fleet(), this))
    , m_proxy(new FleetFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mente console"));
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by serial, customer or sub-domain"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(central);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All states"), int(FleetFilterProxy::StateFilter::All));
    m_stateFilter->addItem(tr("Faults"), int(FleetFilterProxy::StateFilter::Faults));
    m_stateFilter->addItem(tr("OK"), int(FleetFilterProxy::StateFilter::Ok));
    m_stateFilter->addItem(tr("Unknown"), int(FleetFilterProxy::StateFilter::Unknown));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_stateFilter);
    layout->addLayout(filterRow);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::Serial, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new StateDelegate(FleetModel::StateRole, FleetModel::QuietRole, m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < FleetModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, FleetModel::isStateColumn(c) ? 64 : 110);
    m_table->setColumnWidth(FleetModel::Serial, 150);
    m_table->setColumnWidth(FleetModel::Customer, 180);
    m_table->setColumnWidth(FleetModel::LicenceKey, 160);
    m_table->setColumnWidth(FleetModel::Address, 200);
    m_table->setColumnWidth(FleetModel::Mac, 150);
    m_table->setColumnWidth(FleetModel::LastContact, 150);
    m_table->setColumnWidth(FleetModel::Monitored, 90);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);

    buildActions();

    // What the box said to a mute or an acknowledgement sent from here (or the tray).
    connect(m_controller, &FleetController::remoteResult, this,
            [this](qint64, bool ok, const QString &message) { statusBar()->showMessage(message, ok ? 8000 : 20000); });

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FleetFilterProxy::setText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int) {
        m_proxy->setStateFilter(FleetFilterProxy::StateFilter(m_stateFilter->currentData().toInt()));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openBox(index.data(FleetModel::BoxIdRole).toLongLong()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(controller, &FleetController::passwordChangeRequired, this, &MainWindow::askPasswordChange);

    restoreState(settings->windowState());
    resize(1200, 640);
    updateCounts();
}

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Fleet"));
    toolbar->setObjectName(QStringLiteral("fleetToolbar"));
    auto make = [this](const QString &name, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *add = make(QStringLiteral("addBoxAction"), tr("Add box…"), [this]() { addBox(); });
    QAction *open = make(QStringLiteral("openBoxAction"), tr("Open"), [this]() {
        if (const qint64 id = currentBoxId())
            openBox(id);
    });
    QAction *refresh = make(QStringLiteral("refreshAction"), tr("Refresh"), [this]() {
        for (BoxLink *link : m_controller->links())
            link->refreshStatus();
    });
    QAction *remove = make(QStringLiteral("removeBoxAction"), tr("Remove box…"), &MainWindow::removeSelected);
    QAction *retrust =
        make(QStringLiteral("retrustAction"), tr("Trust the new certificate…"), &MainWindow::retrustCurrent);
    QAction *relogin = make(QStringLiteral("reloginAction"), tr("Log in again…"), &MainWindow::reloginCurrent);
    QAction *mute = make(QStringLiteral("muteAction"), tr("Mute notifications…"), &MainWindow::muteCurrent);
    // A maintenance window of a chosen length; the action itself uses the length from the settings.
    delete m_muteMenu;
    m_muteMenu = new QMenu(this);
    for (const int minutes : {15, 60, 240, 1440}) {
        QAction *choice = m_muteMenu->addAction(tr("For %n minute(s)", nullptr, minutes));
        choice->setObjectName(QStringLiteral("muteFor%1").arg(minutes));
        connect(choice, &QAction::triggered, this, [this, minutes]() { muteCurrentFor(minutes); });
    }
    m_muteMenu->addSeparator();
    QAction *unmute = m_muteMenu->addAction(tr("Notifications on again"));
    unmute->setObjectName(QStringLiteral("unmuteAction"));
    connect(unmute, &QAction::triggered, this, [this]() { muteCurrentFor(0); });
    mute->setMenu(m_muteMenu);
    QAction *ack = make(QStringLiteral("acknowledgeAction"), tr("Acknowledge fault"), &MainWindow::acknowledgeCurrent);
    QAction *operators =
        make(QStringLiteral("fleetOperatorsAction"), tr("Operators on every box…"), &MainWindow::openFleetOperators);
    QAction *settings = make(QStringLiteral("settingsAction"), tr("Settings…"), &MainWindow::openSettings);
    QAction *quit = make(QStringLiteral("quitAction"), tr("Quit"), [this]() { emit quitRequested(); });
    quit->setShortcut(QKeySequence::Quit);

    toolbar->addActions({add, open, refresh});
    toolbar->addSeparator();
    toolbar->addActions({ack, mute});
    toolbar->addSeparator();
    toolbar->addActions({operators, settings});

    QMenu *file = menuBar()->addMenu(tr("&Console"));
    file->addActions({add, remove, retrust, relogin});
    file->addSeparator();
    file->addActions({settings, quit});
    QMenu *fleet = menuBar()->addMenu(tr("&Fleet"));
    fleet->addActions({open, refresh, ack, mute, operators});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(make(QStringLiteral("aboutAction"), AboutBox::title(), [this]() { AboutBox::show(this); }));
    m_table->addActions({open, ack, mute, retrust, relogin, remove});
}

qint64 MainWindow::currentBoxId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(FleetModel::BoxIdRole).toLongLong() : 0;
}

void MainWindow::showBoxRow(qint64 boxId)
{
    const int row = m_controller->fleet()->rowOf(boxId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        m_stateFilter->setCurrentIndex(0);
        m_proxy->setText({});
        m_proxy->setStateFilter(FleetFilterProxy::StateFilter::All);
    }
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(shown);
    m_table->scrollTo(shown);
    showNormal();
    raise();
    activateWindow();
}

BoxWindow *MainWindow::openBox(qint64 boxId)
{
    BoxLink *link = m_controller->link(boxId);
    if (!link)
        return nullptr;
    QPointer<BoxWindow> &window = m_boxWindows[boxId];
    if (!window) {
        window = new BoxWindow(link, m_controller, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->addSessions(m_sessions, m_settings);
    }
    window->show();
    window->raise();
    return window;
}

void MainWindow::connectPort(qint64 boxId, qint64 portId)
{
    BoxWindow *window = openBox(boxId);
    if (!window)
        return;
    DevicesPage *devices = window->devicesPage();
    window->tabs()->setCurrentWidget(devices);
    if (devices->hasLoaded() && devices->sessionMenu()->connectPort(portId))
        return;
    // The list is still loading (or stale): connect once it is there.
    auto *once = new QObject(devices);
    connect(devices, &DevicesPage::loaded, once, [devices, portId, once]() {
        once->deleteLater();
        devices->sessionMenu()->connectPort(portId);
    });
    devices->reload();
}

void MainWindow::addBox(const QString &url)
{
    auto *dialog = new AddBoxDialog(m_controller, this);
    if (!url.isEmpty())
        dialog->setUrl(url);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddBoxDialog::boxAdded, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Box added."), 5000);
        showBoxRow(id);
    });
    dialog->open();
}

void MainWindow::removeSelected()
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(FleetModel::BoxIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove boxes"),
                                tr("Remove %n box(es) from this console? The boxes keep running; their passwords are "
                                   "deleted from the keychain.",
                                   nullptr, int(ids.size())),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("removeBoxQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result != QMessageBox::Yes)
            return;
        for (const qint64 id : ids) {
            if (auto window = m_boxWindows.take(id))
                window->close();
            if (Status s = m_controller->removeBox(id); !s)
                QMessageBox::warning(this, tr("Remove boxes"), s.error().message);
        }
    });
    box->open();
}

void MainWindow::retrustCurrent()
{
    const qint64 id = currentBoxId();
    const FleetEntry *entry = m_controller->fleet()->find(id);
    if (!entry)
        return;
    if (!entry->certificateRefused) {
        QMessageBox::information(this, tr("Certificate"), tr("This box presents the certificate that is trusted."));
        return;
    }
    auto *dialog = new TrustDialog(TrustDialog::Reason::CertificateChanged, entry->record.url,
                                   entry->presentedFingerprint, entry->record.fingerprint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString presented = entry->presentedFingerprint;
    connect(dialog, &QDialog::accepted, this, [this, id, presented]() {
        if (Status s = m_controller->retrust(id, presented); !s)
            QMessageBox::warning(this, tr("Certificate"), s.error().message);
    });
    dialog->open();
}

void MainWindow::reloginCurrent()
{
    BoxLink *link = m_controller->link(currentBoxId());
    if (!link)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reloginDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Log in again"));
    dialog->setLabelText(tr("Password of %1 on %2:").arg(link->client()->record().login, link->client()->record().url));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, link](const QString &password) {
        link->client()->login(password, this, [this, link, password](const ApiReply &r) {
            if (!r.ok()) {
                QMessageBox::warning(this, tr("Log in again"), r.error().message);
                return;
            }
            m_controller->vault()->write(link->client()->record().passwordKey(), password, this, [](const Status &) {});
            m_controller->fleet()->setProblem(link->boxId(), {});
            link->start();
        });
    });
    dialog->open();
}

void MainWindow::muteCurrent()
{
    const FleetEntry *entry = m_controller->fleet()->find(currentBoxId());
    if (!entry)
        return;
    muteCurrentFor(entry->muted(m_controller->fleet()->now()) ? 0 : m_settings->defaultMuteMinutes());
}

void MainWindow::muteCurrentFor(int minutes)
{
    const qint64 id = currentBoxId();
    if (!m_controller->fleet()->find(id))
        return;
    if (minutes <= 0) {
        m_controller->setMuted(id, {});
        statusBar()->showMessage(tr("Notifications for this box are on again."), 5000);
        return;
    }
    m_controller->setMuted(id, m_controller->fleet()->now().addSecs(qint64(minutes) * 60));
    statusBar()->showMessage(tr("Notifications for this box muted for %n minute(s).", nullptr, minutes), 5000);
}

void MainWindow::acknowledgeCurrent()
{
    if (const qint64 id = currentBoxId())
        m_controller->setAcknowledged(id, true);
}

void MainWindow::askPasswordChange(qint64 boxId)
{
    BoxLink *link = m_controller->link(boxId);
    if (!link || m_askingPassword)
        return;
    m_askingPassword = true;
    auto *dialog = new ChangePasswordDialog(link->client()->record().login, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this]() { m_askingPassword = false; });
    connect(dialog, &QDialog::accepted, this,
            [this, link, current = dialog->currentPassword(), next = dialog->newPassword()]() {
                link->client()->changePassword(current, next, this, [this, link](const ApiReply &r) {
                    if (!r.ok())
                        QMessageBox::warning(this, tr("Change the password"), r.error().message);
                    else
                        link->refreshStatus();
                });
            });
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChosen, this, &MainWindow::languageChanged);
    dialog->open();
}

void MainWindow::openFleetOperators()
{
    auto *dialog = new FleetOperatorsDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateCounts()
{
    m_counts->setText(tr("%1 of %2 boxes shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MainWindow::retranslate()
{
    // Rebuilding is simpler than tracking every string: menus and the toolbar are made again.
    menuBar()->clear();
    const auto bars = findChildren<QToolBar *>();
    for (QToolBar *bar : bars)
        delete bar;
    const auto actions = m_table->actions();
    for (QAction *a : actions)
        m_table->removeAction(a);
    const auto own = findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly);
    for (QAction *a : own)
        delete a;
    buildActions();
    setWindowTitle(tr("Mente console"));
    m_filter->setPlaceholderText(tr("Filter by serial, customer or sub-domain"));
    m_stateFilter->setItemText(0, tr("All states"));
    m_stateFilter->setItemText(1, tr("Faults"));
    m_stateFilter->setItemText(2, tr("OK"));
    m_stateFilter->setItemText(3, tr("Unknown"));
    updateCounts();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, FleetModel::ColumnCount - 1);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowState(saveState());
    if (m_closeToTray) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    emit quitRequested();
}

} // namespace mente::console
