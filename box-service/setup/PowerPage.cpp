// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/PowerPage.h"

#include "setup/HtmlPage.h"
#include "setup/PowerControl.h"
#include "store/AuditLog.h"

namespace mente::box {

void PowerPage::handle(const SetupRequest &request, const Respond &respond)
{
    const QString action = request.field(QStringLiteral("action"));
    const bool valid = action == QLatin1String("poweroff") || action == QLatin1String("reboot");
    const QString step = request.step();
    if (!request.isPost() || !valid || (step != QLatin1String("confirm") && step != QLatin1String("apply"))) {
        HtmlPage page(request, QCoreApplication::translate("SetupPage", "Shut down the box"));
        if (request.isPost())
            page.alert(QCoreApplication::translate("SetupPage", "Choose shut down or restart."));
        page.para(QCoreApplication::translate(
            "SetupPage",
            "Shut the box down before you move it or switch it off; restart it after a change of the network "
            "or the proxy."));
        page.beginForm(QStringLiteral("/power"));
        page.hidden(QStringLiteral("step"), QStringLiteral("confirm"));
        page.beginButtons();
        page.button(QStringLiteral("poweroff"), QCoreApplication::translate("SetupPage", "Shut down the box"), true,
                    QStringLiteral("action"));
        page.button(QStringLiteral("reboot"), QCoreApplication::translate("SetupPage", "Restart the box"), false,
                    QStringLiteral("action"));
        page.endButtons();
        page.endForm();
        page.backToTop();
        return respond(page.reply(request.isPost() ? 400 : 200));
    }
    const bool off = action == QLatin1String("poweroff");
    if (step == QLatin1String("confirm")) {
        HtmlPage page(request, off ? QCoreApplication::translate("SetupPage", "Shut down the box?")
                                   : QCoreApplication::translate("SetupPage", "Restart the box?"));
        page.para(off ? QCoreApplication::translate(
                      "SetupPage", "The box stops monitoring until it is switched on again. Shut it down now?")
                      : QCoreApplication::translate(
                          "SetupPage", "The box is out of reach for a few minutes while it restarts. Restart it now?"));
        page.beginForm(QStringLiteral("/power"));
        page.hidden(QStringLiteral("action"), action);
        page.beginButtons();
        page.button(QStringLiteral("apply"), QCoreApplication::translate("SetupPage", "Yes"));
        page.raw(QStringLiteral("<a class=\"button\" href=\"/\">%1</a>")
                     .arg(HtmlPage::esc(QCoreApplication::translate("SetupPage", "No"))));
        page.endButtons();
        page.endForm();
        return respond(page.reply());
    }
    const Actor &actor = request.actor;
    m_env.services.audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("box.") + action, {}, {}});
    const Status s = m_env.power.run(off ? PowerControl::Action::PowerOff : PowerControl::Action::Reboot);
    HtmlPage page(request, off ? QCoreApplication::translate("SetupPage", "The box is shutting down")
                               : QCoreApplication::translate("SetupPage", "The box is restarting"));
    if (!s) {
        page.alert(QCoreApplication::translate("SetupPage", "The command failed: %1").arg(s.error().message));
        page.backToTop();
        return respond(page.reply(500));
    }
    page.notice(off ? QCoreApplication::translate(
                    "SetupPage", "The box is shutting down. Wait until it is off before you switch off the power.")
                    : QCoreApplication::translate("SetupPage",
                                                  "The box is restarting. Open this page again in a few minutes."));
    respond(page.reply());
}

} // namespace mente::box
