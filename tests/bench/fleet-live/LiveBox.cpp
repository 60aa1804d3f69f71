// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveBox.h"

#include "BoxListener.h"
#include "api/ApiServer.h"
#include "http/HttpStream.h"
#include "shared/Box.h"
#include "shared/Device.h"
#include "shared/SessionBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace mente::bench {

namespace {
constexpr qint64 kFaultPortId = 1; // the port of device 1 whose state the injected events flip

box::HttpResponse jsonReply(int status, const QByteArray &body)
{
    box::HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}};
    r.body = body;
    return r;
}

box::HttpResponse errorReply(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return jsonReply(status,
                     QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact));
}

QByteArray sse(const Event &e)
{
    return "id: " + QByteArray::number(e.seq) + "\nevent: " + e.kind.toUtf8()
           + "\ndata: " + QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + "\n\n";
}
} // namespace

LiveBox::LiveBox(int index, box::TlsIdentity identity, QString password, int keepaliveS, int devices, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_identity(std::move(identity))
    , m_password(std::move(password))
    , m_keepaliveS(keepaliveS)
    , m_devices(devices)
{
    connect(&m_keepalive, &QTimer::timeout, this, [this] { sendToStreams(QByteArrayLiteral(": keep-alive\n\n")); });
}

LiveBox::~LiveBox()
{
    delete m_listener;
}

bool LiveBox::listen(quint16 port)
{
    box::HttpService service;
    service.settings.maxConnections = 64;
    service.handle = [this](const box::HttpRequest &request, const box::HttpResponder &responder) {
        handle(request, responder);
    };
    service.errorReply = &box::ApiServer::errorReply;
    m_listener = new BoxListener(std::move(service));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_identity.certificate);
    tls.setPrivateKey(m_identity.key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_listener->setTlsConfiguration(tls);
    connect(m_listener, &BoxListener::attempted, this, [this] { emit attempted(m_index); });
    if (!m_listener->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_listener->serverPort();
    // Each box keeps its own rhythm, as boxes started at different times do.
    QTimer::singleShot(QRandomGenerator::global()->bounded(m_keepaliveS * 1000), this,
                       [this] { m_keepalive.start(m_keepaliveS * 1000); });
    return true;
}

int LiveBox::streamCount() const
{
    int n = 0;
    for (const auto &s : m_streams)
        n += s && s->isOpen() ? 1 : 0;
    return n;
}

bool LiveBox::down() const
{
    return m_listener && m_listener->refusing();
}

void LiveBox::drop()
{
    m_listener->setRefusing(true);
    m_listener->abortAll();
    m_streams.clear();
}

void LiveBox::restore()
{
    m_listener->setRefusing(false);
}

qint64 LiveBox::inject()
{
    Event e;
    e.seq = m_events.isEmpty() ? 1 : m_events.constLast().seq + 1;
    e.at = QDateTime::currentDateTimeUtc();
    e.kind = QStringLiteral("port");
    e.id = kFaultPortId;
    e.from = toWire(m_portFault ? HealthState::Fault : HealthState::Ok);
    m_portFault = !m_portFault;
    e.to = toWire(m_portFault ? HealthState::Fault : HealthState::Ok);
    e.cause = m_portFault ? QStringLiteral("timeout") : QString();
    m_events.append(e);
    sendToStreams(sse(e));
    return e.seq;
}

void LiveBox::sendToStreams(const QByteArray &bytes)
{
    for (qsizetype i = m_streams.size() - 1; i >= 0; --i) {
        if (!m_streams.at(i) || !m_streams.at(i)->write(bytes))
            m_streams.removeAt(i);
    }
}

void LiveBox::handle(const box::HttpRequest &request, const box::HttpResponder &responder)
{
    const QString path = request.path;
    if (path == QLatin1String("/api/v1/session") && request.method == "POST") {
        auto login = LoginRequest::fromJson(QJsonDocument::fromJson(request.body).object());
        if (!login || login->login != QLatin1String("bench") || login->password != m_password) {
            responder.send(errorReply(401, QStringLiteral("unauthorized"), QStringLiteral("Wrong login or password.")));
            return;
        }
        SessionInfo session;
        session.token = QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                            + QByteArray::number(QRandomGenerator::global()->generate64(), 16));
        session.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
        session.op.id = 1;
        session.op.login = QStringLiteral("bench");
        session.op.name = QStringLiteral("Bench Operator");
        session.op.group = QStringLiteral("support");
        session.op.admin = true;
        session.op.createdAt = QDateTime::currentDateTimeUtc();
        m_tokens.insert(session.token);
        responder.send(jsonReply(200, QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact)));
        return;
    }
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromLatin1(auth.mid(7)))) {
        responder.send(errorReply(401, QStringLiteral("unauthorized"), QStringLiteral("Not logged in.")));
        return;
    }
    if (path == QLatin1String("/api/v1/session") && request.method == "DELETE") {
        m_tokens.remove(QString::fromLatin1(auth.mid(7)));
        responder.send(jsonReply(204, {}));
    } else if (request.method != "GET") {
        responder.send(errorReply(405, QStringLiteral("method_not_allowed"), QStringLiteral("Not here.")));
    } else if (path == QLatin1String("/api/v1/status")) {
        responder.send(jsonReply(200, statusJson()));
    } else if (path == QLatin1String("/api/v1/devices")) {
        responder.send(jsonReply(200, devicesJson()));
    } else if (path == QLatin1String("/api/v1/events")) {
        responder.send(jsonReply(200, eventsJson(request.query.queryItemValue(QStringLiteral("after")).toLongLong())));
    } else if (path == QLatin1String("/api/v1/events/stream")) {
        openStream(request, responder);
    } else {
        responder.send(errorReply(404, QStringLiteral("not_found"), QStringLiteral("No such route.")));
    }
}

void LiveBox::openStream(const box::HttpRequest &request, const box::HttpResponder &responder)
{
    box::HttpResponse head;
    head.headers = {{"Content-Type", "text/event-stream; charset=utf-8"},
                    {"Cache-Control", "no-store"},
                    {"X-Content-Type-Options", "nosniff"},
                    {"X-Accel-Buffering", "no"},
                    {"X-Mente-Keepalive", QByteArray::number(m_keepaliveS)}};
    box::HttpStream *stream = responder.openStream(head);
    if (!stream)
        return;
    const qint64 after = request.header("Last-Event-ID").toLongLong();
    QByteArray out("retry: 3000\n\n");
    for (const Event &e : std::as_const(m_events))
        if (e.seq > after)
            out += sse(e);
    if (stream->write(out))
        m_streams.append(stream);
}

QByteArray LiveBox::statusJson() const
{
    BoxStatus s;
    s.serial = QStringLiteral("MB-LIVE-%1").arg(m_index + 1, 4, 10, QLatin1Char('0'));
    s.customerName = QStringLiteral("Customer %1").arg(m_index + 1);
    s.subdomain = QStringLiteral("live%1").arg(m_index + 1);
    s.deviceState = m_portFault ? HealthState::Fault : HealthState::Ok;
    s.boxState = HealthState::Ok;
    s.vpnState = HealthState::Ok;
    s.monitoredCount = m_devices;
    s.deviceCount = m_devices;
    s.licenceKey = QStringLiteral("LIVE-%1").arg(m_index + 1);
    s.licenceStart = QDate(2026, 1, 1);
    s.licenceEnd = QDate(2027, 12, 31);
    s.mac = QStringLiteral("02:00:00:00:%1:%2")
                .arg((m_index >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                .arg(m_index & 0xff, 2, 16, QLatin1Char('0'));
    s.addressMode = QStringLiteral("dhcp");
    s.localIp = QStringLiteral("192.0.2.%1").arg(1 + m_index % 250);
    s.sshPort = 0;
    s.version = QStringLiteral("bench");
    s.registered = true;
    s.at = QDateTime::currentDateTimeUtc();
    return QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray LiveBox::devicesJson() const
{
    QJsonArray list;
    for (int d = 1; d <= m_devices; ++d) {
        Device dev;
        dev.id = d;
        dev.ip = QStringLiteral("192.0.2.%1").arg(d % 250 + 1);
        dev.hostname = QStringLiteral("host%1").arg(d);
        dev.monitor = true;
        dev.state = d == 1 && m_portFault ? HealthState::Fault : HealthState::Ok;
        dev.firstSeen = dev.lastSeen = QDateTime::currentDateTimeUtc();
        Port p;
        p.id = d;
        p.deviceId = d;
        p.port = 22;
        p.protocol = QStringLiteral("ssh");
        p.monitor = true;
        p.state = dev.state;
        dev.ports.append(p);
        list.append(dev.toJson());
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray LiveBox::eventsJson(qint64 after) const
{
    QJsonArray list;
    for (const Event &e : m_events)
        if (e.seq > after)
            list.append(e.toJson());
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace mente::bench
