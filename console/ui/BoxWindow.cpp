// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BoxWindow.h"

#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "launch/LaunchSettings.h"
#include "shared/Device.h"
#include "ui/BoxInfoPage.h"
#include "ui/ConnectionPage.h"
#include "ui/CustomerPage.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/InquiriesPage.h"
#include "ui/OperatorsPage.h"
#include "ui/ReportsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace mente::console {

BoxWindow::BoxWindow(BoxLink *link, FleetController *controller, QWidget *parent)
    : QWidget(parent, Qt::Window), m_link(link), m_controller(controller), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("boxWindow"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_customer = new CustomerPage(link->client(), this);
    m_box = new BoxInfoPage(link->client(), this);
    m_devices = new DevicesPage(link, controller->vault(), this);
    m_operators = new OperatorsPage(link->client(), this);
    m_inquiries = new InquiriesPage(link->client(), this);
    m_reports = new ReportsPage(link->client(), this);
    m_tabs->addTab(m_customer, tr("Customer"));
    m_tabs->addTab(m_box, tr("Box"));
    m_tabs->addTab(m_devices, tr("Devices"));
    m_tabs->addTab(m_operators, tr("Operators"));
    m_tabs->addTab(m_inquiries, tr("Inquiries"));
    m_tabs->addTab(m_reports, tr("Reports"));
    connect(m_inquiries, &InquiriesPage::unavailable, this, [this]() {
        const int index = m_tabs->indexOf(m_inquiries);
        if (index >= 0)
            m_tabs->removeTab(index);
    });
    connect(m_operators, &OperatorsPage::forbidden, this, [this]() {
        const int index = m_tabs->indexOf(m_operators);
        if (index >= 0)
            m_tabs->setTabEnabled(index, false);
    });
    connect(controller->fleet(), &Fleet::changed, this, &BoxWindow::updateTitle);
    updateTitle();
    resize(1000, 640);
}

void BoxWindow::addSessions(SessionController *sessions, ConsoleSettings *settings)
{
    if (m_connection || !sessions)
        return;
    m_devices->setSessions(sessions);
    m_connection = new ConnectionPage(m_link->boxId(), LaunchSettings(settings), sessions, this);
    m_tabs->addTab(m_connection, tr("Diagnose connection"));
    auto suggest = [this]() {
        if (!m_devices->model()->devices().isEmpty())
            m_connection->setDeviceAddress(m_devices->model()->devices().first().ip);
    };
    connect(m_devices, &DevicesPage::loaded, m_connection, suggest);
    suggest();
}

void BoxWindow::updateTitle()
{
    const FleetEntry *e = m_controller->fleet()->find(m_link->boxId());
    if (!e)
        return;
    const QString name = e->status.customerName.isEmpty() ? e->record.url : e->status.customerName;
    setWindowTitle(tr("%1 — %2").arg(name, e->status.serial.isEmpty() ? e->record.url : e->status.serial));
}

} // namespace mente::console
