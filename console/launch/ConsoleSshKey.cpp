// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/ConsoleSshKey.h"

#include "api/BoxClient.h"
#include "shared/ApiPaths.h"
#include "store/SecretVault.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QPointer>

namespace mente::console {

ConsoleSshKey::ConsoleSshKey(SecretVault *vault, QObject *parent) : QObject(parent), m_vault(vault) {}

QString ConsoleSshKey::keysPath(qint64 operatorId)
{
    return api::operatorPath(operatorId) + QStringLiteral("/ssh-keys");
}

void ConsoleSshKey::load(QObject *context, Ready done)
{
    if (m_key.isValid()) {
        done(m_key);
        return;
    }
    QPointer<QObject> guard(context);
    m_vault->read(vaultKey(), this, [this, guard, done](const Result<QString> &stored) {
        if (!guard)
            return;
        if (stored) {
            m_key = SshKeyPair::fromPrivate(stored.value().toUtf8());
            if (m_key.isValid()) {
                done(m_key);
                return;
            }
        }
        m_key = SshKeyPair::generate();
        if (!m_key.isValid()) {
            done(Error{QStringLiteral("ssh_key"), tr("The console could not make its SSH key."), {}});
            return;
        }
        m_vault->write(vaultKey(), QString::fromUtf8(m_key.privateKey()), this, [this, guard, done](const Status &s) {
            if (!guard)
                return;
            if (!s) {
                m_key = {};
                done(Error{QStringLiteral("vault"),
                           tr("The keychain did not keep the console's SSH key: %1").arg(s.error().message),
                           {}});
                return;
            }
            done(m_key);
        });
    });
}

void ConsoleSshKey::ensureUploaded(BoxClient *client, QObject *context, Ready done)
{
    QPointer<BoxClient> box(client);
    load(context, [this, box, context, done](const Result<SshKeyPair> &key) {
        if (!key || !box) {
            done(key);
            return;
        }
        box->ensureSession(context, [this, box, context, done, key](bool ok) {
            if (!ok || !box) {
                done(Error{
                    QStringLiteral("session"), tr("Cannot log in to the box to upload the console's SSH key."), {}});
                return;
            }
            const QString path = keysPath(box->sessionOperator().id);
            box->get(path, context, [this, box, context, done, key, path](const ApiReply &list) {
                if (!list.ok()) {
                    done(Error{QStringLiteral("ssh_keys"),
                               tr("The box does not list SSH keys: %1").arg(list.error().message),
                               {}});
                    return;
                }
                QJsonArray keys = list.array();
                if (keys.isEmpty())
                    keys = list.object().value(QStringLiteral("keys")).toArray();
                for (const QJsonValue &k : std::as_const(keys))
                    if (k.toObject().value(QStringLiteral("fingerprint")).toString() == key->fingerprint()) {
                        done(key);
                        return;
                    }
                const QString comment = QStringLiteral("mente-console@") + QHostInfo::localHostName();
                box->call(
                    "POST", path, QJsonObject{{QStringLiteral("key"), key->publicLine(comment)}}, context,
                    [done, key](const ApiReply &posted) {
                        if (!posted.ok())
                            done(Error{QStringLiteral("ssh_keys"),
                                       tr("The box did not take the console's SSH key: %1").arg(posted.error().message),
                                       {}});
                        else
                            done(key);
                    });
            });
        });
    });
}

} // namespace mente::console
