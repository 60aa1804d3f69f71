// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mente::console {

// Where the console keeps passwords and tokens: the OS keychain in production, memory in
// tests. Every call is asynchronous; the callback runs on the context object's thread and is
// dropped when the context is destroyed.
class SecretVault
{
public:
    using ReadDone = std::function<void(const Result<QString> &)>;
    using Done = std::function<void(const Status &)>;

    virtual ~SecretVault() = default;
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

} // namespace mente::console
