// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/KeychainVault.h"

#include <qt6keychain/keychain.h>

namespace mente::console {

namespace {
Error jobError(const QKeychain::Job *job, const QString &key)
{
    const QString code =
        job->error() == QKeychain::EntryNotFound ? QStringLiteral("not_found") : QStringLiteral("keychain");
    return Error{code, job->errorString(), key};
}
} // namespace

KeychainVault::KeychainVault(QString service) : m_service(std::move(service)) {}

void KeychainVault::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError)
            done(jobError(j, key));
        else
            done(readJob->textData());
    });
    job->start();
}

void KeychainVault::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? success() : Status(jobError(j, key)));
    });
    job->start();
}

void KeychainVault::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? success() : Status(jobError(j, key)));
    });
    job->start();
}

} // namespace mente::console
