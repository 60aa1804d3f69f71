// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QTimer;

namespace mente::console {

// A TigerVNC password file (vncpasswd's format) for one viewer: owner-only, in an owner-only
// directory. On Linux it is a FIFO: the bytes exist only while the viewer reads them, and the
// FIFO goes right after. Elsewhere a plain 0600 file, removed after graceMs or when the viewer ends.
class VncPasswordFile : public QObject
{
    Q_OBJECT
public:
    VncPasswordFile(const QString &password, int graceMs, QObject *parent = nullptr);
    ~VncPasswordFile() override;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    bool wasRead() const { return m_read; }
    void remove();

    // vncpasswd's obfuscation: the first 8 bytes, DES with VNC's fixed key.
    static QByteArray obfuscate(const QString &password);

signals:
    void consumed();

private:
    void tryWrite();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_data;
    QTimer *m_poll = nullptr;
    bool m_read = false;
};

} // namespace mente::console
