// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CertificateProbe.h"
#include "api/Fingerprint.h"

#include <QSslCertificate>

#include <gtest/gtest.h>

using namespace mente::console;

TEST(BoxUrl, AddsSchemeAndDefaultPortAndDropsThePath)
{
    auto url = normalizeBoxUrl(QStringLiteral(" 192.168.1.20/api "));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->toString(), QStringLiteral("https://192.168.1.20:8443"));
    EXPECT_EQ(normalizeBoxUrl(QStringLiteral("https://box.example:9443"))->toString(),
              QStringLiteral("https://box.example:9443"));
}

TEST(BoxUrl, RefusesPlainHttpAndEmptyNamingTheField)
{
    auto http = normalizeBoxUrl(QStringLiteral("http://10.0.0.1"));
    ASSERT_FALSE(http.ok());
    EXPECT_EQ(http.error().field, QStringLiteral("url"));
    EXPECT_FALSE(normalizeBoxUrl(QString()).ok());
    EXPECT_FALSE(normalizeBoxUrl(QStringLiteral("https://")).ok());
}

TEST(Fingerprint, IsUpperCaseColonHexWithPrefixAsOpensslPrintsIt)
{
    // Made once with openssl req -x509; the expected value is what
    // `openssl x509 -noout -fingerprint -sha256` printed for it.
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBdDCCARmgAwIBAgIUCG/TM/osLTho+GejHbQA2PcxeiowCgYIKoZIzj0EAwIw\n"
                           "DzENMAsGA1UEAwwEdGVzdDAeFw0yNjExMjYwMDM3MDdaFw0zNjExMjMwMDM3MDda\n"
                           "MA8xDTALBgNVBAMMBHRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAT3tCUE\n"
                           "Dj1xObRJUY+dzt8Fseb8sRGSY/FG9UR5RPCiZQ3P+66dCZGjsJWo6yBuTvnbwpJS\n"
                           "yku2Q3Aww3hZ2Lzso1MwUTAdBgNVHQ4EFgQUwGlmF+82D+/nPZ5NpYxvG6qV+lcw\n"
                           "HwYDVR0jBBgwFoAUwGlmF+82D+/nPZ5NpYxvG6qV+lcwDwYDVR0TAQH/BAUwAwEB\n"
                           "/zAKBggqhkjOPQQDAgNJADBGAiEAjwxVMssL+Qq4hU0C47DZj7gkMNbZtbi/0l1L\n"
                           "p2MLJRECIQCcMQ+klWB5PlYKdfTOFp89V0xtt0onMVajrsXczAeFjg==\n"
                           "-----END CERTIFICATE-----\n";
    const QSslCertificate certificate(pem);
    ASSERT_FALSE(certificate.isNull());
    EXPECT_EQ(
        fingerprintOf(certificate),
        QStringLiteral(
            "sha256:75:83:92:84:D1:A3:4B:CA:F6:4E:45:27:6E:9F:5C:A0:3B:93:6D:44:4A:3A:CE:40:57:8D:4B:D2:D1:57:9F:16"));
    EXPECT_TRUE(fingerprintOf(QSslCertificate()).isEmpty());
}
