// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace mente::bench {

// The harness's side of fleet_live_gen: starts it, hands it the password on stdin, reads the
// boxes it serves and sends it commands. Waiting keeps the caller's event loop turning, so the
// console living in the same thread goes on working meanwhile.
class GeneratorProcess : public QObject
{
    Q_OBJECT
public:
    struct Box
    {
        quint16 port = 0;
        QString fingerprint;
    };

    explicit GeneratorProcess(QObject *parent = nullptr);
    ~GeneratorProcess() override;

    bool start(const QString &program, int boxes, const QString &password, int keepaliveS, QString *error);
    const QList<Box> &boxes() const { return m_boxes; }
    qint64 pid() const { return m_process.processId(); }

    void send(const QString &command); // returns at once; the answer is read by waitFor
    // The next answer line starting with prefix, or "" after timeoutMs.
    QString waitFor(const QString &prefix, int timeoutMs);
    QString ask(const QString &command, const QString &prefix, int timeoutMs = 10000);

private:
    void readLines();

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    QList<Box> m_boxes;
};

} // namespace mente::bench
