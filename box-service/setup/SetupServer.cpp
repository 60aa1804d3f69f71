// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/SetupServer.h"

#include "api/AuthService.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "kernel/BoxIdentity.h"
#include "setup/CsrfGuard.h"
#include "setup/FormBody.h"
#include "setup/HtmlPage.h"
#include "setup/IpConfigurator.h"
#include "setup/LicensePage.h"
#include "setup/MailPage.h"
#include "setup/NetworkChange.h"
#include "setup/NetworkPage.h"
#include "setup/NetworkdConfigurator.h"
#include "setup/PasswordPage.h"
#include "setup/PowerControl.h"
#include "setup/PowerPage.h"
#include "setup/ProcessLauncher.h"
#include "setup/ProxyPage.h"
#include "setup/ProxyTester.h"
#include "setup/RegistrationPage.h"
#include "setup/SetupGuard.h"
#include "setup/SetupLanguage.h"
#include "setup/SetupSettings.h"
#include "setup/TopPage.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSetup, "mente.setup")

namespace mente::box {

namespace {
constexpr qsizetype kMaxBody = 64 * 1024;

class SetupText
{
public:
    static SetupReply message(const SetupRequest &request, int status, const QString &title, const QString &text)
    {
        HtmlPage page(request, title);
        page.alert(text);
        if (status != 401)
            page.backToTop();
        return page.reply(status);
    }
    static QString loginTitle() { return QCoreApplication::translate("SetupPage", "Log in"); }
    // The first login's hint only while the default password is still set.
    static QString loginText(bool defaultPassword)
    {
        if (!defaultPassword)
            return QCoreApplication::translate("SetupPage", "Log in with the administrator's login ID and password.");
        return QCoreApplication::translate(
            "SetupPage", "Log in with the administrator's login ID and password (the first time: admin / admin).");
    }
    static QString lockedText()
    {
        return QCoreApplication::translate(
            "SetupPage", "Too many failed logins: this login ID is locked for a while. Try again later.");
    }
    static QString throttledText()
    {
        return QCoreApplication::translate("SetupPage", "Too many failed logins from this computer: try again later.");
    }
    static QString adminOnlyText()
    {
        return QCoreApplication::translate("SetupPage", "Only an administrator may use the setup page.");
    }
    static QString forbiddenTitle() { return QCoreApplication::translate("SetupPage", "Not allowed"); }
    static QString csrfText()
    {
        return QCoreApplication::translate(
            "SetupPage",
            "This form has expired or did not come from this page (the box may have restarted). Open the page "
            "again and repeat the entry.");
    }
    static QString notFoundTitle() { return QCoreApplication::translate("SetupPage", "Page not found"); }
    static QString notFoundText()
    {
        return QCoreApplication::translate("SetupPage", "There is no such page on the box.");
    }
    static QString foreignClientText()
    {
        return QCoreApplication::translate("SetupPage",
                                           "The setup page answers only computers on the box's own network.");
    }
    static QString foreignHostText()
    {
        return QCoreApplication::translate(
            "SetupPage", "This page is served only under the box's own name or address. Open it by the box's address.");
    }
    static QString tooLargeText() { return QCoreApplication::translate("SetupPage", "The form is too large."); }
    static QString methodText() { return QCoreApplication::translate("SetupPage", "This method is not allowed here."); }
};

} // namespace

struct SetupServer::Parts
{
    explicit Parts(SetupServices services)
        : box(std::move(services))
        , launcher(std::make_unique<SystemProcessLauncher>())
        , power(*launcher, box.settings.poweroffCmd, box.settings.rebootCmd)
        , guard(box.identity.ownNames, ownAddresses(box.identity), box.settings.allowFrom)
    {
        const SetupSettings &cfg = box.settings;
        QString interfaceName = cfg.networkInterface;
        if (interfaceName.isEmpty())
            interfaceName =
                box.identity.network.interfaceName.isEmpty() ? QStringLiteral("en* eth*") : box.identity.network.interfaceName;
        if (cfg.networkBackend == QLatin1String("ip"))
            configurator = std::make_unique<IpConfigurator>(interfaceName, *launcher);
        else
            configurator = std::make_unique<NetworkdConfigurator>(cfg.networkDir, cfg.networkFile, interfaceName,
                                                                  cfg.networkReloadCmd, *launcher);
        network = std::make_unique<NetworkChange>(*configurator, box.meta, box.audit, cfg.confirmS);
        env = std::make_unique<SetupEnv>(
            SetupEnv{box, language, *network, proxyTester, power, box.configFile, box.secretsFile});
        pages.insert(QStringLiteral("/"), std::make_shared<TopPage>(*env));
        pages.insert(QStringLiteral("/password"), std::make_shared<PasswordPage>(*env));
        pages.insert(QStringLiteral("/network"), std::make_shared<NetworkPage>(*env));
        pages.insert(QStringLiteral("/proxy"), std::make_shared<ProxyPage>(*env));
        if (box.mail)
            pages.insert(QStringLiteral("/mail"), std::make_shared<MailPage>(*env));
        pages.insert(QStringLiteral("/registration"), std::make_shared<RegistrationPage>(*env));
        pages.insert(QStringLiteral("/license"), std::make_shared<LicensePage>(*env));
        pages.insert(QStringLiteral("/power"), std::make_shared<PowerPage>(*env));
    }

    static QList<QHostAddress> ownAddresses(const BoxIdentity &identity)
    {
        QList<QHostAddress> addresses;
        for (const QString &text : identity.ownAddresses)
            addresses << QHostAddress(text);
        return addresses;
    }

    const SetupServices box;
    std::unique_ptr<ProcessLauncher> launcher;
    PowerControl power;
    SetupGuard guard;
    SetupLanguage language;
    CsrfGuard csrf;
    ProxyTester proxyTester;
    std::unique_ptr<NetworkConfigurator> configurator;
    std::unique_ptr<NetworkChange> network;
    std::unique_ptr<SetupEnv> env;
    QHash<QString, std::shared_ptr<SetupPageHandler>> pages;
};

SetupServer::SetupServer(SetupServices services, QObject *parent)
    : QObject(parent), m_parts(std::make_unique<Parts>(std::move(services)))
{}

SetupServer::~SetupServer() = default;

void SetupServer::handle(const HttpRequest &httpRequest, const HttpResponder &responder)
{
    const Respond respond = [responder](SetupReply reply) {
        // (After the browser went away, e.g. while a proxy test ran, this does nothing.)
        HttpResponse out;
        out.status = reply.status;
        out.headers = {{"Content-Type", "text/html; charset=utf-8"},
                       {"Content-Security-Policy",
                        "default-src 'none'; style-src '" + HtmlPage::styleHash()
                            + "'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
                       {"X-Frame-Options", "DENY"},
                       {"X-Content-Type-Options", "nosniff"},
                       {"Referrer-Policy", "no-referrer"},
                       {"Cache-Control", "no-store"}};
        out.headers += reply.headers;
        out.body = reply.body;
        responder.send(out);
    };

    SetupRequest request;
    request.method = httpRequest.method == "GET" || httpRequest.method == "HEAD" ? QByteArray("GET")
                     : httpRequest.method == "POST"                              ? QByteArray("POST")
                                                                                 : QByteArray("OTHER");
    request.path = httpRequest.path;
    request.address = httpRequest.remoteAddress.toString();
    request.localAddress = httpRequest.localAddress;
    request.localPort = httpRequest.localPort;
    request.language = SetupLanguage::pick(httpRequest.header("Accept-Language"));
    SetupLanguage::Scope scope(m_parts->language, request.language);

    // Before anything else: who asks, and under which name (DNS rebinding).
    if (!m_parts->guard.clientAllowed(httpRequest.remoteAddress)) {
        qCWarning(lcSetup) << "refused the setup page to" << request.address << "([setup] allow_from)";
        respond(SetupText::message(request, 403, SetupText::forbiddenTitle(), SetupText::foreignClientText()));
        return;
    }
    if (!m_parts->guard.hostAllowed(httpRequest.header("Host"), httpRequest.localAddress)) {
        qCWarning(lcSetup) << "refused a request for a foreign Host from" << request.address;
        respond(SetupText::message(request, 421, SetupText::forbiddenTitle(), SetupText::foreignHostText()));
        return;
    }
    if (request.path == QLatin1String("/favicon.ico")) {
        respond(SetupReply{404, QByteArray(), {}});
        return;
    }
    if (request.method == "OTHER") {
        SetupReply r = SetupText::message(request, 405, SetupText::forbiddenTitle(), SetupText::methodText());
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, POST")));
        respond(r);
        return;
    }
    if (httpRequest.body.size() > kMaxBody) {
        respond(SetupText::message(request, 413, SetupText::forbiddenTitle(), SetupText::tooLargeText()));
        return;
    }

    // HTTP Basic, checked by the API's AuthService: the same accounts, the same lockout.
    const QByteArray authorization = httpRequest.header("Authorization");
    QString login;
    QString password;
    if (authorization.startsWith("Basic ")) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
        const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            login = decoded.left(colon);
            password = decoded.mid(colon + 1);
        }
    }
    const auto challenge = [&]() {
        SetupReply r = SetupText::message(request, 401, SetupText::loginTitle(),
                                          SetupText::loginText(m_parts->box.auth.defaultPasswordInUse()));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                   QByteArray("Basic realm=\"Mente box setup\", charset=\"UTF-8\"")));
        respond(r);
    };
    if (login.isEmpty())
        return challenge();
    auto actor = m_parts->box.auth.checkCredentials(login, password, request.address);
    if (!actor) {
        const QString code = actor.error().code;
        if (code == QLatin1String("locked")) {
            respond(SetupText::message(request, 423, SetupText::forbiddenTitle(), SetupText::lockedText()));
            return;
        }
        if (code == QLatin1String("rate_limited")) {
            respond(SetupText::message(request, 429, SetupText::forbiddenTitle(), SetupText::throttledText()));
            return;
        }
        return challenge();
    }
    request.actor = actor.value();
    if (!request.actor.op.admin) {
        respond(SetupText::message(request, 403, SetupText::forbiddenTitle(), SetupText::adminOnlyText()));
        return;
    }
    request.csrfToken = m_parts->csrf.tokenFor(request.actor.op);
    if (request.method == "POST") {
        request.form = FormBody::parse(httpRequest.body);
        // A browser names the site a form came from; it must be this box as the browser reached it.
        // ("null" says nothing: browsers send it under our Referrer-Policy no-referrer.)
        const QByteArray origin = httpRequest.header("Origin");
        const bool foreign =
            !origin.isEmpty() && origin != "null"
            && QUrl(QString::fromLatin1(origin)).authority() != QString::fromLatin1(httpRequest.header("Host"));
        if (foreign || !m_parts->csrf.check(request.actor.op, request.form.value(QStringLiteral("csrf")))) {
            qCWarning(lcSetup) << "refused a POST without a valid CSRF token from" << request.address;
            respond(SetupText::message(request, 403, SetupText::forbiddenTitle(), SetupText::csrfText()));
            return;
        }
    }
    route(request, respond);
}

void SetupServer::route(SetupRequest &request, const Respond &respond)
{
    // While the default password is set, every path shows only the change-password form.
    if (request.actor.op.mustChangePassword) {
        if (request.path != QLatin1String("/password"))
            request.form.clear(); // a POST elsewhere must not change the password by accident
        m_parts->pages.value(QStringLiteral("/password"))->handle(request, respond);
        return;
    }
    QString path = request.path;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const auto page = m_parts->pages.value(path);
    if (!page) {
        respond(SetupText::message(request, 404, SetupText::notFoundTitle(), SetupText::notFoundText()));
        return;
    }
    page->handle(request, respond);
}

HttpResponse SetupServer::errorReply(int status, const QByteArray &message)
{
    HttpResponse out;
    out.status = status;
    out.headers = {{"Content-Type", "text/plain; charset=utf-8"},
                   {"X-Content-Type-Options", "nosniff"},
                   {"Cache-Control", "no-store"}};
    out.body = message + '\n';
    return out;
}

} // namespace mente::box
