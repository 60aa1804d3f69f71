// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/AskpassServer.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace mente::console {

AskpassServer::AskpassServer(const QString &secret, int lifetimeMs, QObject *parent)
    : QObject(parent)
    , m_secret(secret)
    , m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mente-askpass-XXXXXX")))
    , m_server(new QLocalServer(this))
{
    if (!m_dir->isValid())
        return;
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_path = m_dir->path() + QStringLiteral("/s");
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(1);
    if (!m_server->listen(m_path)) {
        m_path.clear();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        QLocalSocket *socket = m_server->nextPendingConnection();
        if (!socket || m_asked)
            return;
        m_asked = true;
        socket->setParent(this);
        socket->write(m_secret.toUtf8());
        socket->flush();
        socket->disconnectFromServer();
        close();
        emit handedOver();
    });
    QTimer::singleShot(lifetimeMs, this, &AskpassServer::close);
}

AskpassServer::~AskpassServer()
{
    close();
}

bool AskpassServer::isListening() const
{
    return m_server->isListening();
}

void AskpassServer::close()
{
    m_server->close();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
    m_dir.reset(); // removes the socket's directory
}

} // namespace mente::console
