// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiReply.h"
#include "api/BoundedBody.h"
#include "shared/Operator.h"
#include "store/BoxRecord.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mente::console {

class SecretVault;

// Talks to one box over HTTPS: pins its certificate, keeps the session token (in the vault,
// with the operator it belongs to), logs in again with the stored password when the token
// expires (401) and retries once. Every call is asynchronous; the handler runs on the context
// object and is dropped with it.
class BoxClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ApiReply &)>;

    BoxClient(QNetworkAccessManager *nam, SecretVault *vault, BoxRecord record, QObject *parent = nullptr);

    const BoxRecord &record() const { return m_record; }
    void setRecord(const BoxRecord &record); // a re-trusted certificate or a new login drops the session
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The most of one answer it reads (BoundedBody); a larger one is an error ("too_large").
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }

    void call(const QByteArray &method, const QString &path, const QJsonValue &body, QObject *context, Handler done);
    void get(const QString &path, QObject *context, Handler done) { call("GET", path, {}, context, std::move(done)); }

    // Logs in with a password (not stored here: the caller puts it in the vault).
    void login(const QString &password, QObject *context, Handler done);
    // POST /session/password; on success the new password is stored in the vault.
    void changePassword(const QString &current, const QString &next, QObject *context, Handler done);
    // Makes sure there is a token (vault, else a login with the stored password); false on failure.
    void ensureSession(QObject *context, std::function<void(bool)> done);
    void forgetSession();
    void dropToken(); // the box refused it (401 on a stream): the next call logs in again

    // An authenticated GET whose reply the caller reads as it arrives (the event stream).
    QNetworkReply *openStream(const QString &path, const QByteArray &lastEventId);

    bool loggedIn() const { return !m_token.isEmpty(); }
    const Operator &sessionOperator() const { return m_operator; }
    bool isAdmin() const { return m_operator.admin; }
    bool mustChangePassword() const { return m_mustChangePassword; }

signals:
    void answered();                      // the box gave an HTTP answer
    void unreachable(const QString &why); // no answer at all
    void certificateRefused(const QString &presented);
    void passwordChangeRequired(); // 428 or mustChangePassword at login
    void authenticationFailed(const mente::Error &error);
    void sessionChanged();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body, bool withToken);
    void finish(QNetworkReply *reply, QObject *context, Handler done);
    ApiReply toApiReply(QNetworkReply *reply);
    void takeSession(const QJsonObject &session, bool store);
    void reauthenticate();
    void settleWaiting(bool ok);

    QNetworkAccessManager *m_nam;
    SecretVault *m_vault;
    BoxRecord m_record;
    int m_timeoutMs = 15000;
    qint64 m_maxReplyBytes = BoundedBody::DefaultLimit;
    QString m_token;
    Operator m_operator;
    bool m_mustChangePassword = false;
    bool m_vaultTokenTried = false;
    bool m_authenticating = false;
    ApiReply m_lastLoginFailure; // what the box said when logging in last failed
    QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_waiting;
};

} // namespace mente::console
