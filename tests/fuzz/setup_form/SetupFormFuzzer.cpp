// SPDX-License-Identifier: GPL-3.0-or-later
// The setup page's forms on arbitrary bytes: the urlencoded body (FormBody, what SetupServer hands
// every page), then the network and proxy forms' readers, the licence, password and power fields
// and the Accept-Language pick. A form read with no error holds only what its checks allow; every
// error has a message; every value echoed into a page is escaped.
#include "setup/FormBody.h"
#include "setup/HtmlPage.h"
#include "setup/NetworkSettings.h"
#include "setup/ProxySettings.h"
#include "setup/SetupLanguage.h"
#include "shared/Validation.h"
#include "support/FuzzCheck.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QUrl>

#include <cstdint>

// SetupLanguage logs to the setup page's category (defined in SetupServer.cpp, not compiled in).
Q_LOGGING_CATEGORY(lcSetup, "mente.setup")

using namespace mente;
using namespace mente::box;
using mente::test::require;

namespace {
void messages(const FieldErrors &errors)
{
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        require(!it.key().isEmpty() && !it.value().isEmpty());
}

bool ipv4(const QString &text)
{
    return validation::checkIPv4(text).isEmpty() && QHostAddress(text).protocol() == QAbstractSocket::IPv4Protocol;
}

QByteArray encode(const QMap<QString, QString> &form)
{
    QByteArray body;
    for (auto it = form.cbegin(); it != form.cend(); ++it) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return body;
}

void network(const SetupRequest &request)
{
    FieldErrors errors;
    const NetworkSettings s = NetworkForm::read(request, errors);
    messages(errors);
    require(s.mode == QLatin1String("dhcp") || s.mode == QLatin1String("static"));
    if (errors.isEmpty() && s.isStatic()) {
        require(ipv4(s.address) && ipv4(s.gateway) && ipv4(s.dns1));
        require(s.prefix >= 1 && s.prefix <= 30);
        require(s.dns2.isEmpty() || ipv4(s.dns2));
        (void)s.networkdFile(QStringLiteral("eth0"));
    }
}

void proxy(const SetupRequest &request)
{
    ProxySettings stored;
    stored.type = QStringLiteral("http");
    stored.host = QStringLiteral("proxy.example.jp");
    stored.user = QStringLiteral("mente");
    stored.password = QStringLiteral("stored-secret");
    FieldErrors errors;
    const ProxySettings p = ProxyForm::read(request, stored, errors);
    messages(errors);
    if (errors.isEmpty() && !p.direct()) {
        require(p.type == QLatin1String("http") || p.type == QLatin1String("socks5"));
        require(!p.host.isEmpty() && p.host.size() <= 253);
        require(p.port >= 1 && p.port <= 65535);
        require(p.user.size() <= 255 && p.password.size() <= 255);
        require(!p.user.isEmpty() || p.password.isEmpty());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    SetupRequest request;
    request.method = "POST";
    request.form = FormBody::parse(body);
    // What was understood, written out again, is understood the same.
    require(FormBody::parse(encode(request.form)) == request.form);

    network(request);
    proxy(request);

    if (const auto key = validation::normalizeLicenceKey(request.field(QStringLiteral("key"))))
        require(validation::checkLicenceKey(*key).isEmpty());
    (void)validation::checkPassword(request.raw(QStringLiteral("new")), QStringLiteral("admin"));
    const QString language = SetupLanguage::pick(request.raw(QStringLiteral("lang")).toUtf8());
    require(language == QLatin1String("ja") || language == QLatin1String("en"));

    for (auto it = request.form.cbegin(); it != request.form.cend(); ++it) {
        const QString escaped = HtmlPage::esc(it.value());
        for (const char c : {'<', '>', '"', '\''})
            require(!escaped.contains(QLatin1Char(c)));
    }
    return 0;
}
