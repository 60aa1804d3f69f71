// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"
#include "api/TlsCertificate.h"
#include "app/BoxConfig.h"
#include "app/BoxOptions.h"
#include "kernel/BoxIdentity.h"
#include "shared/Clock.h"
#include "shared/Result.h"

#include <QObject>

#include <memory>

namespace mente::box {

class ApiServer;
class SetupServer;

// The whole box: opens the store, makes sure there is an admin and a certificate, registers the
// routes, and listens. Owns every service; main() only builds it and runs the event loop.
class BoxService : public QObject
{
    Q_OBJECT
public:
    BoxService(BoxOptions options, BoxConfig config, std::unique_ptr<Clock> clock, QObject *parent = nullptr);
    ~BoxService() override;

    // Prepares the data dir, store, certificate and routes; no socket yet.
    Status prepare();
    // Binds the API (HTTPS) and the setup page (HTTP) and prints the three ready lines.
    Status listen();
    void stop();

    const Router &router() const { return m_router; }
    const BoxIdentity &identity() const { return m_identity; }

private:
    // The key of the failed-login hashes, made once and kept in the secrets file.
    Result<QByteArray> loginHashKey() const;
    Status ensureSerial();
    void prepareMail();
    void prepareReports();
    Status prepareTunnel(const QString &databasePath);
    void prepareServices();
    void registerRoutes();

    BoxOptions m_options;
    BoxConfig m_config;
    std::unique_ptr<Clock> m_clock;
    BoxIdentity m_identity;
    Router m_router;
    TlsIdentity m_tls;

    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace mente::box
