// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/ConsoleSshKey.h"

#include "api/BoxClient.h"
#include "api/SshKeysClient.h"
#include "store/SecretVault.h"

#include <QHostInfo>
#include <QPointer>

namespace mente::console {

ConsoleSshKey::ConsoleSshKey(SecretVault *vault, QObject *parent) : QObject(parent), m_vault(vault) {}

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
            const qint64 operatorId = box->sessionOperator().id;
            const SshKeysClient keys(box);
            keys.list(
                operatorId, context, [box, context, done, key, keys, operatorId](const ApiResult<QList<SshKey>> &list) {
                    if (!list.ok()) {
                        done(Error{QStringLiteral("ssh_keys"),
                                   tr("The box does not list SSH keys: %1").arg(list.error().message),
                                   {}});
                        return;
                    }
                    for (const SshKey &k : list.value())
                        if (k.fingerprint == key->fingerprint()) {
                            done(key);
                            return;
                        }
                    const QString comment = QStringLiteral("mente-console@") + QHostInfo::localHostName();
                    keys.upload(
                        operatorId, key->publicLine(comment), context, [done, key](const ApiResult<SshKey> &posted) {
                            if (!posted.ok())
                                done(Error{
                                    QStringLiteral("ssh_keys"),
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
