// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/SshKey.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace mente;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Public keys made with ssh-keygen; the fingerprints are what `ssh-keygen -lf` printed for them.
const char *kEd25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAII9qPDABmP/aQz1dUJYuUFsjX2fKnNBgv7ZKkJ5lqdw9 unit@test";
const char *kEcdsa256 =
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBGHfzLspT1D9cVLawd4GNeIMIB0Z7"
    "NX+JlK1RTRwHvTcaIzSxJH8zJDH7HuMZ8oFijrvSzPFYYPf39le7VvbN2Y=";
const char *kEcdsa521 =
    "ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAHgczUjkx21zYI4wnsHnA2Kidmg39zLaPlMh7VO"
    "xBpl6Oo+7XeiLcpRxxmgbAkbRzdBBzHMYWX+2gsYJgA3F63nxwFDO1BJI5xilkkGPsD9PDLP3p9d3aJckiSur5dCV1VAtIEvZVv/cZiE6vd8KRaKr4"
    "gEBJ+Seewrmb/W6rPcSzHrrg==";
const char *kRsa2048 =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCuAsT12UU2feQUADcTUzlEeaIywkUL+45Nagjm077mkNVhKEJqWDOGB2iFPzcdXzmi08O0/CAVOs"
    "OLT1jmFmNF3F1HP7ZUf4PQ0Xd/9nIIPDb0OC9l9+zLh423szBH+wLXGNCU8v6wHXpaQBI668iTvhZGhGP1U48jopynaPBML39YytBJVB+i2ZobIah"
    "phByIRaF+SE1VPLhal94sELHd44t8PV6rgz3JFGPd+yLHVu4dKEDOtDqg1p+JB4ql0XpyyOfw1z8w//aNQLX6C7rp/"
    "u9HXPNZACIqDP5pmmcZ7b0SKn"
    "lihfinA72VPwkbZvCID/ToNWa8hULnGcLuyZJj unit@test";
const char *kRsa1024 =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC3/p9e5V9dhE2HjZeNlGiTDp84Es5E3mV2O2CHzr9SSPFS3Zx3am/qj/XFdxh0waFojbTTfR2cM0"
    "yiaXQD40t6AWyjp22WHmcT43wGtLVqHkBDMGzjwujNr415XEALSFlmWaOuuji5WbMAhZGI+a9J39XH9DUGRj49pPu10ByvtQ== unit@test";
const char *kDsa = "ssh-dss "
                   "AAAAB3NzaC1kc3MAAACBALdL3tBLtVdJWuWyMBsRbK12U9lZk/"
                   "BMuR4US0wC9QfidhMPzBVpstI6TTHNga52xXoMePt0Ab4fqFae07HtO10YTPOCStqgxVB09jrmM9IpcC+zF7FvkkEWWUfV/"
                   "yhZYLZ8pDfq4i9Xb0ANwWpOh89arukCNvTmHgd0Ie95RZzlAAAAFQCDTaeUSo834HDwODl6W0mnrvCcOwAAAIAV/"
                   "Cx3pzsuEYg4qDonBCeablLFnseY1jEsC6ZPUuwM3OtEVAiE91Gflqa2XWqRbnETopvrl6GhbnQEtE0gLtKB3zh0djxbpNMMlItw"
                   "G4K6Q5O77+I1kmodxCcfCxG7O0AgqkIVFG6slIycFH5WfpP9e1NwZ0ShmVdQklWgIQ1TVQAAAIBqc1Y/pym5ZSGfYbaVr/"
                   "ZotyjmFLP6lABedlQ8fRVmuR829Jph7kbbUM/0l0UmbfmqlgcJDyEwTuSpzr3rKY9miCpw2rCGzyra6up6+rIoQQXa/"
                   "vdpKAKSt4YOZkQeHQ8A4EeOcCKLApK0egGrWrbPfspy/gwCix6zjI9tJY6bqg==";

QString why(const char *line)
{
    const auto key = SshPublicKey::parse(s(line));
    EXPECT_FALSE(key.ok()) << line;
    if (key.ok())
        return {};
    EXPECT_EQ(key.error().field, s("key"));
    return key.error().message;
}
} // namespace

TEST(SshKey, ParsesOpenSshKeysWithTheirFingerprints)
{
    const auto ed = SshPublicKey::parse(s(kEd25519));
    ASSERT_TRUE(ed.ok()) << ed.error().message.toStdString();
    EXPECT_EQ(ed->type, s("ssh-ed25519"));
    EXPECT_EQ(ed->comment, s("unit@test"));
    EXPECT_EQ(ed->fingerprint(), s("SHA256:n9gDsIoG/6fwQ1NAK8PO2bOYqf1kSf7hsKLkdFXxD9M"));
    EXPECT_EQ(ed->toLine(), s(kEd25519));

    const auto p256 = SshPublicKey::parse(s(kEcdsa256));
    ASSERT_TRUE(p256.ok()) << p256.error().message.toStdString();
    EXPECT_EQ(p256->fingerprint(), s("SHA256:LiBraWo47MInUppH5S3MBShMUntNRItTpo/lO7UL7rU"));
    EXPECT_TRUE(p256->comment.isEmpty());
    const auto p521 = SshPublicKey::parse(s(kEcdsa521));
    ASSERT_TRUE(p521.ok()) << p521.error().message.toStdString();
    EXPECT_EQ(p521->fingerprint(), s("SHA256:2ecQoNmd4KxMc33v0qTPvlsQKhUJTmpjbOcw3WVIQVI"));
    const auto rsa = SshPublicKey::parse(s(kRsa2048));
    ASSERT_TRUE(rsa.ok()) << rsa.error().message.toStdString();
    EXPECT_EQ(rsa->fingerprint(), s("SHA256:RMyTV3kXNA1QneUfHq+6jnOzI+JzK7fClu6CwQlNOvg"));
}

TEST(SshKey, ToleratesSpacesAndLongComments)
{
    const auto key =
        SshPublicKey::parse(s("  ssh-ed25519\tAAAAC3NzaC1lZDI1NTE5AAAAII9qPDABmP/aQz1dUJYuUFsjX2fKnNBgv7ZKkJ5lqdw9"
                              "   Tanaka's console  (office) \n"));
    ASSERT_TRUE(key.ok()) << key.error().message.toStdString();
    EXPECT_EQ(key->comment, s("Tanaka's console (office)"));
}

TEST(SshKey, RefusesWhatIsNotAUsableKey)
{
    EXPECT_TRUE(why("").contains(s("empty")));
    EXPECT_TRUE(why("ssh-ed25519").contains(s("missing")));
    EXPECT_TRUE(why(kDsa).contains(s("ssh-dss")));
    EXPECT_TRUE(why("ssh-ed25519 AAAA!!notbase64 x").contains(s("base64")));
    EXPECT_TRUE(why("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5").contains(s("32 bytes")));
    // An RSA blob under the ed25519 name, and a private key pasted by mistake.
    EXPECT_TRUE(why("ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAAAgQC3").contains(s("not a ssh-ed25519 key")));
    EXPECT_FALSE(why("-----BEGIN OPENSSH PRIVATE KEY-----").isEmpty());
    EXPECT_TRUE(why(kRsa1024).contains(s("2048")));
    // Two keys at once, and a control character.
    EXPECT_TRUE(why((QByteArray(kEd25519) + "\n" + kEd25519).constData()).contains(s("one key")));
    EXPECT_FALSE(
        why("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAII9qPDABmP/aQz1dUJYuUFsjX2fKnNBgv7ZKkJ5lqdw9 a\x01b").isEmpty());
    // Trailing bytes after the key, and a truncated ECDSA point.
    const QByteArray blob = SshPublicKey::parse(s(kEd25519))->blob + QByteArray("\0\0\0\0", 4);
    EXPECT_TRUE(why(("ssh-ed25519 " + blob.toBase64()).constData()).contains(s("after the key")));
    EXPECT_TRUE(why("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBGHfzLspT1D9cVLawd4G")
                    .contains(s("ECDSA")));
    const QString longComment = s(kEd25519) + QString(SshPublicKey::kMaxComment, QLatin1Char('x'));
    EXPECT_FALSE(SshPublicKey::parse(longComment).ok());
}

TEST(SshKey, UploadNamesTheKeyField)
{
    EXPECT_EQ(SshKeyUpload::fromJson({}).error().field, s("key"));
    EXPECT_EQ(SshKeyUpload::fromJson({{s("key"), 42}}).error().field, s("key"));
    EXPECT_EQ(SshKeyUpload::fromJson({{s("key"), s("ssh-rsa x")}}).error().field, s("key"));
    const auto upload = SshKeyUpload::fromJson({{s("key"), s(kEd25519)}});
    ASSERT_TRUE(upload.ok());
    EXPECT_EQ(SshKeyUpload::fromJson(upload->toJson())->key.blob, upload->key.blob);
}

TEST(SshKey, ListedKeyRoundTrip)
{
    SshKey key;
    key.id = 3;
    key.operatorId = 2;
    key.type = s("ssh-ed25519");
    key.fingerprint = s("SHA256:n9gDsIoG/6fwQ1NAK8PO2bOYqf1kSf7hsKLkdFXxD9M");
    key.comment = s("unit@test");
    key.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const auto back = SshKey::fromJson(key.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->id, 3);
    EXPECT_EQ(back->operatorId, 2);
    EXPECT_EQ(back->fingerprint, key.fingerprint);
    EXPECT_EQ(back->createdAt, key.createdAt);
    QJsonObject bad = key.toJson();
    bad.insert(s("fingerprint"), s("MD5:aa"));
    EXPECT_EQ(SshKey::fromJson(bad).error().field, s("fingerprint"));
    bad.remove(s("id"));
    EXPECT_EQ(SshKey::fromJson(bad).error().field, s("id"));
}
