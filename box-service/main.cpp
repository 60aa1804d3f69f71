// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "app/BoxService.h"
#include "app/SignalWatcher.h"
#include "kernel/BoxSecrets.h"
#include "shared/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace mente;
using namespace mente::box;

namespace {
// Every open connection is a file descriptor; the default soft limit (often 1024) would make
// accept() fail long before the ports' connection limits are reached. Raise it to the hard limit.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            std::fprintf(stderr, "mente-box: cannot raise the open-file limit to %llu\n",
                         static_cast<unsigned long long>(limit.rlim_max));
    }
}

int fail(const Error &error, int code)
{
    std::fprintf(stderr, "mente-box: %s\n", qPrintable(error.message));
    return code;
}

// Prints the routes the server registers (routeListing: method, path, access, table id) so that
// tests check roles, and the contract test the table, on exactly those. Builds a throwaway box
// in a temporary dir to get them; it serves nothing.
int listRoutes(BoxOptions options, const BoxConfig &config)
{
    QTemporaryDir dir;
    options.dataDir = dir.path();
    BoxService box(options, config, std::make_unique<SystemClock>());
    if (const Status s = box.prepare(); !s)
        return fail(s.error(), 1);
    std::fputs(routeListing(box.router()).constData(), stdout);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mente-box"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTE_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));

    auto options = BoxOptions::parse(QCoreApplication::arguments());
    if (!options) {
        if (options.error().code == QLatin1String("help")) {
            std::printf("%s", qPrintable(options.error().message));
            return 0;
        }
        return fail(options.error(), 2);
    }
    if (options->showVersion) {
        std::printf("mente-box %s\n", MENTE_VERSION);
        return 0;
    }
    auto config = BoxConfig::load(options->configFile, BoxSecrets::fileIn(options->dataDir));
    if (!config)
        return fail(config.error(), 2);
    if (options->listRoutes)
        return listRoutes(options.value(), config.value());

    raiseFileLimit();
    SignalWatcher watcher;
    BoxService box(options.value(), config.value(), std::make_unique<SystemClock>());
    if (const Status s = box.prepare(); !s)
        return fail(s.error(), 1);
    if (const Status s = box.listen(); !s)
        return fail(s.error(), 1);
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &app, [&box](int) {
        box.stop();
        QCoreApplication::quit();
    });
    return app.exec();
}
