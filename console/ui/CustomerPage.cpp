// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CustomerPage.h"

#include "api/BoxClient.h"
#include "shared/ApiPaths.h"
#include "shared/TimeFormat.h"
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
    m_client->get(api::Customer, this, [this](const ApiReply &r) {
        if (!r.ok()) {
            m_errors->show(r.error());
            return;
        }
        m_errors->clear();
        fill(r.object());
        m_loaded = true;
        emit loaded();
    });
}

void CustomerPage::fill(const QJsonObject &json)
{
    // Read field by field: a box not yet registered sends empty required fields.
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(json.value(it.key()).toString());
    m_reportDay->setValue(json.value(QStringLiteral("reportDay")).toInt(31));
    m_remark->setPlainText(json.value(QStringLiteral("remark")).toString());
    const int lang = m_language->findData(json.value(QStringLiteral("language")).toString(QStringLiteral("ja")));
    m_language->setCurrentIndex(std::max(0, lang));
    m_mailOnFault->setChecked(json.value(QStringLiteral("mailOnFault")).toBool());
    const QJsonObject notify = json.value(QStringLiteral("notify")).toObject();
    m_notifyVpn->setChecked(notify.value(QStringLiteral("vpn")).toBool());
    m_notifyBox->setChecked(notify.value(QStringLiteral("box")).toBool());
    m_notifyDevice->setChecked(notify.value(QStringLiteral("device")).toBool());
    const QDateTime at = fromIso(json.value(QStringLiteral("registeredAt")).toString());
    m_registered->setText(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : tr("not yet"));
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
    QJsonObject body = collect().toJson();
    body.remove(QStringLiteral("registered"));
    body.remove(QStringLiteral("registeredAt"));
    // The same rules as the box, before anything is sent.
    if (auto checked = Customer::fromJson(body); !checked) {
        m_errors->show(checked.error());
        emit saveFailed(checked.error());
        return;
    }
    m_save->setEnabled(false);
    m_client->call("PUT", api::Customer, body, this, [this](const ApiReply &r) {
        m_save->setEnabled(true);
        if (!r.ok()) {
            m_errors->show(r.error());
            emit saveFailed(r.error());
            return;
        }
        m_errors->showMessage(tr("Saved."), false);
        if (!r.body.isEmpty())
            fill(r.object().isEmpty() ? collect().toJson() : r.object());
        emit saved();
    });
}

} // namespace mente::console
