// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/ProxySettings.h"

#include "setup/ErrorText.h"
#include "shared/Validation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>

namespace mente::box {

ProxySettings ProxySettings::load(const QString &configFile)
{
    ProxySettings p;
    if (!QFile::exists(configFile))
        return p;
    QSettings ini(configFile, QSettings::IniFormat);
    p.type = ini.value(QStringLiteral("proxy/type"), p.type).toString();
    if (p.type != QLatin1String("http") && p.type != QLatin1String("socks5"))
        p.type = QStringLiteral("none");
    p.host = ini.value(QStringLiteral("proxy/host")).toString();
    p.port = ini.value(QStringLiteral("proxy/port"), 0).toInt();
    p.user = ini.value(QStringLiteral("proxy/user")).toString();
    p.password = ini.value(QStringLiteral("proxy/password")).toString();
    return p;
}

Status ProxySettings::save(const QString &configFile) const
{
    QSettings ini(configFile, QSettings::IniFormat);
    ini.setValue(QStringLiteral("proxy/type"), type);
    if (direct()) {
        for (const char *key : {"proxy/host", "proxy/port", "proxy/user", "proxy/password"})
            ini.remove(QLatin1String(key));
    } else {
        ini.setValue(QStringLiteral("proxy/host"), host);
        ini.setValue(QStringLiteral("proxy/port"), port);
        ini.setValue(QStringLiteral("proxy/user"), user);
        ini.setValue(QStringLiteral("proxy/password"), password);
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error{
            QStringLiteral("internal"), QStringLiteral("Cannot write the proxy settings to %1.").arg(configFile), {}};
    QFile::setPermissions(configFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it holds a password
    return success();
}

ProxySettings ProxyForm::read(const SetupRequest &request, const ProxySettings &stored, FieldErrors &errors)
{
    ProxySettings p;
    p.type = request.field(QStringLiteral("type"));
    if (p.type != QLatin1String("none") && p.type != QLatin1String("http") && p.type != QLatin1String("socks5")) {
        errors.insert(QStringLiteral("type"),
                      QCoreApplication::translate("SetupPage", "Choose how the box reaches the internet."));
        p.type = QStringLiteral("none");
        return p;
    }
    p.host = request.field(QStringLiteral("host"));
    p.user = request.field(QStringLiteral("user"));
    p.password = request.raw(QStringLiteral("password"));
    const QString portText = request.field(QStringLiteral("port"));
    if (p.direct())
        return ProxySettings{};
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    if (p.host.isEmpty())
        errors.insert(QStringLiteral("host"), QCoreApplication::translate("SetupPage", "Required."));
    else if (p.host.size() > 253 || !hostName.match(p.host).hasMatch())
        errors.insert(QStringLiteral("host"),
                      QCoreApplication::translate(
                          "SetupPage", "Enter a host name like proxy.example.jp or an address like 192.168.1.1."));
    bool ok = false;
    p.port = portText.toInt(&ok);
    if (portText.isEmpty())
        errors.insert(QStringLiteral("port"), QCoreApplication::translate("SetupPage", "Required."));
    else if (!ok || !validation::checkPort(p.port).isEmpty())
        errors.insert(QStringLiteral("port"), ErrorText::localize(validation::checkPort(ok ? p.port : 0)));
    if (p.user.size() > 255 || p.password.size() > 255)
        errors.insert(QStringLiteral("user"),
                      QCoreApplication::translate("SetupPage",
                                                  "The user name and the password have at most 255 characters each."));
    if (p.password.isEmpty() && !p.user.isEmpty() && stored.type == p.type && stored.host == p.host
        && stored.user == p.user)
        p.password = stored.password; // left empty: keep the stored password
    if (p.user.isEmpty())
        p.password.clear();
    return p;
}

} // namespace mente::box
