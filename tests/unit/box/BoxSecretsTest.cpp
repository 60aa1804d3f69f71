// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets file (kernel/BoxSecrets) and how box.conf and it make the settings in force.
#include "kernel/BoxSecrets.h"

#include "app/BoxConfig.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace mente::box;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

unsigned modeOf(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}
} // namespace

TEST(BoxSecrets, AMissingFileHoldsNothingAndAWrittenOneIsOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = BoxSecrets::fileIn(dir.path());
    auto secrets = BoxSecrets::read(path);
    ASSERT_TRUE(secrets.ok());
    BoxSecrets file = std::move(secrets).value();
    EXPECT_TRUE(file.value(s("mail/password")).isEmpty());
    file.set(s("mail/password"), s("Pa55 \"quoted\" ;=[x]"));
    ::umask(0); // the mode must not depend on the umask
    ASSERT_TRUE(file.write().ok());
    ::umask(022);
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_FALSE(QFile::exists(path + s(".new"))) << "the temp file was renamed";
    const auto again = BoxSecrets::read(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value(s("mail/password")), s("Pa55 \"quoted\" ;=[x]"));
    file.set(s("mail/password"), {});
    ASSERT_TRUE(file.write().ok());
    EXPECT_TRUE(BoxSecrets::read(path)->value(s("mail/password")).isEmpty()) << "an empty value removes the key";
}

TEST(BoxSecrets, AMalformedFileIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QString path = BoxSecrets::fileIn(dir.path());
    writeText(path, "{\"mail/password\": 42}");
    const auto bad = BoxSecrets::read(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(path));
    writeText(path, "not json");
    EXPECT_FALSE(BoxSecrets::read(path).ok());
    EXPECT_FALSE(BoxConfig::load(dir.filePath(s("box.conf")), path).ok()) << "the box does not start on it";
}

TEST(BoxSecrets, BoxConfIsInForceUntilASaveMovesItsSecretsIntoTheFile)
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(s("box.conf"));
    const QString path = BoxSecrets::fileIn(dir.path());
    writeText(conf, "[mail]\nsmtp_url=smtp://127.0.0.1:25\npassword=from-conf\n[metrics]\ntoken=\n");
    {
        BoxSecrets file = BoxSecrets::read(path).value();
        file.set(s("mail/password"), s("from-file"));
        file.set(s("metrics/token"), s("token-in-file"));
        file.set(s("vpn/password"), s("vpn-in-file"));
        ASSERT_TRUE(file.write().ok());
    }
    auto c = BoxConfig::load(conf, path);
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
    EXPECT_EQ(c->mail.password, s("from-conf")) << "a hand-written box.conf wins";
    EXPECT_EQ(c->metrics.token, s("token-in-file")) << "an empty key in box.conf sets nothing";
    EXPECT_EQ(c->vpn.password, s("vpn-in-file"));
    EXPECT_EQ(c->secretsInConfig, QStringList{s("mail/password")});

    BoxSecrets file = BoxSecrets::read(path).value();
    {
        QSettings ini(conf, QSettings::IniFormat);
        EXPECT_EQ(file.takeFrom(ini), QStringList{s("mail/password")});
        ASSERT_TRUE(file.write().ok());
    }
    const QByteArray written = [&] {
        QFile f(conf);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    EXPECT_FALSE(written.contains("from-conf"));
    EXPECT_FALSE(written.contains("password"));
    EXPECT_TRUE(written.contains("smtp_url"));
    c = BoxConfig::load(conf, path);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->mail.password, s("from-conf")) << "the value in force moved, not the file's older one";
    EXPECT_EQ(c->metrics.token, s("token-in-file"));
    EXPECT_TRUE(c->secretsInConfig.isEmpty());
}
