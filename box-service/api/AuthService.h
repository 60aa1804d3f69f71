// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AuthSettings.h"
#include "api/LoginThrottle.h"
#include "kernel/Actor.h"
#include "shared/Clock.h"
#include "shared/Result.h"

#include <QDateTime>

namespace mente::box {

class AuditLog;
class LoginFailureStore;
class OperatorStore;
class PasswordHasher;
class SessionStore;

struct LoginResult
{
    QString token;
    QDateTime expiresAt;
    Operator op;
};

// Logins, sessions and password changes. Tokens are 256 random bits; only their SHA-256 is
// stored. Failed logins lock the login ID (423) and the client address (429) for a while, across
// restarts (LoginFailureStore).
class AuthService
{
public:
    AuthService(OperatorStore &operators, SessionStore &sessions, AuditLog &audit, LoginFailureStore &failures,
                const PasswordHasher &hasher, const Clock &clock, const SessionSettings &session,
                const LoginSettings &login);

    Result<LoginResult> login(const QString &login, const QString &password, const QString &address);
    Result<Actor> authenticate(const QString &token, const QString &address);
    Status logout(const Actor &actor);
    Status changePassword(const Actor &actor, const QString &current, const QString &newPassword);
    // HTTP Basic for the setup page: the same checks and lockout, no session.
    Result<Actor> checkCredentials(const QString &login, const QString &password, const QString &address);

    // The default administrator "admin" is there and still has the password it was made with
    // (admin; it must change it before anything else): the setup page's login hint says so.
    bool defaultPasswordInUse() const;

    static QString hashToken(const QString &token);

private:
    Result<Operator> verify(const QString &login, const QString &password, const QString &address);

    OperatorStore &m_operators;
    SessionStore &m_sessions;
    AuditLog &m_audit;
    const PasswordHasher &m_hasher;
    const Clock &m_clock;
    qint64 m_ttlMs;
    LoginThrottle m_byLogin;
    LoginThrottle m_byAddress;
};

} // namespace mente::box
