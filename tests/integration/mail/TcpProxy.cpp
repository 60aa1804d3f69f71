// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpProxy.h"

#include "MailTestSupport.h"

namespace mente::test {

TcpProxy::~TcpProxy()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

bool TcpProxy::start(const QString &mode, const QString &auth)
{
    QStringList args{QStringLiteral(MENTE_TCP_PROXY), QStringLiteral("--mode"), mode};
    if (!auth.isEmpty())
        args << QStringLiteral("--auth") << auth;
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    return waitUntil(
        [&] {
            const qsizetype at = output().indexOf("listening ");
            if (at < 0 || m_out.indexOf('\n', at) < 0)
                return false;
            m_port = quint16(m_out.mid(at + 10, m_out.indexOf('\n', at) - at - 10).trimmed().toUInt());
            return true;
        },
        10000);
}

QByteArray TcpProxy::output()
{
    m_out += m_process.readAllStandardOutput();
    return m_out;
}

} // namespace mente::test
