// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Validation.h"

#include <gtest/gtest.h>

using namespace mente::validation;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
bool good(const QString &message) { return message.isEmpty(); }
} // namespace

TEST(Validation, IPv4AcceptsDottedQuadsOnly)
{
    EXPECT_TRUE(good(checkIPv4(s("192.168.1.10"))));
    EXPECT_TRUE(good(checkIPv4(s("0.0.0.0"))));
    EXPECT_TRUE(good(checkIPv4(s("255.255.255.255"))));
    for (const char *bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1..2.3", " 1.2.3.4"})
        EXPECT_FALSE(good(checkIPv4(s(bad)))) << bad;
    EXPECT_EQ(*parseIPv4(s("10.0.0.1")), 0x0A000001u);
    EXPECT_EQ(formatIPv4(0xC0A80101u), s("192.168.1.1"));
}

TEST(Validation, PrefixAndNetmask)
{
    EXPECT_TRUE(good(checkPrefix(0)));
    EXPECT_TRUE(good(checkPrefix(32)));
    EXPECT_FALSE(good(checkPrefix(33)));
    EXPECT_FALSE(good(checkPrefix(-1)));
    EXPECT_EQ(netmaskToPrefix(s("255.255.255.0")), 24);
    EXPECT_EQ(netmaskToPrefix(s("255.255.252.0")), 22);
    EXPECT_EQ(netmaskToPrefix(s("0.0.0.0")), 0);
    EXPECT_EQ(netmaskToPrefix(s("255.255.255.255")), 32);
    EXPECT_FALSE(netmaskToPrefix(s("255.0.255.0")));
    EXPECT_FALSE(good(checkNetmask(s("255.255.255.1"))));
    EXPECT_EQ(prefixToNetmask(24), s("255.255.255.0"));
    EXPECT_EQ(prefixToNetmask(0), s("0.0.0.0"));
    EXPECT_EQ(prefixToNetmask(32), s("255.255.255.255"));
}

TEST(Validation, HostAndGatewayInSubnet)
{
    EXPECT_TRUE(good(checkHostInSubnet(s("192.168.1.10"), 24)));
    EXPECT_FALSE(good(checkHostInSubnet(s("192.168.1.0"), 24)));
    EXPECT_FALSE(good(checkHostInSubnet(s("192.168.1.255"), 24)));
    EXPECT_TRUE(good(checkHostInSubnet(s("10.0.0.1"), 31)));
    EXPECT_TRUE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.1.1"))));
    EXPECT_FALSE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.2.1"))));
    EXPECT_FALSE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.1.10"))));
    EXPECT_FALSE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.1.255"))));
}

TEST(Validation, MacAddresses)
{
    EXPECT_EQ(normalizeMac(s("00:1a:2b:3c:4d:5e")), s("00:1A:2B:3C:4D:5E"));
    EXPECT_EQ(normalizeMac(s("00-1A-2B-3C-4D-5E")), s("00:1A:2B:3C:4D:5E"));
    for (const char *bad : {"", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5G", "001A2B3C4D5E", "00:1A:2B:3C:4D:5E:6F"})
        EXPECT_FALSE(good(checkMac(s(bad)))) << bad;
}

TEST(Validation, EmailAndPhone)
{
    EXPECT_TRUE(good(checkEmail(s("ichiro.suzuki@example.jp"))));
    EXPECT_TRUE(good(checkEmail(s("a+b@mail.example.co.jp"))));
    for (const char *bad : {"", "no-at.example.jp", "a@b", "a@@b.jp", ".a@b.jp", "a..b@b.jp", "a@-b.jp", "a b@c.jp"})
        EXPECT_FALSE(good(checkEmail(s(bad)))) << bad;
    EXPECT_TRUE(good(checkPhone(s("03-6820-0328"))));
    EXPECT_TRUE(good(checkPhone(s("+81 3 6820 0328"))));
    for (const char *bad : {"", "12345", "03-ABCD-0328", "+", "1234567890123456789"})
        EXPECT_FALSE(good(checkPhone(s(bad)))) << bad;
}

TEST(Validation, PostalCodeAndKana)
{
    EXPECT_TRUE(good(checkPostalCode(s("123-4567"))));
    EXPECT_TRUE(good(checkPostalCode(s("1234567"))));
    EXPECT_FALSE(good(checkPostalCode(s("12-34567"))));
    EXPECT_TRUE(good(checkKana(s("ヤマダ タロウ"))));
    EXPECT_TRUE(good(checkKana(s("カブシキガイシャ・テスト"))));
    EXPECT_TRUE(good(checkKana(s(""))));
    EXPECT_FALSE(good(checkKana(s("やまだ"))));
    EXPECT_FALSE(good(checkKana(s("Yamada"))));
}

TEST(Validation, DnsLabel)
{
    EXPECT_TRUE(good(checkDnsLabel(s("customer-01"))));
    EXPECT_TRUE(good(checkDnsLabel(s("a"))));
    for (const char *bad : {"", "-a", "a-", "Customer", "a.b", "a_b", "ｱ"})
        EXPECT_FALSE(good(checkDnsLabel(s(bad)))) << bad;
    EXPECT_FALSE(good(checkDnsLabel(QString(64, QLatin1Char('a')))));
    EXPECT_TRUE(good(checkDnsLabel(QString(63, QLatin1Char('a')))));
}

TEST(Validation, LoginIdAndPassword)
{
    EXPECT_TRUE(good(checkLoginId(s("ichiro.suzuki"))));
    for (const char *bad : {"ab", "-abc", "a b c", "名前です", "abc/def"})
        EXPECT_FALSE(good(checkLoginId(s(bad)))) << bad;
    EXPECT_TRUE(good(checkPassword(s("Tokyo2026x"), s("ichiro"))));
    EXPECT_FALSE(good(checkPassword(s("admin"), s("admin"))));
    EXPECT_FALSE(good(checkPassword(s("abcdefgh"), s("x"))));
    EXPECT_FALSE(good(checkPassword(s("12345678"), s("x"))));
    EXPECT_FALSE(good(checkPassword(s("ichiro2026"), s("ichiro"))));
    EXPECT_FALSE(good(checkPassword(s("pass word1"), s("x"))));
    EXPECT_FALSE(good(checkPassword(s("Passw0rd"), s("x"))));
}

TEST(Validation, LicenceKeyCheckSymbol)
{
    // (1*1 + 2*2 + ... + 15*15) mod 32 = 1240 mod 32 = 24 -> 'R' for the key 1234-5678-9ABC-DEF?
    const QString first15 = s("123456789ABCDEF");
    EXPECT_EQ(licenceCheckSymbol(first15), QLatin1Char('R'));
    EXPECT_TRUE(good(checkLicenceKey(s("1234-5678-9ABC-DEFR"))));
    EXPECT_EQ(normalizeLicenceKey(s("1234-5678-9abc-defr")), s("1234-5678-9ABC-DEFR"));
    EXPECT_FALSE(good(checkLicenceKey(s("1234-5678-9ABC-DEFS")))); // wrong check symbol
    EXPECT_FALSE(good(checkLicenceKey(s("1234-5678-9ABC-DEFI")))); // I is not Crockford
    EXPECT_FALSE(good(checkLicenceKey(s("1234-5678-9ABC"))));
    EXPECT_FALSE(good(checkLicenceKey(s("12345-678-9ABC-DEFR"))));
    EXPECT_EQ(crockfordValue(QLatin1Char('Z')), 31);
    EXPECT_EQ(crockfordValue(QLatin1Char('O')), -1);
}

TEST(Validation, PortAndLanguage)
{
    EXPECT_TRUE(good(checkPort(1)));
    EXPECT_TRUE(good(checkPort(65535)));
    EXPECT_FALSE(good(checkPort(0)));
    EXPECT_FALSE(good(checkPort(65536)));
    EXPECT_TRUE(good(checkLanguage(s("ja"))));
    EXPECT_FALSE(good(checkLanguage(s("fr"))));
}
