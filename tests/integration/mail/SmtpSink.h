// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MailTestSupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mente::test {

struct ReceivedMail
{
    QJsonObject envelope; // from, to, tls, auth
    QStringList to;
    ParsedMail mail;
    QByteArray raw;
};

// A real SMTP server (smtp_sink.py on aiosmtpd) that writes each mail to a folder.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();
    bool start(quint16 port = 0, const QStringList &extraArgs = {});
    void stop();
    quint16 port() const { return m_port; }
    QList<ReceivedMail> mails() const;
    bool waitForMails(int count, int timeoutMs = 20000) const;
    QString output() const;

    static quint16 freePort();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace mente::test
