// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BoxOptions.h"

#include <QCommandLineParser>

namespace mente::box {

Result<ListenAddress> parseListenAddress(const QString &text, const QString &option)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error::validation(option, QStringLiteral("--%1 wants ADDRESS:PORT, e.g. 127.0.0.1:8443.").arg(option));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::validation(option, QStringLiteral("--%1: the port must be 0-65535 (0 picks a free one).").arg(option));
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error::validation(option, QStringLiteral("--%1: \"%2\" is not an IP address.").arg(option, host));
    return ListenAddress{address, quint16(port), host};
}

Result<BoxOptions> BoxOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Mente box: watches a customer's LAN and answers the console."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"));
    const QCommandLineOption apiListen(QStringLiteral("api-listen"), QStringLiteral("HTTPS API address."),
                                       QStringLiteral("ADDR:PORT"));
    const QCommandLineOption setupListen(QStringLiteral("setup-listen"), QStringLiteral("Setup page address."),
                                         QStringLiteral("ADDR:PORT"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("INI configuration file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption routes(
        QStringLiteral("list-routes"),
        QStringLiteral("Print the routes the box serves (method, path, access, route id) as JSON, sorted, and exit."));
    parser.addOptions({dataDir, apiListen, setupListen, config, version, routes});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return Error::validation(QStringLiteral("arguments"), parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return Error{QStringLiteral("help"), parser.helpText(), {}};

    BoxOptions options;
    options.showVersion = parser.isSet(version);
    options.listRoutes = parser.isSet(routes);
    if (parser.isSet(dataDir))
        options.dataDir = parser.value(dataDir);
    if (parser.isSet(config))
        options.configFile = parser.value(config);
    if (parser.isSet(apiListen)) {
        auto parsed = parseListenAddress(parser.value(apiListen), QStringLiteral("api-listen"));
        if (!parsed)
            return parsed.error();
        options.api = parsed.value();
    }
    if (parser.isSet(setupListen)) {
        auto parsed = parseListenAddress(parser.value(setupListen), QStringLiteral("setup-listen"));
        if (!parsed)
            return parsed.error();
        options.setup = parsed.value();
    }
    if (!parser.positionalArguments().isEmpty())
        return Error::validation(QStringLiteral("arguments"),
                                 QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    return options;
}

} // namespace mente::box
