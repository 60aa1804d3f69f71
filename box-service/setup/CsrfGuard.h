// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"

#include <QByteArray>
#include <QString>

namespace mente::box {

// Tokens that tie a form to the Basic-authenticated user who was shown it: HMAC-SHA256 over the
// operator's id and login under a secret made at start. A page from another site cannot know
// it, so a cross-site POST is refused. A restart of the box makes every open form stale.
class CsrfGuard
{
public:
    CsrfGuard();                                  // a fresh random secret
    explicit CsrfGuard(const QByteArray &secret); // for tests

    QString tokenFor(const Operator &op) const;
    bool check(const Operator &op, const QString &token) const; // constant-time compare

private:
    QByteArray m_secret;
};

} // namespace mente::box
