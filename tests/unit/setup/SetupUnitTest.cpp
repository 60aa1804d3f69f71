// SPDX-License-Identifier: GPL-3.0-or-later
// The setup page's parts on their own: language choice, CSRF tokens, the network form's rules,
// the networkd backend on files in a temp dir, confirm-or-rollback with real timers.
#include "RecordingLauncher.h"
#include "setup/CsrfGuard.h"
#include "setup/FallbackAddress.h"
#include "setup/FormBody.h"
#include "setup/NetworkChange.h"
#include "setup/NetworkSettings.h"
#include "setup/NetworkdConfigurator.h"
#include "setup/NetworkdFallback.h"
#include "setup/RegistrationPage.h"
#include "setup/SetupLanguage.h"
#include "shared/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

SetupRequest formRequest(const QMap<QString, QString> &form)
{
    SetupRequest r;
    r.method = "POST";
    r.form = form;
    r.language = QStringLiteral("en");
    return r;
}

TEST(FormBodyTest, DecodesPlusPercentAndUtf8)
{
    const auto form = FormBody::parse("mode=static&address=192.168.1.50&user=%E7%94%B0%E4%B8%AD+%E4%B8%80%E9%83%8E"
                                      "&password=p%40ss+word%2B%26%3D&flag&&mode=dhcp&=empty");
    EXPECT_EQ(form.value(QStringLiteral("mode")), QStringLiteral("dhcp")); // a later field wins
    EXPECT_EQ(form.value(QStringLiteral("user")), QStringLiteral("田中 一郎"));
    EXPECT_EQ(form.value(QStringLiteral("password")), QStringLiteral("p@ss word+&="));
    EXPECT_TRUE(form.contains(QStringLiteral("flag")));
    EXPECT_EQ(form.value(QString()), QStringLiteral("empty"));
    EXPECT_EQ(form.size(), 6); // mode, address, user, password, flag and the empty name
}

TEST(SetupLanguageTest, PicksJapaneseOrEnglishByQuality)
{
    EXPECT_EQ(SetupLanguage::pick("en-US,en;q=0.9,ja;q=0.8"), QStringLiteral("en"));
    EXPECT_EQ(SetupLanguage::pick("ja-JP,ja;q=0.9,en;q=0.5"), QStringLiteral("ja"));
    EXPECT_EQ(SetupLanguage::pick("fr-FR,en;q=0.3,ja;q=0.7"), QStringLiteral("ja"));
    EXPECT_EQ(SetupLanguage::pick("de"), QStringLiteral("ja"));
    EXPECT_EQ(SetupLanguage::pick(""), QStringLiteral("ja"));
    EXPECT_EQ(SetupLanguage::pick("en;q=0"), QStringLiteral("ja"));
}

TEST(SetupLanguageTest, JapaneseCatalogueIsCompiledIn)
{
    SetupLanguage language;
    ASSERT_TRUE(language.japaneseLoaded());
    {
        SetupLanguage::Scope scope(language, QStringLiteral("ja"));
        EXPECT_EQ(QCoreApplication::translate("SetupPage", "Network settings"), QStringLiteral("ネットワーク設定"));
    }
    EXPECT_EQ(QCoreApplication::translate("SetupPage", "Network settings"), QStringLiteral("Network settings"));
}

TEST(CsrfGuardTest, TokenIsBoundToTheOperatorAndTheSecret)
{
    Operator admin;
    admin.id = 1;
    admin.login = QStringLiteral("admin");
    Operator other = admin;
    other.id = 2;
    other.login = QStringLiteral("other");
    const CsrfGuard guard(QByteArray(32, 'a'));
    const QString token = guard.tokenFor(admin);
    EXPECT_TRUE(guard.check(admin, token));
    EXPECT_FALSE(guard.check(other, token));
    EXPECT_FALSE(guard.check(admin, QString()));
    EXPECT_FALSE(guard.check(admin, token.left(token.size() - 1) + QLatin1Char('x')));
    EXPECT_FALSE(CsrfGuard(QByteArray(32, 'b')).check(admin, token));
    EXPECT_NE(CsrfGuard().tokenFor(admin), CsrfGuard().tokenFor(admin)); // a fresh secret per start
}

TEST(NetworkFormTest, StaticSettingsAreCheckedFieldByField)
{
    FieldErrors errors;
    NetworkSettings s = NetworkForm::read(formRequest({{QStringLiteral("mode"), QStringLiteral("static")},
                                                       {QStringLiteral("address"), QStringLiteral("192.168.1.20")},
                                                       {QStringLiteral("netmask"), QStringLiteral("255.255.255.0")},
                                                       {QStringLiteral("gateway"), QStringLiteral("192.168.1.1")},
                                                       {QStringLiteral("dns1"), QStringLiteral("192.168.1.1")}}),
                                          errors);
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.keys().join(QLatin1Char(',')));
    EXPECT_EQ(s.prefix, 24);
    const QByteArray file = s.networkdFile(QStringLiteral("eth0"));
    EXPECT_TRUE(file.contains("Name=eth0\n"));
    EXPECT_TRUE(file.contains("Address=192.168.1.20/24\n"));
    EXPECT_TRUE(file.contains("Gateway=192.168.1.1\n"));
    EXPECT_TRUE(file.contains("DNS=192.168.1.1\n"));
    EXPECT_FALSE(file.contains("DHCP"));

    errors.clear();
    s = NetworkForm::read(formRequest({{QStringLiteral("mode"), QStringLiteral("static")},
                                       {QStringLiteral("address"), QStringLiteral("10.0.0.0")},
                                       {QStringLiteral("netmask"), QStringLiteral("/8")},
                                       {QStringLiteral("gateway"), QStringLiteral("192.168.1.1")},
                                       {QStringLiteral("dns1"), QString()},
                                       {QStringLiteral("dns2"), QStringLiteral("1.2.3")}}),
                          errors);
    EXPECT_EQ(s.prefix, 8);
    EXPECT_TRUE(errors.contains(QStringLiteral("address"))); // the network address
    EXPECT_TRUE(errors.contains(QStringLiteral("dns1")));
    EXPECT_TRUE(errors.contains(QStringLiteral("dns2")));
    EXPECT_FALSE(errors.contains(QStringLiteral("gateway"))); // not judged against a bad address

    errors.clear();
    NetworkForm::read(formRequest({{QStringLiteral("mode"), QStringLiteral("static")},
                                   {QStringLiteral("address"), QStringLiteral("192.168.1.20")},
                                   {QStringLiteral("netmask"), QStringLiteral("255.0.255.0")},
                                   {QStringLiteral("gateway"), QStringLiteral("192.168.2.1")},
                                   {QStringLiteral("dns1"), QStringLiteral("8.8.8.8")}}),
                      errors);
    EXPECT_TRUE(errors.contains(QStringLiteral("netmask")));

    errors.clear();
    NetworkForm::read(formRequest({{QStringLiteral("mode"), QStringLiteral("static")},
                                   {QStringLiteral("address"), QStringLiteral("192.168.1.20")},
                                   {QStringLiteral("netmask"), QStringLiteral("24")},
                                   {QStringLiteral("gateway"), QStringLiteral("192.168.2.1")},
                                   {QStringLiteral("dns1"), QStringLiteral("8.8.8.8")}}),
                      errors);
    EXPECT_EQ(errors.keys(), QStringList{QStringLiteral("gateway")});

    errors.clear();
    s = NetworkForm::read(formRequest({{QStringLiteral("mode"), QStringLiteral("dhcp")},
                                       {QStringLiteral("address"), QStringLiteral("garbage")}}),
                          errors);
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_TRUE(s.networkdFile(QStringLiteral("eth0")).contains("DHCP=ipv4"));
    EXPECT_FALSE(s.networkdFile(QStringLiteral("eth0")).contains("[DHCPv4]"));
    // The box's host name goes out with the DHCP request (seed §4: the box is reached by name).
    s.hostname = QStringLiteral("mente-7k3mq2r9zx4p");
    EXPECT_TRUE(
        s.networkdFile(QStringLiteral("eth0")).contains("\n[DHCPv4]\nSendHostname=yes\nHostname=mente-7k3mq2r9zx4p\n"));

    errors.clear();
    NetworkForm::read(formRequest({{QStringLiteral("mode"), QStringLiteral("bridge")}}), errors);
    EXPECT_TRUE(errors.contains(QStringLiteral("mode")));
}

TEST(RegistrationValidationTest, EveryBadFieldIsReportedAtOnce)
{
    const QJsonObject json{{QStringLiteral("company"), QString()},
                           {QStringLiteral("contactFamily"), QStringLiteral("山田")},
                           {QStringLiteral("contactGiven"), QStringLiteral("太郎")},
                           {QStringLiteral("postalCode"), QStringLiteral("1")},
                           {QStringLiteral("prefecture"), QStringLiteral("東京都")},
                           {QStringLiteral("address1"), QStringLiteral("千代田区")},
                           {QStringLiteral("email"), QStringLiteral("x")},
                           {QStringLiteral("phone"), QStringLiteral("03-1234-5678")},
                           {QStringLiteral("subdomain"), QStringLiteral("-x")},
                           {QStringLiteral("contactGivenKana"), QStringLiteral("太郎")}};
    const FieldErrors errors = RegistrationPage::validate(json);
    EXPECT_EQ(QStringList(errors.keys()),
              (QStringList{QStringLiteral("company"), QStringLiteral("contactGivenKana"), QStringLiteral("email"),
                           QStringLiteral("postalCode"), QStringLiteral("subdomain")}));
}

class NetworkBackendTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("box.db")));
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        meta = std::make_unique<MetaStore>(*db);
        audit = std::make_unique<AuditLog>(*db, clock);
        configurator = std::make_unique<NetworkdConfigurator>(
            dir.filePath(QStringLiteral("network")), QStringLiteral("50-mente.network"), QStringLiteral("eth0"),
            QStringLiteral("networkctl reload"), launcher);
        actor.op.id = 1;
        actor.op.login = QStringLiteral("admin");
        actor.address = QStringLiteral("127.0.0.1");
        settings.mode = QStringLiteral("static");
        settings.address = QStringLiteral("192.168.7.9");
        settings.prefix = 24;
        settings.gateway = QStringLiteral("192.168.7.1");
        settings.dns1 = QStringLiteral("192.168.7.1");
    }

    QString path() const { return configurator->filePath(); }

    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<MetaStore> meta;
    std::unique_ptr<AuditLog> audit;
    RecordingLauncher launcher;
    std::unique_ptr<NetworkdConfigurator> configurator;
    Actor actor;
    NetworkSettings settings;
};

TEST_F(NetworkBackendTest, UnconfirmedChangeIsRolledBackToThePreviousFile)
{
    QDir().mkpath(dir.filePath(QStringLiteral("network")));
    writeFile(path(), "[Match]\nName=eth0\n[Network]\nDHCP=yes\n");
    NetworkChange change(*configurator, *meta, *audit, 1);
    QSignalSpy rolledBack(&change, &NetworkChange::rolledBackNow);
    ASSERT_TRUE(change.apply(actor, settings).ok());
    EXPECT_TRUE(readFile(path()).contains("Address=192.168.7.9/24"));
    EXPECT_EQ(launcher.commands, QStringList{QStringLiteral("networkctl reload")});
    EXPECT_TRUE(change.pending());
    EXPECT_FALSE(change.apply(actor, settings).ok()); // one change at a time
    ASSERT_TRUE(rolledBack.wait(3000));
    EXPECT_FALSE(change.pending());
    EXPECT_TRUE(change.rolledBack());
    EXPECT_EQ(readFile(path()), QByteArray("[Match]\nName=eth0\n[Network]\nDHCP=yes\n"));
    EXPECT_EQ(launcher.commands.size(), 2);
    EXPECT_EQ(change.current().mode, QStringLiteral("dhcp")); // nothing stored
    EXPECT_TRUE(QJsonDocument(audit->list(0, 50)).toJson().contains("network.rollback"));
}

TEST_F(NetworkBackendTest, RollbackRemovesOurFileWhenThereWasNone)
{
    NetworkChange change(*configurator, *meta, *audit, 1);
    QSignalSpy rolledBack(&change, &NetworkChange::rolledBackNow);
    ASSERT_TRUE(change.apply(actor, settings).ok());
    EXPECT_TRUE(QFile::exists(path()));
    ASSERT_TRUE(rolledBack.wait(3000));
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(NetworkBackendTest, ConfirmFromTheNewAddressKeepsAndStoresTheSettings)
{
    NetworkChange change(*configurator, *meta, *audit, 1);
    QSignalSpy rolledBack(&change, &NetworkChange::rolledBackNow);
    ASSERT_TRUE(change.apply(actor, settings).ok());
    EXPECT_FALSE(change.confirm(actor, QHostAddress(QStringLiteral("192.168.7.8"))).ok());
    ASSERT_TRUE(change.confirm(actor, QHostAddress(QStringLiteral("::ffff:192.168.7.9"))).ok());
    EXPECT_FALSE(rolledBack.wait(1500));
    EXPECT_TRUE(readFile(path()).contains("Address=192.168.7.9/24"));
    EXPECT_EQ(meta->value(QStringLiteral("network.mode")).value_or(QString()), QStringLiteral("static"));
    EXPECT_EQ(change.current().address, QStringLiteral("192.168.7.9"));
    EXPECT_EQ(change.current().prefix, 24);
}

TEST_F(NetworkBackendTest, ChangeStillUnconfirmedWhenTheBoxStopsIsRolledBackAtTheNextStart)
{
    QDir().mkpath(dir.filePath(QStringLiteral("network")));
    writeFile(path(), "before\n");
    {
        NetworkChange change(*configurator, *meta, *audit, 600);
        ASSERT_TRUE(change.apply(actor, settings).ok());
    } // the box stops here, long before the time limit
    EXPECT_TRUE(readFile(path()).contains("Address=192.168.7.9/24"));
    NetworkdConfigurator fresh(dir.filePath(QStringLiteral("network")), QStringLiteral("50-mente.network"),
                               QStringLiteral("eth0"), QStringLiteral("networkctl reload"), launcher);
    NetworkChange restarted(fresh, *meta, *audit, 600);
    EXPECT_TRUE(restarted.rolledBack());
    EXPECT_FALSE(restarted.pending());
    EXPECT_EQ(readFile(path()), QByteArray("before\n"));
    EXPECT_EQ(restarted.current().mode, QStringLiteral("dhcp"));
    // Only once: a second start finds nothing to roll back.
    NetworkChange again(fresh, *meta, *audit, 600);
    EXPECT_FALSE(again.rolledBack());
}

TEST_F(NetworkBackendTest, FailedReloadPutsTheOldFileBackAtOnce)
{
    QDir().mkpath(dir.filePath(QStringLiteral("network")));
    writeFile(path(), "old\n");
    launcher.fail = true;
    NetworkChange change(*configurator, *meta, *audit, 60);
    EXPECT_FALSE(change.apply(actor, settings).ok());
    EXPECT_FALSE(change.pending());
    EXPECT_EQ(readFile(path()), QByteArray("old\n"));
}

// Seed §5 with networkd: the first-boot address lives in the same file the page writes, so the
// page's rollback brings it back and a confirmed static address replaces it.
TEST_F(NetworkBackendTest, FirstBootAddressComesBackWithARollbackAndGoesWithAConfirmedChange)
{
    const QString cidr = QStringLiteral("192.168.234.237/24");
    QStringList addresses;
    NetworkdFallback method(NetworkdConfigurator(dir.filePath(QStringLiteral("network")),
                                                 QStringLiteral("50-mente.network"), QStringLiteral("eth0"),
                                                 QStringLiteral("networkctl reload"), launcher),
                            [this] { return NetworkChange::confirmedIn(*meta); });
    FallbackAddress fallback(
        {QStringLiteral("eth0"), cidr, 0, 1000}, method, [&addresses] { return addresses; },
        [this] { return NetworkChange::pendingIn(*meta); },
        [this] { return NetworkChange::confirmedIn(*meta).isStatic(); });
    fallback.check();
    ASSERT_TRUE(NetworkSettings::hasFirstBootAddress(readFile(path()), cidr));
    addresses = {QStringLiteral("192.168.234.237")};

    NetworkChange change(*configurator, *meta, *audit, 1);
    QSignalSpy rolledBack(&change, &NetworkChange::rolledBackNow);
    ASSERT_TRUE(change.apply(actor, settings).ok());
    EXPECT_FALSE(readFile(path()).contains("192.168.234.237"));
    addresses = {QStringLiteral("192.168.7.9")};
    fallback.check(); // waits for the confirmation: nothing written
    ASSERT_TRUE(rolledBack.wait(3000));
    EXPECT_TRUE(NetworkSettings::hasFirstBootAddress(readFile(path()), cidr)) << readFile(path()).constData();
    addresses = {QStringLiteral("192.168.234.237")};
    const qsizetype reloads = launcher.commands.size();
    fallback.check();
    EXPECT_TRUE(fallback.active());
    EXPECT_EQ(launcher.commands.size(), reloads);

    ASSERT_TRUE(change.apply(actor, settings).ok());
    addresses = {QStringLiteral("192.168.7.9")};
    ASSERT_TRUE(change.confirm(actor, QHostAddress(QStringLiteral("192.168.7.9"))).ok());
    fallback.check();
    EXPECT_FALSE(fallback.active());
    EXPECT_TRUE(readFile(path()).contains("Address=192.168.7.9/24"));
    EXPECT_FALSE(readFile(path()).contains("192.168.234.237"));
    EXPECT_FALSE(rolledBack.wait(1500));
}

} // namespace
