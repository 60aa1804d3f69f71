// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/VncPasswordFile.h"

#include "platform/OsSupport.h"

#include <QDir>
#include <QFile>
#include <QTimer>

#define OPENSSL_SUPPRESS_DEPRECATED // single DES is what the format is; nothing else uses it
#include <openssl/des.h>

namespace mente::console {

QByteArray VncPasswordFile::obfuscate(const QString &password)
{
    // The key d3des uses for VNC, {23,82,107,6,35,78,88,7}, with each byte's bits reversed as
    // d3des does internally.
    DES_cblock key = {0xe8, 0x4a, 0xd6, 0x60, 0xc4, 0x72, 0x1a, 0xe0};
    DES_key_schedule schedule;
    DES_set_key_unchecked(&key, &schedule);
    DES_cblock in = {};
    const QByteArray utf8 = password.toUtf8().left(8);
    memcpy(in, utf8.constData(), size_t(utf8.size()));
    DES_cblock out;
    DES_ecb_encrypt(&in, &out, &schedule, DES_ENCRYPT);
    memset(in, 0, sizeof in);
    return QByteArray(reinterpret_cast<const char *>(out), 8);
}

VncPasswordFile::VncPasswordFile(const QString &password, int graceMs, QObject *parent)
    : QObject(parent)
    , m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mente-vnc-XXXXXX")))
    , m_data(obfuscate(password))
{
    if (!m_dir->isValid())
        return;
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = m_dir->path() + QStringLiteral("/passwd");
    if (platform::makeOwnerOnlyFifo(path)) {
        m_path = path;
        m_poll = new QTimer(this);
        m_poll->setInterval(50);
        connect(m_poll, &QTimer::timeout, this, &VncPasswordFile::tryWrite);
        m_poll->start();
        QTimer::singleShot(graceMs, this, &VncPasswordFile::remove);
        return;
    }
    // No FIFOs here (Windows): an owner-only file in an owner-only folder, removed after graceMs.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(m_data) != m_data.size())
        return;
    file.close();
    m_path = path;
    QTimer::singleShot(graceMs, this, &VncPasswordFile::remove);
}

VncPasswordFile::~VncPasswordFile()
{
    remove();
}

void VncPasswordFile::tryWrite()
{
    if (platform::writeFifoIfRead(m_path, m_data)) {
        m_read = true;
        remove();
        emit consumed();
    }
}

void VncPasswordFile::remove()
{
    if (m_poll)
        m_poll->stop();
    m_data.fill('\0');
    m_dir.reset();
}

} // namespace mente::console
