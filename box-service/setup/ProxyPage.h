// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/ProxySettings.h"
#include "setup/ProxyTester.h"
#include "setup/SetupEnv.h"

#include <QCoreApplication>
#include <QHash>

namespace mente::box {

// "/proxy" (seed §6): direct, HTTP or SOCKS proxy; input → confirm → test → saved. The proxy is
// tried before it is saved; the entered password stays on the box between the steps (a draft per
// operator) and is never written into a page.
class ProxyPage : public SetupPageHandler
{
public:
    explicit ProxyPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

    static QString explain(const ProxyCheck &check, const ProxySettings &proxy, const QString &target);

private:
    void form(const SetupRequest &request, const Respond &respond, const ProxySettings &values,
              const FieldErrors &errors, const QString &alert = {}, int status = 200);
    void save(const SetupRequest &request, const Respond &respond, const ProxySettings &proxy,
              const QString &testedWith);

    SetupEnv &m_env;
    QHash<qint64, ProxySettings> m_drafts;
};

} // namespace mente::box
