// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/NetworkPage.h"

#include "kernel/BoxIdentity.h"
#include "setup/ErrorText.h"
#include "setup/HtmlPage.h"
#include "setup/NetworkChange.h"

namespace mente::box {

namespace {
void summary(HtmlPage &page, const NetworkSettings &s)
{
    page.beginTable();
    page.row(QCoreApplication::translate("SetupPage", "Address setting"),
             HtmlPage::esc(s.isStatic() ? QCoreApplication::translate("SetupPage", "Static IP address")
                                        : QCoreApplication::translate("SetupPage", "Automatic (DHCP)")),
             QStringLiteral("confirm-mode"));
    if (s.isStatic()) {
        page.row(QCoreApplication::translate("SetupPage", "IP address"), HtmlPage::esc(s.address),
                 QStringLiteral("confirm-address"));
        page.row(QCoreApplication::translate("SetupPage", "Netmask"),
                 HtmlPage::esc(QStringLiteral("%1 (/%2)").arg(s.netmask()).arg(s.prefix)),
                 QStringLiteral("confirm-netmask"));
        page.row(QCoreApplication::translate("SetupPage", "Gateway"), HtmlPage::esc(s.gateway),
                 QStringLiteral("confirm-gateway"));
        page.row(QCoreApplication::translate("SetupPage", "DNS server (primary)"), HtmlPage::esc(s.dns1),
                 QStringLiteral("confirm-dns1"));
        page.row(QCoreApplication::translate("SetupPage", "DNS server (secondary)"),
                 HtmlPage::esc(s.dns2.isEmpty() ? QCoreApplication::translate("SetupPage", "none") : s.dns2),
                 QStringLiteral("confirm-dns2"));
    }
    page.endTable();
}
} // namespace

QString NetworkPage::newUrl(const SetupRequest &request, const NetworkSettings &settings) const
{
    return QStringLiteral("http://%1:%2/network").arg(settings.address).arg(request.localPort);
}

void NetworkPage::form(const SetupRequest &request, const Respond &respond, const NetworkSettings &values,
                       const QString &netmaskText, const FieldErrors &errors, const QString &alert)
{
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Network settings"));
    if (!alert.isEmpty())
        page.alert(alert);
    else if (m_env.network.rolledBack())
        page.alert(QCoreApplication::translate(
            "SetupPage", "The last network change was not confirmed in time and has been rolled back."));
    page.beginForm(QStringLiteral("/network"));
    page.radios(QStringLiteral("mode"), QCoreApplication::translate("SetupPage", "How the box gets its address"),
                {{QStringLiteral("dhcp"), QCoreApplication::translate("SetupPage", "Automatic (DHCP)")},
                 {QStringLiteral("static"), QCoreApplication::translate("SetupPage", "Static IP address")}},
                values.mode, errors);
    page.para(QCoreApplication::translate(
                  "SetupPage", "For a static address, fill in the fields below; with DHCP they are ignored."),
              QStringLiteral("hint"));
    page.input(QStringLiteral("address"), QCoreApplication::translate("SetupPage", "IP address"), values.address,
               errors, QCoreApplication::translate("SetupPage", "e.g. 192.168.1.20"));
    page.input(QStringLiteral("netmask"), QCoreApplication::translate("SetupPage", "Netmask"), netmaskText, errors,
               QCoreApplication::translate("SetupPage", "e.g. 255.255.255.0 or 24"));
    page.input(QStringLiteral("gateway"), QCoreApplication::translate("SetupPage", "Gateway"), values.gateway, errors);
    page.input(QStringLiteral("dns1"), QCoreApplication::translate("SetupPage", "DNS server (primary)"), values.dns1,
               errors);
    page.input(QStringLiteral("dns2"), QCoreApplication::translate("SetupPage", "DNS server (secondary)"), values.dns2,
               errors, QCoreApplication::translate("SetupPage", "Optional."));
    page.beginButtons();
    page.button(QStringLiteral("confirm"), QCoreApplication::translate("SetupPage", "Confirm"));
    page.endButtons();
    page.endForm();
    page.backToTop();
    respond(page.reply(errors.isEmpty() && alert.isEmpty() ? 200 : 400));
}

void NetworkPage::pendingPage(const SetupRequest &request, const Respond &respond, const QString &alert)
{
    const NetworkSettings &s = m_env.network.pendingSettings();
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Confirm the new network settings"));
    if (!alert.isEmpty())
        page.alert(alert);
    page.raw(QStringLiteral("<div class=\"notice\" id=\"pending\">%1</div>")
                 .arg(HtmlPage::esc(QCoreApplication::translate(
                     "SetupPage",
                     "The new settings are in effect. Unless you confirm them within %n second(s), "
                     "the previous settings come back.",
                     nullptr, m_env.network.secondsLeft()))));
    summary(page, s);
    if (s.isStatic())
        page.raw(QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>")
                     .arg(HtmlPage::esc(QCoreApplication::translate("SetupPage", "Confirm from the new address:")),
                          HtmlPage::esc(newUrl(request, s))));
    else
        page.para(QCoreApplication::translate(
            "SetupPage", "The box now asks DHCP for its address: find it on your router and open this page there."));
    page.beginForm(QStringLiteral("/network"));
    page.beginButtons();
    page.button(QStringLiteral("keep"), QCoreApplication::translate("SetupPage", "Keep these settings"));
    page.endButtons();
    page.endForm();
    respond(page.reply(alert.isEmpty() ? 200 : 409));
}

void NetworkPage::handle(const SetupRequest &request, const Respond &respond)
{
    const QString step = request.step();
    if (step == QLatin1String("keep")) {
        if (!m_env.network.pending()) {
            HtmlPage page(request, QCoreApplication::translate("SetupPage", "Network settings"));
            page.alert(m_env.network.rolledBack() ? QCoreApplication::translate(
                           "SetupPage", "Too late: the change was not confirmed in time and has been rolled back.")
                                                  : QCoreApplication::translate(
                                                      "SetupPage", "No network change is waiting for confirmation."));
            page.backToTop();
            return respond(page.reply(409));
        }
        const Status s = m_env.network.confirm(request.actor, request.localAddress);
        if (!s)
            return pendingPage(
                request, respond,
                QCoreApplication::translate("SetupPage",
                                            "Confirm from the new address %1: this page was opened at another address.")
                    .arg(m_env.network.pendingSettings().address));
        HtmlPage page(request, QCoreApplication::translate("SetupPage", "Network settings complete"));
        page.notice(QCoreApplication::translate("SetupPage", "The network settings are saved."));
        page.para(QCoreApplication::translate("SetupPage", "Restarting the box once is recommended."));
        page.backToTop();
        return respond(page.reply());
    }
    if (m_env.network.pending())
        return pendingPage(request, respond);
    if (!request.isPost()) {
        const NetworkSettings current = m_env.network.current();
        return form(request, respond, current, current.isStatic() ? current.netmask() : QString(), {});
    }
    FieldErrors errors;
    const NetworkSettings values = NetworkForm::read(request, errors);
    const QString netmaskText = request.field(QStringLiteral("netmask"));
    if (step == QLatin1String("edit"))
        return form(request, respond, values, netmaskText, {});
    if (!errors.isEmpty())
        return form(request, respond, values, netmaskText, errors,
                    QCoreApplication::translate("SetupPage", "Please correct the fields marked below."));
    if (step != QLatin1String("apply")) {
        HtmlPage page(request, QCoreApplication::translate("SetupPage", "Confirm the network settings"));
        page.para(QCoreApplication::translate("SetupPage", "Check the entries. If they are right, press Apply."));
        summary(page, values);
        page.para(QCoreApplication::translate(
            "SetupPage",
            "After Apply you have %n second(s) to confirm the settings from the new address; otherwise the "
            "previous settings come back.",
            nullptr, m_env.network.confirmSeconds()));
        page.beginForm(QStringLiteral("/network"));
        for (const char *name : {"mode", "address", "netmask", "gateway", "dns1", "dns2"})
            page.hidden(QLatin1String(name), request.field(QLatin1String(name)));
        page.beginButtons();
        page.button(QStringLiteral("apply"), QCoreApplication::translate("SetupPage", "Apply"));
        page.button(QStringLiteral("edit"), QCoreApplication::translate("SetupPage", "Back"), false);
        page.endButtons();
        page.endForm();
        return respond(page.reply());
    }
    NetworkSettings applied = values;
    applied.hostname = m_env.services.identity.hostname; // sent with DHCP
    const Status s = m_env.network.apply(request.actor, applied);
    if (!s)
        return form(
            request, respond, values, netmaskText, {},
            QCoreApplication::translate("SetupPage", "The settings could not be applied; nothing was changed. (%1)")
                .arg(s.error().message));
    pendingPage(request, respond);
}

} // namespace mente::box
