// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace mente::console {

class BoxLink;
class FleetController;
class CustomerPage;
class BoxInfoPage;
class DevicesPage;
class OperatorsPage;
class InquiriesPage;
class ConnectionPage;
class ConsoleSettings;
class SessionController;
class ReportsPage;

// One box in detail: customer (F4), box (F5), devices (F6), operators (F2), inquiries (F11),
// monthly reports (F10).
class BoxWindow : public QWidget
{
    Q_OBJECT
public:
    BoxWindow(BoxLink *link, FleetController *controller, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    CustomerPage *customerPage() const { return m_customer; }
    BoxInfoPage *boxPage() const { return m_box; }
    DevicesPage *devicesPage() const { return m_devices; }
    OperatorsPage *operatorsPage() const { return m_operators; }
    InquiriesPage *inquiriesPage() const { return m_inquiries; }
    ConnectionPage *connectionPage() const { return m_connection; }
    // Remote sessions (F12): port rows connect, and a "Diagnose connection" tab.
    void addSessions(SessionController *sessions, ConsoleSettings *settings);
    ReportsPage *reportsPage() const { return m_reports; }

private:
    void updateTitle();

    BoxLink *m_link;
    FleetController *m_controller;
    QTabWidget *m_tabs;
    CustomerPage *m_customer;
    BoxInfoPage *m_box;
    DevicesPage *m_devices;
    OperatorsPage *m_operators;
    InquiriesPage *m_inquiries;
    ConnectionPage *m_connection = nullptr;
    ReportsPage *m_reports;
};

} // namespace mente::console
