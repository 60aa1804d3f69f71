// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BoxService.h"

#include "api/ApiServer.h"
#include "api/AuthService.h"
#include "api/EventStreams.h"
#include "api/Routes.h"
#include "api/routes/DiscoveryRoutes.h"
#include "api/routes/ReportRoutes.h"
#include "api/routes/ScanRoutes.h"
#include "discovery/DiscoveryService.h"
#include "http/HttpListener.h"
#include "kernel/BoxSecrets.h"
#include "monitor/GatewayWatcher.h"
#include "monitor/MetricsExporter.h"
#include "monitor/MonitorScheduler.h"
#include "monitor/MonitorService.h"
#include "monitor/MonitorStore.h"
#include "monitor/VpnWatcher.h"
#include "notify/FaultMailer.h"
#include "notify/MailComposer.h"
#include "notify/MailDispatcher.h"
#include "notify/MailSettingsService.h"
#include "notify/NewDeviceMailer.h"
#include "notify/Outbox.h"
#include "notify/OutboxService.h"
#include "notify/RegistrationMailer.h"
#include "notify/SmtpTransport.h"
#include "probe/IcmpPinger.h"
#include "report/ReportMailer.h"
#include "report/ReportService.h"
#include "scan/ScanService.h"
#include "service/CustomerService.h"
#include "service/DeviceService.h"
#include "service/InquiryService.h"
#include "service/OperatorService.h"
#include "service/PasswordHasher.h"
#include "service/SshKeyService.h"
#include "service/StatusService.h"
#include "setup/FirstBoot.h"
#include "setup/SetupServer.h"
#include "shared/Clock.h"
#include "shared/Validation.h"
#include "store/AuditLog.h"
#include "store/BoxRunLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"
#include "store/InquiryStore.h"
#include "store/LoginFailureStore.h"
#include "store/MetaStore.h"
#include "store/OperatorStore.h"
#include "store/ReportStore.h"
#include "store/SessionStore.h"
#include "store/SshKeyStore.h"
#include "tunnel/SshHostKey.h"
#include "tunnel/TunnelServer.h"

#include <QDir>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QLoggingCategory>
#include <QSslConfiguration>

#include <sodium.h>

#include <cstdio>

#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcBox, "mente.box")

namespace mente::box {

struct BoxService::Parts
{
    std::unique_ptr<Database> db;
    std::unique_ptr<MetaStore> meta;
    std::unique_ptr<OperatorStore> operators;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<LoginFailureStore> loginFailures;
    std::unique_ptr<DeviceStore> devices;
    std::unique_ptr<EventLog> events;
    std::unique_ptr<InquiryStore> inquiries;
    std::unique_ptr<PasswordHasher> hasher;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<OperatorService> operatorService;
    std::unique_ptr<CustomerService> customerService;
    std::unique_ptr<ScanService> scans;
    std::unique_ptr<DiscoveryService> discovery;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailComposer> mailComposer;
    std::unique_ptr<RegistrationMailer> registrationMailer;
    std::unique_ptr<NewDeviceMailer> newDeviceMailer;
    std::unique_ptr<FaultMailer> faultMailer;
    std::unique_ptr<MailDispatcher> mailDispatcher;
    SmtpTransport *smtp = nullptr; // the dispatcher's; new settings reach it without a restart
    std::unique_ptr<MailSettingsService> mailSettings;
    std::unique_ptr<BoxRunLog> runs;
    std::unique_ptr<ReportStore> reportStore;
    std::unique_ptr<ReportMailer> reportMailer;
    std::unique_ptr<ReportService> reports;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<SetupServer> setup;
    std::unique_ptr<FirstBoot> firstBoot; // host name, mDNS, first-boot address
    std::unique_ptr<HttpListener> apiListener; // goes before the servers it hands requests to
    std::unique_ptr<HttpListener> setupListener;
    // The monitor (F7), destroyed before the store it writes to.
    std::unique_ptr<EventStreams> eventStreams;
    std::unique_ptr<MonitorStore> monitorStore;
    std::unique_ptr<IcmpPinger> pinger;
    std::unique_ptr<MonitorScheduler> monitor;
    std::unique_ptr<MonitorService> monitorService;
    std::unique_ptr<StatusService> status;
    std::unique_ptr<DeviceService> deviceService;
    std::unique_ptr<InquiryService> inquiryService;
    std::unique_ptr<OutboxService> outboxService;
    std::unique_ptr<MetricsExporter> metrics;
    std::unique_ptr<GatewayWatcher> gateway;
    std::unique_ptr<VpnWatcher> vpn;
    std::unique_ptr<SshKeyStore> sshKeyStore;
    std::unique_ptr<SshKeyService> sshKeys;
    std::unique_ptr<TunnelServer> tunnel; // its worker threads read the store: stopped first
};

namespace {
// Every connection is a descriptor. At the open-file limit accept() fails (EMFILE), which Qt 6.4's
// QTcpServer retries from its loop without pause, so keep both ports' limits under what is left
// once the store, the logs and the monitor's checks in flight have theirs.
void fitConnectionLimits(BoxConfig &config)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return;
    const qint64 reserve = 128 + config.monitor.maxParallel;
    const qint64 wanted = qint64(config.api.http.maxConnections) + config.setup.http.maxConnections;
    const qint64 available = qint64(limit.rlim_cur) - reserve;
    if (wanted <= available)
        return;
    const auto fit = [&](int connections) {
        return int(qMax<qint64>(8, connections * qMax<qint64>(available, 0) / wanted));
    };
    config.api.http.maxConnections = fit(config.api.http.maxConnections);
    config.setup.http.maxConnections = fit(config.setup.http.maxConnections);
    qCWarning(lcBox) << "the open-file limit" << qint64(limit.rlim_cur) << "is low: at most"
                     << config.api.http.maxConnections << "API and" << config.setup.http.maxConnections
                     << "setup-page connections";
}

IcmpPinger::SocketKind icmpKind(const QString &name)
{
    if (name == QLatin1String("datagram"))
        return IcmpPinger::SocketKind::Datagram;
    if (name == QLatin1String("raw"))
        return IcmpPinger::SocketKind::Raw;
    if (name == QLatin1String("none"))
        return IcmpPinger::SocketKind::None;
    return IcmpPinger::SocketKind::Auto;
}
} // namespace

BoxService::BoxService(BoxOptions options, BoxConfig config, std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_config(std::move(config)),
      m_clock(std::move(clock)),
      m_parts(std::make_unique<Parts>())
{
}

BoxService::~BoxService()
{
    stop();
}

// The key under which failed login names and addresses are hashed in the database (LoginSettings):
// made once, kept in the secrets file (0600), so counts and locks still match after a restart.
Result<QByteArray> BoxService::loginHashKey() const
{
    const QString key = QStringLiteral("login/hash_key");
    auto read = BoxSecrets::read(BoxSecrets::fileIn(m_options.dataDir));
    if (!read)
        return read.error();
    BoxSecrets secrets = std::move(read).value();
    QByteArray value = QByteArray::fromHex(secrets.value(key).toLatin1());
    if (value.size() >= 32)
        return value;
    value.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(value.data()), value.size() / 4);
    secrets.set(key, QString::fromLatin1(value.toHex()));
    if (Status written = secrets.write(); !written)
        return written.error();
    return value;
}

Status BoxService::prepare()
{
    QDir dir(m_options.dataDir);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return Error{QStringLiteral("internal"), QStringLiteral("Cannot create the data dir %1.").arg(m_options.dataDir), {}};
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QString &key : m_config.secretsInConfig)
        qCWarning(lcBox).noquote() << "box.conf holds" << key << "in plain text: it is used, and moves to"
                                   << BoxSecrets::fileIn(m_options.dataDir)
                                   << "when a setting is next saved (the setup page's /proxy or /mail, PUT /api/v1/box/mail)";

    auto db = Database::open(dir.filePath(QStringLiteral("box.db")));
    if (!db)
        return db.error();
    Parts &p = *m_parts;
    p.db = std::move(db).value();
    p.meta = std::make_unique<MetaStore>(*p.db);
    p.operators = std::make_unique<OperatorStore>(*p.db);
    p.sessions = std::make_unique<SessionStore>(*p.db);
    p.audit = std::make_unique<AuditLog>(*p.db, *m_clock);
    p.devices = std::make_unique<DeviceStore>(*p.db);
    p.events = std::make_unique<EventLog>(*p.db, *m_clock);
    p.inquiries = std::make_unique<InquiryStore>(*p.db);
    p.sshKeyStore = std::make_unique<SshKeyStore>(*p.db);
    p.hasher = std::make_unique<PasswordHasher>();
    p.loginFailures = std::make_unique<LoginFailureStore>(*p.db);
    auto hashKey = loginHashKey();
    if (!hashKey)
        return hashKey.error();
    LoginSettings login = m_config.auth;
    login.hashKey = hashKey.value();
    p.auth = std::make_unique<AuthService>(*p.operators, *p.sessions, *p.audit, *p.loginFailures, *p.hasher, *m_clock,
                                           m_config.session, login);
    p.operatorService =
        std::make_unique<OperatorService>(*p.db, *p.operators, *p.sessions, *p.audit, *p.hasher, *m_clock);
    p.customerService = std::make_unique<CustomerService>(*p.db, *p.meta, *p.audit, *m_clock);
    p.sshKeys = std::make_unique<SshKeyService>(*p.db, *p.operators, *p.sshKeyStore, *p.audit, *m_clock);
    p.scans = std::make_unique<ScanService>(*p.db, *p.devices, *p.events, *p.audit, *m_clock, m_config.scan);
    p.discovery = std::make_unique<DiscoveryService>(*p.db, *p.events, *p.audit, *m_clock, m_config.discovery);
    prepareMail();
    prepareReports();
    p.eventStreams = std::make_unique<EventStreams>(*p.events, m_config.events.keepaliveS, m_config.events.maxStreams);
    p.monitorStore = std::make_unique<MonitorStore>(*p.db, *p.devices);
    // No repeated fault mail during a maintenance window.
    p.faultMailer->setMuteCheck([this](const QString &kind, qint64 id) {
        return m_parts->monitorStore->isMuted(kind, id, m_clock->now());
    });
    p.pinger = std::make_unique<IcmpPinger>(icmpKind(m_config.monitor.icmp));
    p.monitor = std::make_unique<MonitorScheduler>(*p.db, *p.monitorStore, *p.events, *p.pinger, *m_clock, m_config.monitor);
    p.monitorService =
        std::make_unique<MonitorService>(*p.db, *p.monitorStore, *p.devices, *p.events, *p.audit, *m_clock);
    // A device that moved keeps its row with the new address: the checks follow it.
    connect(p.discovery.get(), &DiscoveryService::finished, p.monitor.get(),
            [this] { m_parts->monitor->reloadSoon(); });
    p.gateway = std::make_unique<GatewayWatcher>(*p.db, *p.meta, *p.events, *p.pinger, *p.monitor, *p.monitorStore,
                                                *m_clock, m_config.monitor);
    p.vpn = std::make_unique<VpnWatcher>(*p.db, *p.meta, *p.events, *p.monitorStore, *m_clock, m_config.vpn);

    if (const Status s = ensureSerial(); !s)
        return s;
    if (const Status s = p.operatorService->ensureDefaultAdmin(); !s)
        return s;
    m_identity.hostname = FirstBoot::hostnameFor(m_config.network.hostname, m_identity.serial);
    m_identity.version = QStringLiteral(MENTE_VERSION);
    m_identity.startedAt = m_clock->now();
    m_identity.network = NetworkFacts::read();

    // Also the setup page's Host check: the name the box sends with DHCP, bare and in mDNS.
    QStringList dnsNames{QStringLiteral("localhost"), m_identity.serial.toLower(), m_identity.hostname,
                         m_identity.hostname + QStringLiteral(".local")};
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && !dnsNames.contains(host))
        dnsNames << host;
    QStringList ips = m_identity.network.addresses;
    for (const ListenAddress *listen : {&m_options.api, &m_options.setup})
        if (listen->address.protocol() == QAbstractSocket::IPv4Protocol && listen->address != QHostAddress::AnyIPv4
            && !ips.contains(listen->address.toString()))
            ips << listen->address.toString();
    if (!ips.contains(QStringLiteral("127.0.0.1")))
        ips << QStringLiteral("127.0.0.1");
    m_identity.ownNames = dnsNames;
    m_identity.ownAddresses = ips;
    auto tls = TlsCertificate::loadOrCreate(m_options.dataDir, m_identity.serial, dnsNames, ips);
    if (!tls)
        return tls.error();
    m_tls = tls.value();
    m_identity.tlsFingerprint = m_tls.fingerprint();
    if (const Status s = prepareTunnel(dir.filePath(QStringLiteral("box.db"))); !s)
        return s;
    prepareServices();
    registerRoutes();
    return success();
}

// The feature services the API and the setup page call (routes only parse and map).
void BoxService::prepareServices()
{
    Parts &p = *m_parts;
    StatusSettings statusSettings{m_config.box.sshPort, m_config.box.addressMode, m_config.tunnel.user,
                                  m_config.vpn.hub,     m_config.vpn.user,        m_config.vpn.password};
    p.status = std::make_unique<StatusService>(m_identity, std::move(statusSettings), *p.customerService, *p.devices,
                                               *p.meta, *p.reports, *p.reportStore, *p.audit, *m_clock);
    p.deviceService = std::make_unique<DeviceService>(*p.db, *p.devices, *p.events, *p.audit, *m_clock,
                                                      [this] { m_parts->monitor->reloadSoon(); });
    p.inquiryService = std::make_unique<InquiryService>(*p.db, *p.inquiries, *p.audit, *m_clock);
    p.outboxService = std::make_unique<OutboxService>(*p.db, *p.outbox, *p.audit);
    MetricsExporter::Sources sources;
    sources.licence = [this] { return m_parts->customerService->licence(); };
    sources.monitor = p.monitor.get();
    sources.openStreams = [this] { return m_parts->eventStreams ? m_parts->eventStreams->count() : 0; };
    sources.startedAt = m_identity.startedAt;
    p.metrics = std::make_unique<MetricsExporter>(*p.db, *p.devices, *p.meta, *m_clock, std::move(sources));
}

// Every route of the shared table, each with the one service it calls.
void BoxService::registerRoutes()
{
    Parts &p = *m_parts;
    registerSessionRoutes(m_router, *p.auth);
    registerBoxRoutes(m_router, *p.status);
    registerCustomerRoutes(m_router, *p.customerService, *m_clock);
    registerOperatorRoutes(m_router, *p.operatorService);
    registerSshKeyRoutes(m_router, *p.sshKeys);
    registerAuditRoutes(m_router, *p.audit);
    registerDeviceRoutes(m_router, *p.deviceService);
    registerScanRoutes(m_router, *p.scans);
    registerDiscoveryRoutes(m_router, *p.discovery);
    registerInquiryRoutes(m_router, *p.inquiryService);
    registerOutboxRoutes(m_router, *p.outboxService);
    registerMailRoutes(m_router, *p.mailSettings);
    registerEventRoutes(m_router, *p.events, *p.eventStreams);
    registerMonitorRoutes(m_router, *p.monitorService, *m_clock);
    registerMetricsRoutes(m_router, *p.metrics);
    registerReportRoutes(m_router, *p.reports);
}

// F9: the outbox, the mails registration, licence and state events cause, and their delivery.
void BoxService::prepareMail()
{
    Parts &p = *m_parts;
    const MailSettings &mail = m_config.mail;
    p.outbox = std::make_unique<Outbox>(*p.db, *m_clock);
    p.mailComposer = std::make_unique<MailComposer>(
        mail.from, mail.repeatMin,
        [this] {
            return MailFacts{m_parts->status->current(), m_config.vpn.hub, m_config.vpn.user};
        },
        *m_clock);
    p.registrationMailer = std::make_unique<RegistrationMailer>(*p.mailComposer, *p.operators, *p.outbox);
    p.customerService->setMailQueue(p.registrationMailer.get());

    FaultMailer::StateLookup state = [this](const QString &kind, qint64 id) -> std::optional<HealthState> {
        Parts &parts = *m_parts;
        if (kind == QLatin1String("device")) {
            const auto device = parts.devices->byId(id);
            return device ? std::optional(device->state) : std::nullopt;
        }
        if (kind == QLatin1String("port")) {
            const auto port = parts.devices->portById(id);
            return port ? std::optional(port->state) : std::nullopt;
        }
        if (kind == QLatin1String("vpn"))
            return healthStateFromWire(parts.meta->value(QStringLiteral("vpn.state")).value_or(QString()))
                .value_or(HealthState::Fault);
        if (kind == QLatin1String("box")) // the box's own network, as the monitor stores it
            return healthStateFromWire(parts.meta->value(QStringLiteral("network.state")).value_or(QString()))
                .value_or(HealthState::Fault);
        return HealthState::Fault; // no stored state to compare with: the events alone tell
    };
    p.faultMailer = std::make_unique<FaultMailer>(
        *p.db, *p.mailComposer, *p.outbox, *p.operators, *p.devices,
        [this] { return m_parts->customerService->customer(); }, [this] { return m_parts->customerService->licence(); },
        std::move(state), *m_clock, mail.repeatMin);
    p.events->addWriter([this](const Event &event) { return m_parts->faultMailer->onEvent(event); });
    p.newDeviceMailer = std::make_unique<NewDeviceMailer>(
        *p.mailComposer, *p.outbox, *p.operators, [this] { return m_parts->customerService->customer(); },
        [this] { return m_parts->customerService->licence(); }, *m_clock, m_config.discovery.mailNew);
    p.events->addWriter([this](const Event &event) { return m_parts->newDeviceMailer->onEvent(event); });

    SmtpTransport::Settings smtp;
    smtp.url = mail.smtpUrl;
    smtp.security = mail.security;
    smtp.user = mail.user;
    smtp.password = mail.password;
    smtp.caFile = mail.caFile;
    smtp.verifyPeer = mail.verifyPeer;
    smtp.timeoutS = mail.timeoutS;
    smtp.proxyType = m_config.proxy.type;
    smtp.proxyHost = m_config.proxy.host;
    smtp.proxyPort = m_config.proxy.port;
    smtp.proxyUser = m_config.proxy.user;
    smtp.proxyPassword = m_config.proxy.password;
    auto transport = std::make_unique<SmtpTransport>(smtp);
    p.smtp = transport.get();
    p.mailDispatcher = std::make_unique<MailDispatcher>(
        *p.outbox, std::move(transport), *m_clock,
        MailDispatcher::Policy{mail.retryMinS, mail.retryMaxS, mail.maxAttempts});
    p.mailSettings = std::make_unique<MailSettingsService>(
        mail, m_options.configFile, BoxSecrets::fileIn(m_options.dataDir),
        MailSettingsService::Parts{*p.mailComposer, *p.faultMailer, *p.smtp, *p.audit,
                                   [this] { return m_parts->customerService->customer(); }, *m_clock});
    if (mail.smtpUrl.isEmpty())
        qCWarning(lcBox) << "no SMTP server configured ([mail] smtp_url): mails stay queued in the outbox";
}

// F10: the kept monthly reports, their schedule and mail, and the record of the box's runs.
void BoxService::prepareReports()
{
    Parts &p = *m_parts;
    p.runs = std::make_unique<BoxRunLog>(*p.db);
    p.reportStore = std::make_unique<ReportStore>(*p.db);
    auto customer = [this] { return m_parts->customerService->customer(); };
    p.reportMailer = std::make_unique<ReportMailer>(*p.mailComposer, *p.outbox, *p.operators, customer,
                                                    [this] { return m_parts->customerService->licence(); }, *m_clock);
    p.reports = std::make_unique<ReportService>(*p.db, *p.reportStore, *p.runs, *p.reportMailer, *p.events, *p.audit, customer,
                                                [this] { return m_identity.serial; }, *m_clock, m_config.report);
}

// Issue 10: the SSH endpoint for tunnels, with its host key (made at first start).
Status BoxService::prepareTunnel(const QString &databasePath)
{
    if (!m_config.tunnel.enabled())
        return success();
    auto hostKey = SshHostKey::loadOrCreate(m_options.dataDir);
    if (!hostKey)
        return hostKey.error();
    m_identity.sshHostKey = hostKey->fingerprint;
    Parts &p = *m_parts;
    p.tunnel = std::make_unique<TunnelServer>(
        m_config.tunnel, m_config.lan.cidrs, hostKey.value(), databasePath,
        TunnelServer::Stores{p.db.get(), p.audit.get(), p.events.get(), p.devices.get()});
    return success();
}

Status BoxService::ensureSerial()
{
    Parts &p = *m_parts;
    if (!m_config.box.serial.isEmpty()) {
        m_identity.serial = m_config.box.serial;
        return p.meta->setValue(QStringLiteral("serial"), m_identity.serial);
    }
    // A serial the database could not be asked for is not replaced by a new one.
    const auto stored = p.meta->read(QStringLiteral("serial"));
    if (!stored)
        return stored.error();
    if (stored.value()) {
        m_identity.serial = *stored.value();
        return success();
    }
    // 12 symbols of Crockford's base32, as the seed's serial numbers have 12 characters.
    QString serial;
    for (int i = 0; i < 12; ++i)
        serial += validation::crockfordSymbol(int(randombytes_uniform(32)));
    m_identity.serial = serial;
    return p.meta->setValue(QStringLiteral("serial"), serial);
}

Status BoxService::listen()
{
    Parts &p = *m_parts;
    fitConnectionLimits(m_config);
    p.api = std::make_unique<ApiServer>(m_router, *p.auth, m_config.api.maxBodyBytes);
    p.api->setReaderToken(m_config.metrics.token.toUtf8());
    HttpService apiService;
    apiService.settings = m_config.api.http;
    apiService.handle = [this](const HttpRequest &request, const HttpResponder &responder) {
        m_parts->api->handle(request, responder);
    };
    apiService.errorReply = &ApiServer::errorReply;
    p.apiListener = std::make_unique<HttpListener>(std::move(apiService));
    QSslConfiguration tlsConfig = QSslConfiguration::defaultConfiguration();
    tlsConfig.setLocalCertificate(m_tls.certificate);
    tlsConfig.setPrivateKey(m_tls.key);
    tlsConfig.setProtocol(QSsl::TlsV1_2OrLater);
    tlsConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    p.apiListener->setTlsConfiguration(tlsConfig);
    if (!p.apiListener->listen(m_options.api.address, m_options.api.port))
        return Error{QStringLiteral("internal"),
                     QStringLiteral("Cannot listen on %1:%2 for the API: %3")
                         .arg(m_options.api.text)
                         .arg(m_options.api.port)
                         .arg(p.apiListener->errorString()),
                     QStringLiteral("api-listen")};

    p.setup = std::make_unique<SetupServer>(SetupServices{
        m_config.setup, m_options.configFile, BoxSecrets::fileIn(m_options.dataDir), m_config.proxy.checkTarget,
        m_config.proxy.checkTimeoutMs, m_identity,
        *p.customerService, *p.auth, *p.audit, *p.meta, *m_clock,
        [this]() -> const FallbackAddress * { return m_parts->firstBoot ? m_parts->firstBoot->fallback() : nullptr; },
        p.mailSettings.get()});
    HttpService setupService;
    setupService.settings = m_config.setup.http;
    setupService.handle = [this](const HttpRequest &request, const HttpResponder &responder) {
        m_parts->setup->handle(request, responder);
    };
    setupService.errorReply = &SetupServer::errorReply;
    p.setupListener = std::make_unique<HttpListener>(std::move(setupService));
    if (!p.setupListener->listen(m_options.setup.address, m_options.setup.port))
        return Error{QStringLiteral("internal"),
                     QStringLiteral("Cannot listen on %1:%2 for the setup page: %3")
                         .arg(m_options.setup.text)
                         .arg(m_options.setup.port)
                         .arg(p.setupListener->errorString()),
                     QStringLiteral("setup-listen")};
    p.firstBoot = std::make_unique<FirstBoot>(m_config.network, m_config.setup, m_options.setup, m_identity, *p.meta);
    p.firstBoot->start(p.setupListener->serverPort(), p.apiListener->serverPort());

    std::printf("api-listen https://%s:%u\n", qPrintable(m_options.api.text),
                unsigned(p.apiListener->serverPort()));
    std::printf("setup-listen http://%s:%u\n", qPrintable(m_options.setup.text),
                unsigned(p.setupListener->serverPort()));
    std::printf("tls-fingerprint %s\n", qPrintable(m_identity.tlsFingerprint));
    if (p.tunnel) {
        if (const Status s = p.tunnel->listen(); !s)
            return s;
        m_identity.sshListenPort = p.tunnel->port();
        const QString host = m_config.tunnel.listen.section(QLatin1Char(':'), 0, -2);
        std::printf("ssh-listen %s:%u\n", qPrintable(host), unsigned(m_identity.sshListenPort));
    } else {
        std::printf("ssh-listen off\n");
    }
    std::fflush(stdout);
    qCInfo(lcBox) << "mente-box" << m_identity.version << "serial" << m_identity.serial << "ready";
    p.mailDispatcher->start();
    p.faultMailer->start();
    p.reports->start();
    // The parts that probe the network or the LAN start with the box, not with --list-routes.
    p.discovery->scheduleAutomatic();
    p.monitor->start();
    p.gateway->start();
    p.vpn->start();
    return success();
}

void BoxService::stop()
{
    if (!m_parts)
        return;
    m_parts->tunnel.reset(); // ends the SSH connections and joins their threads
    m_parts->eventStreams.reset();
    m_parts->apiListener.reset(); // closes every connection, streams included
    m_parts->setupListener.reset();
    m_parts->api.reset();
    m_parts->setup.reset();
    if (m_parts->reports)
        m_parts->reports->stop(); // notes the clean stop in box_runs
    m_parts->firstBoot.reset();
    m_parts->mailSettings.reset(); // waits for a test mail on its way
    m_parts->mailDispatcher.reset(); // cancels a delivery in progress; the mail stays queued
    m_parts->vpn.reset();
    m_parts->gateway.reset();
    m_parts->monitor.reset();
}

} // namespace mente::box
