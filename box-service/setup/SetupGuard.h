// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

namespace mente::box {

// The setup page's first two checks, before the login (API.md "The setup page"):
// - Host must name this box (its certificate's names, host name, serial, localhost, or one of
//   its addresses, with or without a port), so a page of a foreign site whose name an attacker
//   points at the box (DNS rebinding) cannot drive it: 421 otherwise;
// - the client must be allowed by [setup] allow_from: "lan" (the subnets of the box's own
//   interfaces, and loopback), "any", or CIDRs, mixed freely: 403 otherwise.
// Interfaces are read at each request: the page itself changes the box's address.
class SetupGuard
{
public:
    SetupGuard(const QStringList &names, const QList<QHostAddress> &addresses, const QString &allowFrom);

    // Checks an allow_from value; the error names "[setup] allow_from".
    static Status checkAllowFrom(const QString &allowFrom);

    bool hostAllowed(const QByteArray &host, const QHostAddress &reached) const;
    bool clientAllowed(const QHostAddress &client) const;

private:
    QStringList m_names; // lower case
    QList<QHostAddress> m_addresses;
    bool m_any = false;
    bool m_lan = false;
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace mente::box
