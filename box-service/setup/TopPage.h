// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"

#include <QCoreApplication>

namespace mente::box {

// "/": every setting's state (seed §4 設定ツール) and the buttons to the forms.
class TopPage : public SetupPageHandler
{
public:
    explicit TopPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

    static QString proxyText(const QString &type, const QString &host, int port);
    static QString findText(const SetupServices &box); // mDNS name and addresses (html)

private:
    SetupEnv &m_env;
};

} // namespace mente::box
