// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mente {

// An SSH public key in OpenSSH's one-line form ("ssh-ed25519 AAAA… comment"), parsed and
// checked: a known type, strict base64, a key blob whose fields match the type.
struct SshPublicKey
{
    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QByteArray blob; // the decoded key blob (RFC 4253 §6.6)
    QString comment;

    // "SHA256:" and the unpadded base64 of the blob's SHA-256, as `ssh-keygen -l` prints it.
    QString fingerprint() const;
    // The key as one authorized_keys line, comment included when there is one.
    QString toLine() const;

    static constexpr int kMaxComment = 200;
    // Errors name `field` ("key" in the API).
    static Result<SshPublicKey> parse(const QString &line, const QString &field = QStringLiteral("key"));
    static QString fingerprintOf(const QByteArray &blob);
};

// One key uploaded for an operator (GET /operators/{id}/ssh-keys); the console's tunnel logs
// in with it.
struct SshKey
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString type;
    QString fingerprint;
    QString comment;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<SshKey> fromJson(const QJsonObject &json);
};

// POST /operators/{id}/ssh-keys {"key": "ssh-ed25519 AAAA… comment"}.
struct SshKeyUpload
{
    SshPublicKey key;

    QJsonObject toJson() const;
    static Result<SshKeyUpload> fromJson(const QJsonObject &json);
};

} // namespace mente
