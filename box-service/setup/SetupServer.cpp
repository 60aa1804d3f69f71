// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/SetupServer.h"

#include "api/AuthService.h"
#include "app/BoxContext.h"
#include "setup/CsrfGuard.h"
#include "setup/HtmlPage.h"
#include "setup/IpConfigurator.h"
#include "setup/LicensePage.h"
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
#include "setup/SetupLanguage.h"
#include "setup/TopPage.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
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
    static QString loginText()
    {
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
    static QString tooLargeText() { return QCoreApplication::translate("SetupPage", "The form is too large."); }
    static QString methodText() { return QCoreApplication::translate("SetupPage", "This method is not allowed here."); }
};

QMap<QString, QString> parseForm(const QByteArray &body)
{
    QMap<QString, QString> form;
    QByteArray plus = body;
    plus.replace('+', ' ');
    for (const QByteArray &pair : plus.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}
} // namespace

struct SetupServer::Parts
{
    explicit Parts(BoxContext &box)
        : launcher(std::make_unique<SystemProcessLauncher>())
        , power(*launcher, box.config->setup.poweroffCmd, box.config->setup.rebootCmd)
    {
        const BoxConfig::Setup &cfg = box.config->setup;
        QString interfaceName = cfg.networkInterface;
        if (interfaceName.isEmpty())
            interfaceName =
                box.network.interfaceName.isEmpty() ? QStringLiteral("en* eth*") : box.network.interfaceName;
        if (cfg.networkBackend == QLatin1String("ip"))
            configurator = std::make_unique<IpConfigurator>(interfaceName, *launcher);
        else
            configurator = std::make_unique<NetworkdConfigurator>(cfg.networkDir, cfg.networkFile, interfaceName,
                                                                  cfg.networkReloadCmd, *launcher);
        network = std::make_unique<NetworkChange>(*configurator, *box.meta, *box.audit, cfg.confirmS);
        env =
            std::make_unique<SetupEnv>(SetupEnv{box, language, *network, proxyTester, power, box.options->configFile});
        pages.insert(QStringLiteral("/"), std::make_shared<TopPage>(*env));
        pages.insert(QStringLiteral("/password"), std::make_shared<PasswordPage>(*env));
        pages.insert(QStringLiteral("/network"), std::make_shared<NetworkPage>(*env));
        pages.insert(QStringLiteral("/proxy"), std::make_shared<ProxyPage>(*env));
        pages.insert(QStringLiteral("/registration"), std::make_shared<RegistrationPage>(*env));
        pages.insert(QStringLiteral("/license"), std::make_shared<LicensePage>(*env));
        pages.insert(QStringLiteral("/power"), std::make_shared<PowerPage>(*env));
    }

    std::unique_ptr<ProcessLauncher> launcher;
    PowerControl power;
    SetupLanguage language;
    CsrfGuard csrf;
    ProxyTester proxyTester;
    std::unique_ptr<NetworkConfigurator> configurator;
    std::unique_ptr<NetworkChange> network;
    std::unique_ptr<SetupEnv> env;
    QHash<QString, std::shared_ptr<SetupPageHandler>> pages;
};

SetupServer::SetupServer(BoxContext &box, QObject *parent)
    : QAbstractHttpServer(parent), m_box(box), m_parts(std::make_unique<Parts>(box))
{}

SetupServer::~SetupServer() = default;

bool SetupServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    QPointer<QTcpSocket> alive(socket);
    const Respond respond = [responder, alive](SetupReply reply) {
        if (!alive)
            return; // the browser went away while a proxy test ran
        responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder->writeHeader("Content-Type", "text/html; charset=utf-8");
        responder->writeHeader("Content-Security-Policy",
                               "default-src 'none'; style-src '" + HtmlPage::styleHash()
                                   + "'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        responder->writeHeader("X-Frame-Options", "DENY");
        responder->writeHeader("X-Content-Type-Options", "nosniff");
        responder->writeHeader("Referrer-Policy", "no-referrer");
        responder->writeHeader("Cache-Control", "no-store");
        for (const auto &[key, value] : reply.headers)
            responder->writeHeader(key, value);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    };

    SetupRequest request;
    switch (httpRequest.method()) {
    case QHttpServerRequest::Method::Get:
        request.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        request.method = "POST";
        break;
    default:
        request.method = "OTHER";
        break;
    }
    request.path = httpRequest.url().path();
    request.address = httpRequest.remoteAddress().toString();
    request.localAddress = socket->localAddress();
    request.localPort = socket->localPort();
    request.language = SetupLanguage::pick(httpRequest.value("Accept-Language"));
    SetupLanguage::Scope scope(m_parts->language, request.language);

    if (request.path == QLatin1String("/favicon.ico")) {
        respond(SetupReply{404, QByteArray(), {}});
        return true;
    }
    if (request.method == "OTHER") {
        SetupReply r = SetupText::message(request, 405, SetupText::forbiddenTitle(), SetupText::methodText());
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, POST")));
        respond(r);
        return true;
    }
    if (httpRequest.body().size() > kMaxBody) {
        respond(SetupText::message(request, 413, SetupText::forbiddenTitle(), SetupText::tooLargeText()));
        return true;
    }

    // HTTP Basic, checked by the API's AuthService: the same accounts, the same lockout.
    const QByteArray authorization = httpRequest.value("Authorization");
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
        SetupReply r = SetupText::message(request, 401, SetupText::loginTitle(), SetupText::loginText());
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                   QByteArray("Basic realm=\"Mente box setup\", charset=\"UTF-8\"")));
        respond(r);
        return true;
    };
    if (login.isEmpty())
        return challenge();
    auto actor = m_box.auth->checkCredentials(login, password, request.address);
    if (!actor) {
        const QString code = actor.error().code;
        if (code == QLatin1String("locked")) {
            respond(SetupText::message(request, 423, SetupText::forbiddenTitle(), SetupText::lockedText()));
            return true;
        }
        if (code == QLatin1String("rate_limited")) {
            respond(SetupText::message(request, 429, SetupText::forbiddenTitle(), SetupText::throttledText()));
            return true;
        }
        return challenge();
    }
    request.actor = actor.value();
    if (!request.actor.op.admin) {
        respond(SetupText::message(request, 403, SetupText::forbiddenTitle(), SetupText::adminOnlyText()));
        return true;
    }
    request.csrfToken = m_parts->csrf.tokenFor(request.actor.op);
    if (request.method == "POST") {
        request.form = parseForm(httpRequest.body());
        // A browser names the site a form came from; it must be this box as the browser reached it.
        // ("null" says nothing: browsers send it under our Referrer-Policy no-referrer.)
        const QByteArray origin = httpRequest.value("Origin");
        const bool foreign =
            !origin.isEmpty() && origin != "null"
            && QUrl(QString::fromLatin1(origin)).authority() != QString::fromLatin1(httpRequest.value("Host"));
        if (foreign || !m_parts->csrf.check(request.actor.op, request.form.value(QStringLiteral("csrf")))) {
            qCWarning(lcSetup) << "refused a POST without a valid CSRF token from" << request.address;
            respond(SetupText::message(request, 403, SetupText::forbiddenTitle(), SetupText::csrfText()));
            return true;
        }
    }
    route(request, respond);
    return true;
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

void SetupServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

} // namespace mente::box
