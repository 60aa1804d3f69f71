// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

using namespace mente::test;

TEST_F(BoxTest, DataAndIdentityAreKeptAcrossARestart)
{
    startBox();
    const qint64 id = createOperator(s("nokoru"), false);
    ASSERT_EQ(admin->put(s("/api/v1/customer"), validCustomer()).status, 200);
    ASSERT_EQ(admin->post(s("/api/v1/devices"), {{s("ip"), s("192.0.2.10")}}).status, 201);
    const QString token = admin->token();
    const QString fingerprint = box.fingerprint();
    const QString serial = admin->get(s("/api/v1/health")).json().value(s("serial")).toString();

    ASSERT_TRUE(box.stop()) << "SIGTERM stops the box cleanly (exit 0)";
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    EXPECT_EQ(box.fingerprint(), fingerprint) << "the certificate is made once";
    auto after = client();
    after->setToken(token);
    EXPECT_EQ(after->get(s("/api/v1/status")).status, 200) << "sessions survive a restart";
    EXPECT_EQ(after->get(s("/api/v1/health")).json().value(s("serial")).toString(), serial);
    EXPECT_EQ(after->get(s("/api/v1/operators/%1").arg(id)).json().value(s("login")).toString(), s("nokoru"));
    EXPECT_TRUE(after->get(s("/api/v1/customer")).json().value(s("registered")).toBool());
    EXPECT_EQ(after->get(s("/api/v1/devices")).jsonArray().size(), 1);
    EXPECT_EQ(client()->login(s("admin"), s("admin")).status, 401) << "the default password stays changed";
    admin = std::move(after);
}

TEST_F(BoxTest, CertificateKeyIsOwnerOnlyAndNamesTheBox)
{
    startBox();
    const QString keyPath = box.dataDir() + s("/key.pem");
    ASSERT_TRUE(QFileInfo::exists(keyPath));
    const QFile::Permissions perms = QFile::permissions(keyPath);
    EXPECT_TRUE(perms & QFile::ReadOwner);
    EXPECT_FALSE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    const auto certs = QSslCertificate::fromPath(box.dataDir() + s("/cert.pem"));
    ASSERT_EQ(certs.size(), 1);
    const auto names = certs.first().subjectAlternativeNames();
    EXPECT_TRUE(names.values(QSsl::IpAddressEntry).contains(s("127.0.0.1")));
    EXPECT_TRUE(names.values(QSsl::DnsEntry).contains(s("localhost")));
    EXPECT_TRUE(box.fingerprint().startsWith(s("sha256:")));
    EXPECT_EQ(box.fingerprint().size(), 7 + 32 * 3 - 1);
}

TEST_F(BoxTest, WrongPinIsRefused)
{
    startBox();
    HttpsClient wrong(box.apiUrl(), s("sha256:00:11"));
    const HttpReply reply = wrong.get(s("/api/v1/health"));
    EXPECT_EQ(reply.status, 0);
    EXPECT_FALSE(reply.networkError.isEmpty());
}

TEST(BoxCommandLine, VersionAndBadArguments)
{
    int code = -1;
    EXPECT_EQ(BoxProcess::run({s("--version")}, &code).trimmed(), QByteArray("mente-box " MENTE_VERSION));
    EXPECT_EQ(code, 0);
    BoxProcess::run({s("--api-listen"), s("nonsense")}, &code);
    EXPECT_EQ(code, 2);
    BoxProcess::run({s("--api-listen"), s("127.0.0.1:99999")}, &code);
    EXPECT_EQ(code, 2);
}

TEST(BoxCommandLine, BadConfigNamesTheKeyAndStopsTheBox)
{
    BoxProcess box;
    box.setConfig(s("[monitor]\ninterval_s=0\n"));
    EXPECT_FALSE(box.start());
    EXPECT_TRUE(box.output().contains(s("[monitor] interval_s"))) << box.output().toStdString();
    box.setConfig(s("[mail]\nsecurity=sometimes\n"));
    EXPECT_FALSE(box.start());
    EXPECT_TRUE(box.output().contains(s("[mail] security"))) << box.output().toStdString();
    box.setConfig(s("[lan]\ncidrs=10.0.0.0/24,nonsense\n"));
    EXPECT_FALSE(box.start());
    EXPECT_TRUE(box.output().contains(s("[lan] cidrs"))) << box.output().toStdString();
}
