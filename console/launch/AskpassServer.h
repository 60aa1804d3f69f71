// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QLocalServer;

namespace mente::console {

// Hands one secret to mente-askpass (OpenSSH's SSH_ASKPASS helper) over a local socket in a
// directory only this user can enter, once: the first connection gets it, then the socket and its
// directory are gone. Nothing in argv, nothing in the environment but the socket's path.
class AskpassServer : public QObject
{
    Q_OBJECT
public:
    AskpassServer(const QString &secret, int lifetimeMs, QObject *parent = nullptr);
    ~AskpassServer() override;

    bool isListening() const;
    QString socketPath() const { return m_path; }
    bool wasAsked() const { return m_asked; }

signals:
    void handedOver();

private:
    void close();

    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_dir;
    QLocalServer *m_server;
    QString m_path;
    bool m_asked = false;
};

} // namespace mente::console
