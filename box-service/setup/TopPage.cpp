// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/TopPage.h"

#include "kernel/BoxIdentity.h"
#include "notify/MailSettingsService.h"
#include "service/CustomerService.h"
#include "setup/FallbackAddress.h"
#include "setup/HtmlPage.h"
#include "setup/NetworkChange.h"
#include "setup/ProxySettings.h"
#include "shared/Clock.h"

#include <QNetworkInterface>

namespace mente::box {

namespace {
QString button(const QString &href, const QString &label)
{
    return QStringLiteral("<a class=\"button\" href=\"%1\">%2</a>").arg(href, HtmlPage::esc(label));
}
QString line(const QString &text)
{
    return QStringLiteral("<div>%1</div>").arg(HtmlPage::esc(text));
}
} // namespace

// How the installer and the console find this box: its mDNS name and every IPv4 address it has.
QString TopPage::findText(const SetupServices &box)
{
    QString html = line(QCoreApplication::translate("SetupPage", "Name on the LAN: %1.local").arg(box.identity.hostname));
    QStringList addresses;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (iface.flags() & QNetworkInterface::IsLoopBack)
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QString text =
                QStringLiteral("%1/%2 (%3)").arg(entry.ip().toString()).arg(entry.prefixLength()).arg(iface.name());
            if (const FallbackAddress *fallback = box.fallback ? box.fallback() : nullptr;
                fallback && entry.ip().toString() == fallback->address())
                text += QLatin1Char(' ')
                        + QCoreApplication::translate("SetupPage", "first-boot address, until the box has its own");
            addresses << text;
        }
    }
    html += QStringLiteral("<div id=\"addresses\">%1</div>")
                .arg(HtmlPage::esc(QCoreApplication::translate("SetupPage", "Addresses: %1")
                                       .arg(addresses.isEmpty() ? QCoreApplication::translate("SetupPage", "none")
                                                                : addresses.join(QStringLiteral(", ")))));
    return html;
}

QString TopPage::proxyText(const QString &type, const QString &host, int port)
{
    if (type == QLatin1String("http"))
        return QCoreApplication::translate("SetupPage", "Through the HTTP proxy %1:%2").arg(host).arg(port);
    if (type == QLatin1String("socks5"))
        return QCoreApplication::translate("SetupPage", "Through the SOCKS proxy %1:%2").arg(host).arg(port);
    return QCoreApplication::translate("SetupPage", "Direct TCP/IP connection (no proxy)");
}

void TopPage::handle(const SetupRequest &request, const Respond &respond)
{
    const SetupServices &box = m_env.services;
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Settings"));
    page.para(
        QCoreApplication::translate("SetupPage", "Thank you for choosing the Mente box. Set it up here step by step."));
    if (m_env.network.rolledBack())
        page.alert(QCoreApplication::translate(
            "SetupPage", "The last network change was not confirmed in time and has been rolled back."));

    const Customer customer = box.customers.customer();
    const Licence licence = box.customers.licence();
    const QDate today = box.clock.now().date();
    const NetworkSettings network = m_env.network.current();
    const NetworkFacts facts = NetworkFacts::read();
    const ProxySettings proxy = ProxySettings::load(m_env.configFile, m_env.secretsFile);

    page.beginTable();
    QString html =
        line(customer.registered()
                 ? QCoreApplication::translate("SetupPage", "Registration is complete (%1).").arg(customer.company)
                 : QCoreApplication::translate("SetupPage", "Not registered yet."));
    html += line(QCoreApplication::translate("SetupPage", "Serial number: %1").arg(box.identity.serial));
    html += button(QStringLiteral("/registration"), customer.registered()
                                                        ? QCoreApplication::translate("SetupPage", "Edit registration")
                                                        : QCoreApplication::translate("SetupPage", "Register"));
    page.row(QCoreApplication::translate("SetupPage", "User registration"), html, QStringLiteral("row-registration"));

    html = line(network.isStatic() ? QCoreApplication::translate("SetupPage", "Static address %1/%2, gateway %3")
                                         .arg(network.address)
                                         .arg(network.prefix)
                                         .arg(network.gateway)
                                   : QCoreApplication::translate("SetupPage", "Automatic (DHCP)"));
    html += line(QCoreApplication::translate("SetupPage", "Current IP address: %1")
                     .arg(facts.localIp.isEmpty() ? QCoreApplication::translate("SetupPage", "none") : facts.localIp));
    if (m_env.network.pending())
        html +=
            line(QCoreApplication::translate("SetupPage", "A change is waiting for confirmation (%n second(s) left).",
                                             nullptr, m_env.network.secondsLeft()));
    html += button(QStringLiteral("/network"), QCoreApplication::translate("SetupPage", "Network settings"));
    page.row(QCoreApplication::translate("SetupPage", "Network"), html, QStringLiteral("row-network"));

    html = line(proxyText(proxy.type, proxy.host, proxy.port));
    html += button(QStringLiteral("/proxy"), QCoreApplication::translate("SetupPage", "Proxy settings"));
    page.row(QCoreApplication::translate("SetupPage", "Proxy"), html, QStringLiteral("row-proxy"));

    if (box.mail) {
        const MailServer mail = box.mail->current();
        html = line(mail.smtpUrl.isEmpty()
                        ? QCoreApplication::translate("SetupPage", "No SMTP server is set: mails wait in the outbox.")
                        : QCoreApplication::translate("SetupPage", "Through %1 (from %2)").arg(mail.smtpUrl, mail.from));
        html += button(QStringLiteral("/mail"), QCoreApplication::translate("SetupPage", "Mail settings"));
        page.row(QCoreApplication::translate("SetupPage", "Mail"), html, QStringLiteral("row-mail"));
    }

    if (!customer.registered())
        html = line(QCoreApplication::translate("SetupPage", "Complete the user registration first."));
    else if (!licence.registered())
        html = line(QCoreApplication::translate("SetupPage", "No licence is registered."));
    else if (licence.validOn(today))
        html = line(QCoreApplication::translate("SetupPage", "Registered: valid from %1 to %2 (%n day(s) left).",
                                                nullptr, licence.daysLeft(today))
                        .arg(licence.startDate.toString(Qt::ISODate), licence.endDate.toString(Qt::ISODate)));
    else
        html =
            line(QCoreApplication::translate("SetupPage", "Expired on %1.").arg(licence.endDate.toString(Qt::ISODate)));
    if (customer.registered())
        html += button(QStringLiteral("/license"), QCoreApplication::translate("SetupPage", "Enter the licence key"));
    page.row(QCoreApplication::translate("SetupPage", "Maintenance licence"), html, QStringLiteral("row-license"));

    page.row(QCoreApplication::translate("SetupPage", "Name and addresses"), findText(box), QStringLiteral("row-name"));
    page.row(QCoreApplication::translate("SetupPage", "HTTPS certificate (SHA-256)"),
             QStringLiteral("<span class=\"mono\">%1</span>").arg(HtmlPage::esc(box.identity.tlsFingerprint))
                 + line(QCoreApplication::translate(
                     "SetupPage", "Check that the console shows the same fingerprint when it first connects.")),
             QStringLiteral("row-fingerprint"));
    page.row(QCoreApplication::translate("SetupPage", "Software version"), HtmlPage::esc(box.identity.version),
             QStringLiteral("row-version"));
    page.row(QCoreApplication::translate("SetupPage", "Administrator"),
             button(QStringLiteral("/password"), QCoreApplication::translate("SetupPage", "Change the password")),
             QStringLiteral("row-password"));
    page.row(QCoreApplication::translate("SetupPage", "Shut down"),
             button(QStringLiteral("/power"), QCoreApplication::translate("SetupPage", "Shut down or restart the box")),
             QStringLiteral("row-power"));
    page.endTable();
    respond(page.reply());
}

} // namespace mente::box
