// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BoxOptions.h"

#include <QCommandLineParser>

namespace mente::box {

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
