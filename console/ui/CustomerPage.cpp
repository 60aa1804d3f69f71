// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CustomerPage.h"

#include "api/CustomerClient.h"
#include "ui/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mente::console {

CustomerPage::CustomerPage(BoxClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("customerPage"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customerMessage"));
    m_message->setWordWrap(true);
    m_errors = new FieldErrors(m_message);

    const std::pair<QString, QString> texts[] = {
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("companyKana"), tr("Company (furigana)")},
        {QStringLiteral("contactFamily"), tr("Contact family name")},
        {QStringLiteral("contactFamilyKana"), tr("Family name (furigana)")},
        {QStringLiteral("contactGiven"), tr("Contact given name")},
        {QStringLiteral("contactGivenKana"), tr("Given name (furigana)")},
        {QStringLiteral("postalCode"), tr("Postal code")},
        {QStringLiteral("prefecture"), tr("Prefecture")},
        {QStringLiteral("address1"), tr("Address 1")},
        {QStringLiteral("address1Kana"), tr("Address 1 (furigana)")},
        {QStringLiteral("address2"), tr("Address 2")},
        {QStringLiteral("address2Kana"), tr("Address 2 (furigana)")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("subdomain"), tr("Sub-domain")},
    };
    for (const auto &[wire, caption] : texts) {
        auto *edit = new QLineEdit(inner);
        edit->setObjectName(wire);
        m_edits.insert(wire, edit);
        m_errors->bind(wire, edit, caption);
        form->addRow(caption, edit);
    }
    m_reportDay = new QSpinBox(inner);
    m_reportDay->setObjectName(QStringLiteral("reportDay"));
    m_reportDay->setRange(1, 31);
    m_reportDay->setValue(31);
    m_reportDay->setToolTip(tr("31 means the last day of the month."));
    form->addRow(tr("Monthly report day"), m_reportDay);
    m_errors->bind(QStringLiteral("reportDay"), m_reportDay, tr("Monthly report day"));
    m_remark = new QPlainTextEdit(inner);
    m_remark->setObjectName(QStringLiteral("remark"));
    m_remark->setMaximumHeight(80);
    form->addRow(tr("Remark"), m_remark);
    m_language = new QComboBox(inner);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    form->addRow(tr("Mail language"), m_language);
    m_mailOnFault = new QCheckBox(tr("The customer receives fault mail"), inner);
    m_mailOnFault->setObjectName(QStringLiteral("mailOnFault"));
    form->addRow(QString(), m_mailOnFault);
    m_notifyVpn = new QCheckBox(tr("Mail on VPN faults"), inner);
    m_notifyBox = new QCheckBox(tr("Mail on box faults"), inner);
    m_notifyDevice = new QCheckBox(tr("Mail on device faults"), inner);
    form->addRow(tr("Fault mails"), m_notifyVpn);
    form->addRow(QString(), m_notifyBox);
    form->addRow(QString(), m_notifyDevice);
    m_registered = new QLabel(inner);
    form->addRow(tr("Registered"), m_registered);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveCustomerButton"));
    buttons->addStretch();
    buttons->addWidget(reloadButton);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    connect(reloadButton, &QPushButton::clicked, this, &CustomerPage::reload);
    connect(m_save, &QPushButton::clicked, this, &CustomerPage::save);
    connect(client, &BoxClient::sessionChanged, this, [this]() { setEditable(m_client->isAdmin()); });
    setEditable(client->isAdmin());
    reload();
}

CustomerPage::~CustomerPage()
{
    delete m_errors;
}

void CustomerPage::setEditable(bool editable)
{
    for (QLineEdit *e : std::as_const(m_edits))
        e->setReadOnly(!editable);
    m_reportDay->setReadOnly(!editable);
    m_remark->setReadOnly(!editable);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_language, m_mailOnFault, m_notifyVpn, m_notifyBox, m_notifyDevice})
        w->setEnabled(editable);
    m_save->setVisible(editable);
}

void CustomerPage::reload()
{
    CustomerClient(m_client).get(this, [this](const ApiResult<Customer> &r) {
        if (!r.ok()) {
            m_errors->show(r.error());
            return;
        }
        m_errors->clear();
        fill(r.value());
        m_loaded = true;
        emit loaded();
    });
}

void CustomerPage::fill(const Customer &c)
{
    auto set = [this](const char *field, const QString &text) { m_edits.value(QLatin1String(field))->setText(text); };
    set("company", c.company);
    set("companyKana", c.companyKana);
    set("contactFamily", c.contactFamily);
    set("contactFamilyKana", c.contactFamilyKana);
    set("contactGiven", c.contactGiven);
    set("contactGivenKana", c.contactGivenKana);
    set("postalCode", c.postalCode);
    set("prefecture", c.prefecture);
    set("address1", c.address1);
    set("address1Kana", c.address1Kana);
    set("address2", c.address2);
    set("address2Kana", c.address2Kana);
    set("email", c.email);
    set("phone", c.phone);
    set("subdomain", c.subdomain);
    m_reportDay->setValue(c.reportDay);
    m_remark->setPlainText(c.remark);
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.language)));
    m_mailOnFault->setChecked(c.mailOnFault);
    m_notifyVpn->setChecked(c.notify.vpn);
    m_notifyBox->setChecked(c.notify.box);
    m_notifyDevice->setChecked(c.notify.device);
    m_registered->setText(c.registeredAt.isValid()
                              ? QLocale().toString(c.registeredAt.toLocalTime(), QLocale::ShortFormat)
                              : tr("not yet"));
}

Customer CustomerPage::collect() const
{
    Customer c;
    auto text = [this](const char *key) { return m_edits.value(QLatin1String(key))->text().trimmed(); };
    c.company = text("company");
    c.companyKana = text("companyKana");
    c.contactFamily = text("contactFamily");
    c.contactFamilyKana = text("contactFamilyKana");
    c.contactGiven = text("contactGiven");
    c.contactGivenKana = text("contactGivenKana");
    c.postalCode = text("postalCode");
    c.prefecture = text("prefecture");
    c.address1 = text("address1");
    c.address1Kana = text("address1Kana");
    c.address2 = text("address2");
    c.address2Kana = text("address2Kana");
    c.email = text("email");
    c.phone = text("phone");
    c.subdomain = text("subdomain");
    c.reportDay = m_reportDay->value();
    c.remark = m_remark->toPlainText();
    c.language = m_language->currentData().toString();
    c.mailOnFault = m_mailOnFault->isChecked();
    c.notify = {m_notifyVpn->isChecked(), m_notifyBox->isChecked(), m_notifyDevice->isChecked()};
    return c;
}

void CustomerPage::save()
{
    const Customer customer = collect();
    // The same rules as the box, before anything is sent.
    if (auto checked = Customer::fromJson(CustomerClient::body(customer)); !checked) {
        m_errors->show(checked.error());
        emit saveFailed(checked.error());
        return;
    }
    m_save->setEnabled(false);
    CustomerClient(m_client).save(customer, this, [this](const ApiResult<Customer> &r) {
        m_save->setEnabled(true);
        if (!r.ok()) {
            m_errors->show(r.error());
            emit saveFailed(r.error());
            return;
        }
        m_errors->showMessage(tr("Saved."), false);
        fill(r.value());
        emit saved();
    });
}

} // namespace mente::console
