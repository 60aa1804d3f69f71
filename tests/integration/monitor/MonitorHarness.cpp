// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitorHarness.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace mente::test {

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

bool MonitoredBox::start(const QString &extraIni, const QString &monitorIni)
{
    const QString gateway = monitorIni.contains(s("gateway=")) ? QString() : s("gateway=none\n");
    box.setConfig(s("[monitor]\ninterval_s=1\ntimeout_ms=500\nretries=2\n") + gateway + monitorIni
                  + s("\n[events]\nkeepalive_s=1\n") + extraIni);
    if (!box.start())
        return false;
    client = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
    if (client->login(s("admin"), s("admin")).status != 200)
        return false;
    const HttpReply changed =
        client->post(s("/api/v1/session/password"), {{s("current"), s("admin")}, {s("new"), s("monitor-Test-2026")}});
    if (changed.status != 204)
        return false;
    return client->login(s("admin"), s("monitor-Test-2026")).status == 200;
}

qint64 MonitoredBox::addDevice(const QString &ip)
{
    const HttpReply r = client->post(s("/api/v1/devices"), {{s("ip"), ip}});
    return r.status == 201 ? r.json().value(s("id")).toInteger() : 0;
}

qint64 MonitoredBox::addPort(qint64 deviceId, int port, const QString &protocol)
{
    const HttpReply r =
        client->post(s("/api/v1/devices/%1/ports").arg(deviceId), {{s("port"), port}, {s("protocol"), protocol}});
    return r.status == 201 ? r.json().value(s("id")).toInteger() : 0;
}

QJsonObject MonitoredBox::device(qint64 id)
{
    return client->get(s("/api/v1/devices/%1").arg(id)).json();
}

QJsonObject MonitoredBox::port(qint64 id)
{
    for (const QJsonValue d : client->get(s("/api/v1/devices")).jsonArray())
        for (const QJsonValue p : d.toObject().value(s("ports")).toArray())
            if (p.toObject().value(s("id")).toInteger() == id)
                return p.toObject();
    return {};
}

QJsonArray MonitoredBox::events(qint64 after)
{
    return client->get(s("/api/v1/events?after=%1&limit=1000").arg(after)).jsonArray();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    return done();
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool ServerProcess::start(const QString &program, const QStringList &args, int port)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000))
        return false;
    // Ready once it accepts connections.
    return waitFor(
        [port] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            return probe.waitForConnected(200);
        },
        10000);
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

bool SshServer::start(int port)
{
    const QString key = m_dir.filePath(s("host_ed25519"));
    if (!QFile::exists(key)
        && QProcess::execute(s("ssh-keygen"), {s("-q"), s("-t"), s("ed25519"), s("-N"), s(""), s("-f"), key}) != 0)
        return false;
    QDir().mkpath(s("/run/sshd"));
    const QString config = m_dir.filePath(s("sshd_config"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nUsePAM no\nStrictModes no\nPidFile none\n")
                .arg(port)
                .arg(key)
                .toUtf8());
    f.close();
    return m_server.start(s("/usr/sbin/sshd"), {s("-D"), s("-e"), s("-f"), config}, port);
}

NetNamespace::NetNamespace(int index)
{
    const int pid = int(::getpid());
    m_name = s("mmon%1n%2").arg(pid).arg(index);
    m_hostIf = s("mmh%1%2").arg(pid % 100000).arg(index);
    m_nsIf = s("mmn%1%2").arg(pid % 100000).arg(index);
    m_prefix = s("10.94.%1.").arg((pid * 3 + index) % 250 + 1);
    m_ok = run({s("ip"), s("netns"), s("add"), m_name})
           && run({s("ip"), s("link"), s("add"), m_hostIf, s("type"), s("veth"), s("peer"), s("name"), m_nsIf})
           && run({s("ip"), s("link"), s("set"), m_nsIf, s("netns"), m_name})
           && run({s("ip"), s("addr"), s("add"), hostIp() + s("/24"), s("dev"), m_hostIf})
           && run({s("ip"), s("link"), s("set"), m_hostIf, s("up")})
           && exec({s("ip"), s("addr"), s("add"), nsIp() + s("/24"), s("dev"), m_nsIf})
           && exec({s("ip"), s("link"), s("set"), s("lo"), s("up")}) && setLinkUp(true);
}

NetNamespace::~NetNamespace()
{
    run({s("ip"), s("link"), s("del"), m_hostIf});
    run({s("ip"), s("netns"), s("del"), m_name});
}

bool NetNamespace::run(const QStringList &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    p.waitForFinished(10000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool NetNamespace::exec(const QStringList &command)
{
    return run(QStringList{s("ip"), s("netns"), s("exec"), m_name} + command);
}

bool NetNamespace::addAddress(int host)
{
    return exec({s("ip"), s("addr"), s("add"), nsIp(host) + s("/24"), s("dev"), m_nsIf});
}

bool NetNamespace::setLinkUp(bool up)
{
    return exec({s("ip"), s("link"), s("set"), m_nsIf, up ? s("up") : s("down")});
}

SseReader::SseReader(const QString &url, const QString &fingerprint, const QString &token,
                     const QByteArray &lastEventId)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "text/event-stream");
    if (!lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", lastEventId);
    m_reply = m_nam.get(request);
    connect(m_reply, &QNetworkReply::sslErrors, m_reply, [this, fingerprint](const QList<QSslError> &errors) {
        const QByteArray digest =
            m_reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        if (s("sha256:") + QString::fromLatin1(digest) == fingerprint)
            m_reply->ignoreSslErrors(errors);
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        contentType = m_reply->rawHeader("Content-Type");
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_buffer += m_reply->readAll();
        parse();
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_buffer += m_reply->readAll();
        parse();
        finished = true;
    });
}

SseReader::~SseReader()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SseReader::parse()
{
    qsizetype end;
    while ((end = m_buffer.indexOf("\n\n")) >= 0) {
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        Message m;
        bool any = false;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith(':')) {
                ++comments;
            } else if (line.startsWith("id: ")) {
                m.id = line.mid(4).toLongLong();
                any = true;
            } else if (line.startsWith("event: ")) {
                m.event = QString::fromUtf8(line.mid(7));
            } else if (line.startsWith("data: ")) {
                m.data = QJsonDocument::fromJson(line.mid(6)).object();
            }
        }
        if (any)
            messages.append(m);
    }
}

} // namespace mente::test
