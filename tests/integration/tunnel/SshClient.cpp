// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshClient.h"

#include <QDeadlineTimer>
#include <QFile>

namespace mente::test {

SshClient::SshClient() : m_session(ssh_new()) {}

SshClient::~SshClient()
{
    ssh_disconnect(m_session);
    ssh_free(m_session);
}

bool SshClient::connect(int port)
{
    const long timeoutS = 10;
    const int strict = 0;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutS);
    ssh_options_set(m_session, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null"); // the test compares the fingerprint itself
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &strict);
    return ssh_connect(m_session) == SSH_OK;
}

QString SshClient::error() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

QString SshClient::hostKeyFingerprint() const
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return {};
    unsigned char *hash = nullptr;
    size_t length = 0;
    QString text;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == SSH_OK) {
        char *printable = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        text = QString::fromLatin1(printable);
        ssh_string_free_char(printable);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return text;
}

int SshClient::authMethods(const QString &user)
{
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.toUtf8().constData());
    ssh_userauth_none(m_session, nullptr);
    return ssh_userauth_list(m_session, nullptr);
}

int SshClient::authPassword(const QString &user, const QString &password)
{
    return ssh_userauth_password(m_session, user.toUtf8().constData(), password.toUtf8().constData());
}

int SshClient::authKeyboardInteractive(const QString &user)
{
    return ssh_userauth_kbdint(m_session, user.toUtf8().constData(), nullptr);
}

int SshClient::authKey(const QString &user, const QString &privateKeyPath)
{
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(QFile::encodeName(privateKeyPath).constData(), nullptr, nullptr, nullptr, &key)
        != SSH_OK)
        return SSH_AUTH_ERROR;
    const int rc = ssh_userauth_publickey(m_session, user.toUtf8().constData(), key);
    ssh_key_free(key);
    return rc;
}

bool SshClient::openSession()
{
    ssh_channel channel = ssh_channel_new(m_session);
    const bool opened = ssh_channel_open_session(channel) == SSH_OK;
    if (opened)
        ssh_channel_close(channel);
    ssh_channel_free(channel);
    return opened;
}

ssh_channel SshClient::forward(const QString &host, int port)
{
    ssh_channel channel = ssh_channel_new(m_session);
    if (ssh_channel_open_forward(channel, host.toUtf8().constData(), port, "127.0.0.1", 50000) != SSH_OK) {
        ssh_channel_free(channel);
        return nullptr;
    }
    return channel;
}

QByteArray SshClient::exchange(ssh_channel channel, const QByteArray &request, int timeoutMs)
{
    if (ssh_channel_write(channel, request.constData(), uint32_t(request.size())) != int(request.size()))
        return {};
    ssh_channel_send_eof(channel);
    QByteArray answer;
    char buffer[16384];
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 200);
        if (n > 0)
            answer.append(buffer, n);
        else if (n < 0 || ssh_channel_is_eof(channel))
            break;
    }
    return answer;
}

} // namespace mente::test
