// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/ProxySettings.h"

#include "kernel/BoxSecrets.h"
#include "setup/ErrorText.h"
#include "shared/Validation.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>

namespace mente::box {

ProxySettings ProxySettings::load(const QString &configFile, const QString &secretsFile)
{
    ProxySettings p;
    QSettings ini(configFile, QSettings::IniFormat); // a missing file reads as empty
    // box.conf's password while it still holds one (an older box), else the secrets file's.
    p.password = ini.value(QStringLiteral("proxy/password")).toString();
    if (p.password.isEmpty()) {
        if (const auto secrets = BoxSecrets::read(secretsFile))
            p.password = secrets->value(QStringLiteral("proxy/password"));
    }
    if (!QFile::exists(configFile))
        return p;
    p.type = ini.value(QStringLiteral("proxy/type"), p.type).toString();
    if (p.type != QLatin1String("http") && p.type != QLatin1String("socks5"))
        p.type = QStringLiteral("none");
    p.host = ini.value(QStringLiteral("proxy/host")).toString();
    p.port = ini.value(QStringLiteral("proxy/port"), 0).toInt();
    p.user = ini.value(QStringLiteral("proxy/user")).toString();
    return p;
}

Status ProxySettings::save(const QString &configFile, const QString &secretsFile) const
{
    const auto failedOn = [](Error e, const QString &file) {
        e.field = file;
        return e;
    };
    auto read = BoxSecrets::read(secretsFile);
    if (!read)
        return failedOn(read.error(), secretsFile);
    BoxSecrets secrets = std::move(read).value();
    QSettings ini(configFile, QSettings::IniFormat);
    // Every secret box.conf still holds moves to the secrets file, the proxy's password with them.
    secrets.takeFrom(ini);
    secrets.set(QStringLiteral("proxy/password"), direct() ? QString() : password);
    // The secrets first: a save cut short leaves a password in both files, never in neither.
    if (const Status s = secrets.write(); !s)
        return failedOn(s.error(), secretsFile);
    ini.setValue(QStringLiteral("proxy/type"), type);
    if (direct()) {
        for (const char *key : {"proxy/host", "proxy/port", "proxy/user"})
            ini.remove(QLatin1String(key));
    } else {
        ini.setValue(QStringLiteral("proxy/host"), host);
        ini.setValue(QStringLiteral("proxy/port"), port);
        ini.setValue(QStringLiteral("proxy/user"), user);
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error{QStringLiteral("internal"), QStringLiteral("Cannot write the proxy settings to %1.").arg(configFile),
                     configFile};
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
