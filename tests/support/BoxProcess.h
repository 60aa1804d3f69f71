// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/QtPrinters.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mente::test {

// Starts the real mente-box binary (MENTE_BOX_BINARY) on 127.0.0.1 with port 0 in a temp data
// dir and reads the lines it prints once ready. Stops it with SIGTERM.
class BoxProcess
{
public:
    BoxProcess();
    ~BoxProcess();

    // INI text written to box.conf before start; kept across restarts.
    void setConfig(const QString &ini) { m_config = ini; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString configPath() const { return m_dir.path() + QStringLiteral("/box.conf"); }

    bool start(QStringList extraArgs = {}); // false when the box did not print its lines in time
    bool stop();                            // SIGTERM, waits; false if it did not exit cleanly
    bool kill();                            // SIGKILL (a power loss), waits; false if it was not running
    int exitCode() const { return m_process ? m_process->exitCode() : -1; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; } // for SIGSTOP/SIGCONT; 0 when not running

    QString apiUrl() const { return m_apiUrl; }           // https://127.0.0.1:PORT
    QString setupUrl() const { return m_setupUrl; }       // http://127.0.0.1:PORT
    QString fingerprint() const { return m_fingerprint; } // sha256:AB:CD:...
    QString sshListen() const { return m_sshListen; }     // ADDR:PORT of the SSH tunnel endpoint, or "off"
    int sshPort() const;                                  // 0 when off
    QString output() const { return m_output; }

    static QString binary();
    // Runs the binary with arguments, returns its stdout (exit code in *code).
    static QByteArray run(const QStringList &args, int *code = nullptr);

private:
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<QProcess> m_process;
    QString m_apiUrl;
    QString m_setupUrl;
    QString m_fingerprint;
    QString m_sshListen;
    QString m_output;
};

} // namespace mente::test
