// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/BoxClient.h"

#include "api/Fingerprint.h"
#include "shared/ApiPaths.h"
#include "store/SecretVault.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcClient, "mente.console.client")

namespace mente::console {

BoxClient::BoxClient(QNetworkAccessManager *nam, SecretVault *vault, BoxRecord record, QObject *parent)
    : QObject(parent), m_nam(nam), m_vault(vault), m_record(std::move(record))
{}

void BoxClient::setRecord(const BoxRecord &record)
{
    const bool sameSession =
        record.url == m_record.url && record.login == m_record.login && record.fingerprint == m_record.fingerprint;
    m_record = record;
    if (!sameSession) {
        m_token.clear();
        m_vaultTokenTried = true; // the stored token belongs to the old identity
        emit sessionChanged();
    }
}

QNetworkReply *BoxClient::send(const QByteArray &method, const QString &path, const QByteArray &body, bool withToken)
{
    QNetworkRequest request(QUrl(m_record.url + path));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (withToken && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = nullptr;
    if (body.isEmpty() && method != "POST" && method != "PUT" && method != "PATCH") {
        reply = m_nam->sendCustomRequest(request, method);
    } else {
        reply = m_nam->sendCustomRequest(request, method, body);
    }
    pinCertificate(reply, m_record.fingerprint);
    BoundedBody::attach(reply, m_maxReplyBytes);
    return reply;
}

ApiReply BoxClient::toApiReply(QNetworkReply *reply)
{
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.refusedFingerprint = refusedFingerprint(reply);
    if (r.refusedFingerprint.isEmpty() && r.status != 0 && !matchesPin(reply, m_record.fingerprint))
        r.refusedFingerprint = fingerprintOf(reply->sslConfiguration().peerCertificate());
    BoundedBody *body = BoundedBody::of(reply);
    if (body && body->tooLarge() && r.refusedFingerprint.isEmpty()) {
        r.tooLargeLimit = body->limit(); // refused once its headers were in: the status is the box's
    } else if (r.refusedFingerprint.isEmpty()) {
        r.body = body ? body->take() : reply->readAll(); // never from a certificate that is not the pinned one
    }
    if (r.status == 0)
        r.networkError = reply->errorString();
    if (!r.refusedFingerprint.isEmpty()) {
        r.status = 0;
        emit certificateRefused(r.refusedFingerprint);
    } else if (r.status == 0) {
        emit unreachable(r.networkError);
    } else {
        emit answered();
        if (r.status == 428 && !m_mustChangePassword) {
            m_mustChangePassword = true;
            emit passwordChangeRequired();
        }
    }
    return r;
}

void BoxClient::finish(QNetworkReply *reply, QObject *context, Handler done)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done = std::move(done)]() {
        reply->deleteLater();
        const ApiReply r = toApiReply(reply);
        if (guard)
            done(r);
    });
}

void BoxClient::call(const QByteArray &method, const QString &path, const QJsonValue &body, QObject *context,
                     Handler done)
{
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    QPointer<QObject> guard(context);
    auto attempt = [this, method, path, payload, guard, done](bool retried, auto &&self) -> void {
        QNetworkReply *reply = send(method, path, payload, true);
        connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done, retried, self, method, path]() {
            reply->deleteLater();
            const ApiReply r = toApiReply(reply);
            if (r.status == 401 && !retried) {
                qCInfo(lcClient) << "session expired, logging in again:" << m_record.url;
                m_token.clear();
                m_vaultTokenTried = true;
                ensureSession(this, [this, guard, done, self, r](bool ok) {
                    if (ok)
                        self(true, self);
                    else if (guard)
                        done(r);
                });
                return;
            }
            if (guard)
                done(r);
        });
    };
    ensureSession(this, [this, attempt, guard, done](bool ok) {
        if (ok) {
            attempt(false, attempt);
            return;
        }
        ApiReply r = m_lastLoginFailure;
        if (r.status == 0 && r.refusedFingerprint.isEmpty() && r.networkError.isEmpty()) {
            r.status = 401;
            r.body = R"({"error":{"code":"unauthorized","message":"Not logged in."}})";
        }
        if (guard)
            done(r);
    });
}

void BoxClient::ensureSession(QObject *context, std::function<void(bool)> done)
{
    if (!m_token.isEmpty()) {
        done(true);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_authenticating)
        return;
    m_authenticating = true;
    if (!m_vaultTokenTried) {
        m_vaultTokenTried = true;
        m_vault->read(m_record.tokenKey(), this, [this](const Result<QString> &saved) {
            if (saved) {
                const QJsonObject session = QJsonDocument::fromJson(saved.value().toUtf8()).object();
                if (!session.value(QStringLiteral("token")).toString().isEmpty()) {
                    takeSession(session, false);
                    settleWaiting(true);
                    return;
                }
            }
            reauthenticate();
        });
        return;
    }
    reauthenticate();
}

void BoxClient::reauthenticate()
{
    m_vault->read(m_record.passwordKey(), this, [this](const Result<QString> &password) {
        if (!password) {
            m_lastLoginFailure = {};
            emit authenticationFailed(
                Error{QStringLiteral("no_password"), tr("No password is stored for this box: log in again."), {}});
            settleWaiting(false);
            return;
        }
        login(password.value(), this, [this](const ApiReply &r) {
            m_lastLoginFailure = r.ok() ? ApiReply{} : r;
            if (!r.ok() && r.refusedFingerprint.isEmpty())
                emit authenticationFailed(r.error());
            settleWaiting(r.ok());
        });
    });
}

void BoxClient::settleWaiting(bool ok)
{
    m_authenticating = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting)
        if (context)
            done(ok);
}

void BoxClient::login(const QString &password, QObject *context, Handler done)
{
    const QJsonObject body{{QStringLiteral("login"), m_record.login}, {QStringLiteral("password"), password}};
    QNetworkReply *reply = send("POST", api::Session, QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    finish(reply, this, [this, guard = QPointer<QObject>(context), done = std::move(done)](const ApiReply &r) {
        if (r.ok())
            takeSession(r.object(), true);
        if (guard)
            done(r);
    });
}

void BoxClient::takeSession(const QJsonObject &session, bool store)
{
    m_token = session.value(QStringLiteral("token")).toString();
    if (auto op = Operator::fromJson(session.value(QStringLiteral("operator")).toObject()))
        m_operator = op.value();
    m_mustChangePassword = session.value(QStringLiteral("mustChangePassword")).toBool();
    if (store) {
        const QJsonObject saved{{QStringLiteral("token"), m_token},
                                {QStringLiteral("operator"), session.value(QStringLiteral("operator"))},
                                {QStringLiteral("mustChangePassword"), m_mustChangePassword}};
        m_vault->write(m_record.tokenKey(), QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)),
                       this, [](const Status &s) {
                           if (!s)
                               qCWarning(lcClient) << "could not keep the session token:" << s.error().message;
                       });
    }
    emit sessionChanged();
    if (m_mustChangePassword)
        emit passwordChangeRequired();
}

void BoxClient::changePassword(const QString &current, const QString &next, QObject *context, Handler done)
{
    const QJsonObject body{{QStringLiteral("current"), current}, {QStringLiteral("new"), next}};
    call("POST", api::SessionPassword, body, context,
         [this, next, guard = QPointer<QObject>(context), done = std::move(done)](const ApiReply &r) {
             if (r.ok()) {
                 m_mustChangePassword = false;
                 m_vault->write(m_record.passwordKey(), next, this, [](const Status &) {});
                 // The box may revoke the old session with the change: log in afresh with the new one.
                 login(next, this, [guard, done, r](const ApiReply &) {
                     if (guard)
                         done(r);
                 });
                 return;
             }
             if (guard)
                 done(r);
         });
}

void BoxClient::forgetSession()
{
    if (!m_token.isEmpty()) {
        QNetworkReply *reply = send("DELETE", api::Session, {}, true);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_token.clear();
    m_vault->remove(m_record.tokenKey(), this, [](const Status &) {});
}

void BoxClient::dropToken()
{
    m_token.clear();
    m_vaultTokenTried = true;
}

QNetworkReply *BoxClient::openStream(const QString &path, const QByteArray &lastEventId)
{
    QNetworkRequest request(QUrl(m_record.url + path));
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", lastEventId);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_nam->get(request);
    pinCertificate(reply, m_record.fingerprint);
    return reply;
}

} // namespace mente::console
