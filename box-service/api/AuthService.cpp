// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AuthService.h"

#include "service/PasswordHasher.h"
#include "shared/Clock.h"
#include "shared/Validation.h"
#include "store/AuditLog.h"
#include "store/OperatorStore.h"
#include "store/SessionStore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuth, "mente.auth")

namespace mente::box {

namespace {
Error unauthorized(const QString &message)
{
    return Error{QStringLiteral("unauthorized"), message, {}};
}
const QString kBadLogin = QStringLiteral("The login ID or the password is wrong.");

// What the log and the audit keep of a name typed at login. An operator's login ID is kept
// (cut to 64 characters, though IDs have at most 32). A name no operator has may be a password
// typed into the wrong field, so only its length is kept.
QString loginForLog(const QString &typed, bool known)
{
    if (known)
        return typed.left(64);
    return QStringLiteral("(%1 characters, no such login ID)").arg(typed.size());
}
} // namespace

AuthService::AuthService(OperatorStore &operators, SessionStore &sessions, AuditLog &audit,
                         LoginFailureStore &failures, const PasswordHasher &hasher, const Clock &clock,
                         const SessionSettings &session, const LoginSettings &login)
    : m_operators(operators),
      m_sessions(sessions),
      m_audit(audit),
      m_hasher(hasher),
      m_clock(clock),
      m_ttlMs(qint64(session.ttlMin * 60.0 * 1000.0)),
      m_byLogin(login.maxFailures, login.lockoutS, failures, QStringLiteral("login"), clock.now(), login.hashKey),
      m_byAddress(login.maxFailures, login.lockoutS, failures, QStringLiteral("address"), clock.now(), login.hashKey)
{
}

QString AuthService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Operator> AuthService::verify(const QString &login, const QString &password, const QString &address)
{
    const QDateTime now = m_clock.now();
    const QString loginKey = login.toLower();
    const auto stored = m_operators.activeByLogin(login);
    const QString logged = loginForLog(login, stored.has_value());
    if (const qint64 s = m_byLogin.lockedFor(loginKey, now)) {
        m_audit.record({0, logged, address, QStringLiteral("session.login.locked"), logged, {}});
        return Error{QStringLiteral("locked"),
                     QStringLiteral("Too many failed logins: this login ID is locked for %1 more seconds.").arg(s),
                     QStringLiteral("login")};
    }
    if (const qint64 s = m_byAddress.lockedFor(address, now)) {
        m_audit.record({0, logged, address, QStringLiteral("session.login.throttled"), logged, {}});
        return Error{QStringLiteral("rate_limited"),
                     QStringLiteral("Too many failed logins from this address: try again in %1 seconds.").arg(s), {}};
    }
    bool good = false;
    if (stored)
        good = m_hasher.verify(stored->passwordHash, password);
    else
        m_hasher.burn(password);
    if (!good || !stored->op.enabled) {
        m_byLogin.failure(loginKey, now);
        m_byAddress.failure(address, now);
        m_audit.record({stored ? stored->op.id : 0, logged, address, QStringLiteral("session.login.failed"), logged,
                        stored && good ? QStringLiteral("operator disabled") : QString()});
        qCInfo(lcAuth).noquote() << "failed login for" << logged << "from" << address;
        return unauthorized(kBadLogin);
    }
    m_byLogin.success(loginKey);
    m_byAddress.success(address);
    return stored->op;
}

Result<LoginResult> AuthService::login(const QString &login, const QString &password, const QString &address)
{
    auto op = verify(login, password, address);
    if (!op)
        return op.error();
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const QString token = QStringLiteral("mt_")
                          + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random)
                                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(random, sizeof random);
    const QDateTime now = m_clock.now();
    StoredSession session{hashToken(token), op->id, now.addMSecs(m_ttlMs)};
    m_sessions.removeExpired(now);
    if (const Status s = m_sessions.insert(session, now, address); !s)
        return s.error();
    m_audit.record({op->id, op->login, address, QStringLiteral("session.login"), op->login, {}});
    return LoginResult{token, session.expiresAt, op.value()};
}

Result<Actor> AuthService::authenticate(const QString &token, const QString &address)
{
    if (token.isEmpty())
        return unauthorized(QStringLiteral("Log in first: send Authorization: Bearer TOKEN."));
    // A read that failed is the box's fault (500), not a wrong token: the client keeps its token.
    const auto found = m_sessions.find(hashToken(token));
    if (!found)
        return found.error();
    const std::optional<StoredSession> &session = found.value();
    if (!session)
        return unauthorized(QStringLiteral("The token is not valid; log in again."));
    if (session->expiresAt <= m_clock.now()) {
        m_sessions.remove(session->tokenHash);
        return unauthorized(QStringLiteral("The session has expired; log in again."));
    }
    const auto read = m_operators.byId(session->operatorId);
    if (!read)
        return read.error(); // the session stays: the next request may read it
    const std::optional<StoredOperator> &stored = read.value();
    if (!stored || stored->op.removed() || !stored->op.enabled) {
        m_sessions.remove(session->tokenHash);
        return unauthorized(QStringLiteral("This operator can no longer log in."));
    }
    return Actor{stored->op, address, session->tokenHash};
}

Status AuthService::logout(const Actor &actor)
{
    m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("session.logout"), actor.op.login, {}});
    return m_sessions.remove(actor.tokenHash);
}

Status AuthService::changePassword(const Actor &actor, const QString &current, const QString &newPassword)
{
    auto verified = verify(actor.op.login, current, actor.address);
    if (!verified) {
        if (verified.error().code == QLatin1String("unauthorized"))
            return Error::validation(QStringLiteral("current"), QStringLiteral("The current password is wrong."));
        return verified.error();
    }
    if (const QString message = validation::checkPassword(newPassword, actor.op.login); !message.isEmpty())
        return Error::validation(QStringLiteral("new"), message);
    if (newPassword == current)
        return Error::validation(QStringLiteral("new"), QStringLiteral("The new password must differ from the current one."));
    if (const Status s = m_operators.setPassword(actor.op.id, m_hasher.hash(newPassword), false); !s)
        return s;
    // Other sessions of this operator end: whoever knew the old password is logged out.
    m_sessions.removeForOperator(actor.op.id, actor.tokenHash);
    m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("session.password.change"),
                    actor.op.login, {}});
    return success();
}

bool AuthService::defaultPasswordInUse() const
{
    const auto admin = m_operators.activeByLogin(QStringLiteral("admin"));
    return admin && admin->op.enabled && admin->op.mustChangePassword;
}

Result<Actor> AuthService::checkCredentials(const QString &login, const QString &password, const QString &address)
{
    auto op = verify(login, password, address);
    if (!op)
        return op.error();
    return Actor{op.value(), address, {}};
}

} // namespace mente::box
