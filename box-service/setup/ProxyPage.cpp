// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/ProxyPage.h"

#include "setup/HtmlPage.h"
#include "setup/SetupLanguage.h"
#include "setup/TopPage.h"
#include "store/AuditLog.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

QString ProxyPage::explain(const ProxyCheck &check, const ProxySettings &proxy, const QString &target)
{
    const QString at = QStringLiteral("%1:%2").arg(proxy.host).arg(proxy.port);
    switch (check.outcome) {
    case ProxyCheck::Outcome::Ok:
        return QCoreApplication::translate("SetupPage", "The proxy works: %1 was reached through it.").arg(target);
    case ProxyCheck::Outcome::Refused:
        return QCoreApplication::translate(
                   "SetupPage",
                   "Connection refused: nothing accepts connections at %1. Check the host name and the port.")
            .arg(at);
    case ProxyCheck::Outcome::HostNotFound:
        return QCoreApplication::translate("SetupPage", "The proxy host name %1 cannot be resolved.").arg(proxy.host);
    case ProxyCheck::Outcome::Timeout:
        return QCoreApplication::translate("SetupPage", "Timeout: the proxy at %1 did not answer in time.").arg(at);
    case ProxyCheck::Outcome::AuthRequired:
        return QCoreApplication::translate("SetupPage", "The proxy asks for a user name and a password: enter them.");
    case ProxyCheck::Outcome::AuthFailed:
        return QCoreApplication::translate(
            "SetupPage", "Authentication failed: the proxy did not accept the user name or the password.");
    case ProxyCheck::Outcome::TargetUnreachable:
        return QCoreApplication::translate("SetupPage",
                                           "The proxy answered but could not reach %1 (target unreachable).")
            .arg(target);
    case ProxyCheck::Outcome::Forbidden:
        return QCoreApplication::translate("SetupPage", "The proxy does not allow connections to %1.").arg(target);
    case ProxyCheck::Outcome::NotAProxy:
        return QCoreApplication::translate(
                   "SetupPage",
                   "The answer from %1 is not that of an HTTP or SOCKS5 proxy: check the type and the port.")
            .arg(at);
    }
    return {};
}

void ProxyPage::form(const SetupRequest &request, const Respond &respond, const ProxySettings &values,
                     const FieldErrors &errors, const QString &alert, int status)
{
    const ProxySettings stored = ProxySettings::load(m_env.configFile, m_env.secretsFile);
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Proxy settings"));
    if (!alert.isEmpty())
        page.alert(alert);
    page.para(QCoreApplication::translate(
        "SetupPage", "A wrong proxy cuts the box off from the internet: the box tries the proxy before saving it."));
    page.beginForm(QStringLiteral("/proxy"));
    page.radios(
        QStringLiteral("type"), QCoreApplication::translate("SetupPage", "Connection"),
        {{QStringLiteral("none"), QCoreApplication::translate("SetupPage", "Direct TCP/IP connection (no proxy)")},
         {QStringLiteral("http"), QCoreApplication::translate("SetupPage", "Through an HTTP proxy server")},
         {QStringLiteral("socks5"), QCoreApplication::translate("SetupPage", "Through a SOCKS proxy server")}},
        values.type, errors);
    page.input(QStringLiteral("host"), QCoreApplication::translate("SetupPage", "Host name"), values.host, errors);
    page.input(QStringLiteral("port"), QCoreApplication::translate("SetupPage", "Port"),
               values.port > 0 ? QString::number(values.port) : QString(), errors, {}, QStringLiteral("number"));
    page.input(QStringLiteral("user"), QCoreApplication::translate("SetupPage", "User name"), values.user, errors,
               QCoreApplication::translate("SetupPage", "Only when the proxy needs one."));
    page.password(QStringLiteral("password"), QCoreApplication::translate("SetupPage", "Password"), errors,
                  stored.password.isEmpty()
                      ? QString()
                      : QCoreApplication::translate("SetupPage", "A password is stored: leave this empty to keep it."),
                  QStringLiteral("off"));
    page.beginButtons();
    page.button(QStringLiteral("confirm"), QCoreApplication::translate("SetupPage", "Confirm"));
    page.endButtons();
    page.endForm();
    page.backToTop();
    respond(page.reply(status));
}

void ProxyPage::save(const SetupRequest &request, const Respond &respond, const ProxySettings &proxy,
                     const QString &testedWith)
{
    const Actor &actor = request.actor;
    if (const Status s = proxy.save(m_env.configFile, m_env.secretsFile); !s) {
        // The reason (the system's words, in English) goes to the log; the page names the file.
        qCWarning(lcSetup).noquote() << "cannot save the proxy settings:" << s.error().message;
        const QString file = s.error().field.isEmpty() ? m_env.secretsFile : s.error().field;
        return form(request, respond, proxy, {},
                    QCoreApplication::translate(
                        "SetupPage", "The proxy settings were not saved: the box cannot write the file %1. "
                                     "The box's log says why.")
                        .arg(file),
                    500);
    }
    m_drafts.remove(actor.op.id);
    m_env.services.audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("proxy.save"),
                             proxy.direct() ? QStringLiteral("none")
                                            : QStringLiteral("%1 %2:%3").arg(proxy.type, proxy.host).arg(proxy.port),
                             proxy.user.isEmpty() ? QString() : QStringLiteral("user ") + proxy.user});
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Proxy settings complete"));
    page.notice(QCoreApplication::translate("SetupPage", "The proxy setting is saved: %1.")
                    .arg(TopPage::proxyText(proxy.type, proxy.host, proxy.port)));
    if (!testedWith.isEmpty())
        page.para(testedWith);
    page.para(
        QCoreApplication::translate("SetupPage", "Restart the box so that every part of it uses the new setting."));
    page.link(QStringLiteral("/power"), QCoreApplication::translate("SetupPage", "Shut down or restart the box"));
    page.backToTop();
    respond(page.reply());
}

void ProxyPage::handle(const SetupRequest &request, const Respond &respond)
{
    const QString step = request.step();
    const qint64 who = request.actor.op.id;
    if (!request.isPost())
        return form(request, respond, ProxySettings::load(m_env.configFile, m_env.secretsFile), {});
    if (step == QLatin1String("edit"))
        return form(request, respond, m_drafts.value(who, ProxySettings::load(m_env.configFile, m_env.secretsFile)), {});

    if (step == QLatin1String("apply")) {
        if (!m_drafts.contains(who))
            return form(request, respond, ProxySettings::load(m_env.configFile, m_env.secretsFile), {},
                        QCoreApplication::translate("SetupPage",
                                                    "The entries were lost (the box restarted?): enter them again."),
                        409);
        const ProxySettings draft = m_drafts.value(who);
        if (draft.direct())
            return save(request, respond, draft, {});
        const QString target = m_env.services.proxyCheckTarget;
        const QString targetHost = target.section(QLatin1Char(':'), 0, -2);
        const auto targetPort = quint16(target.section(QLatin1Char(':'), -1).toUInt());
        // The test answers later; the request (its actor, language) is kept for then.
        m_env.proxyTester.test(draft, targetHost, targetPort, m_env.services.proxyCheckTimeoutMs,
                               [this, request, respond, draft, target](const ProxyCheck &check) {
                                   SetupLanguage::Scope scope(m_env.language, request.language);
                                   if (check.ok())
                                       return save(request, respond, draft, explain(check, draft, target));
                                   m_env.services.audit.record(
                                       {request.actor.op.id, request.actor.op.login, request.actor.address,
                                        QStringLiteral("proxy.test.failed"),
                                        QStringLiteral("%1 %2:%3").arg(draft.type, draft.host).arg(draft.port),
                                        ProxyTester::outcomeName(check.outcome)});
                                   form(request, respond, draft, {},
                                        QCoreApplication::translate("SetupPage", "The proxy was not saved. %1")
                                            .arg(explain(check, draft, target)),
                                        502);
                               });
        return;
    }

    FieldErrors errors;
    const ProxySettings stored = ProxySettings::load(m_env.configFile, m_env.secretsFile);
    const ProxySettings values = ProxyForm::read(request, stored, errors);
    if (!errors.isEmpty())
        return form(request, respond, values, errors,
                    QCoreApplication::translate("SetupPage", "Please correct the fields marked below."), 400);
    m_drafts.insert(who, values);
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Confirm the proxy settings"));
    page.para(QCoreApplication::translate(
        "SetupPage", "Check the entries. If they are right, press Register: the box tries the proxy first."));
    page.beginTable();
    page.row(QCoreApplication::translate("SetupPage", "Connection"),
             HtmlPage::esc(TopPage::proxyText(values.type, values.host, values.port)), QStringLiteral("confirm-type"));
    if (!values.direct()) {
        page.row(QCoreApplication::translate("SetupPage", "User name"),
                 HtmlPage::esc(values.user.isEmpty() ? QCoreApplication::translate("SetupPage", "none") : values.user),
                 QStringLiteral("confirm-user"));
        page.row(QCoreApplication::translate("SetupPage", "Password"),
                 HtmlPage::esc(values.password.isEmpty() ? QCoreApplication::translate("SetupPage", "none")
                                                         : QCoreApplication::translate("SetupPage", "set (not shown)")),
                 QStringLiteral("confirm-password"));
    }
    page.endTable();
    page.beginForm(QStringLiteral("/proxy"));
    page.beginButtons();
    page.button(QStringLiteral("apply"), QCoreApplication::translate("SetupPage", "Register"));
    page.button(QStringLiteral("edit"), QCoreApplication::translate("SetupPage", "Back"), false);
    page.endButtons();
    page.endForm();
    respond(page.reply());
}

} // namespace mente::box
