// SPDX-License-Identifier: GPL-3.0-or-later
// A real Prometheus (Debian's prometheus) scrapes a real mente-box the way
// resources/monitoring/prometheus/prometheus.example.yml says: HTTPS with the box's own
// certificate as the only CA, the read-only [metrics] token, the project's alerting rules
// loaded. Through Prometheus's HTTP API the test sees up == 1, then a device fault it drives
// (the device's namespace link goes down) as mente_device_state 2 and a pending
// MenteDeviceFault alert. Everything listens on loopback or in the test's own namespace.
#include "MonitorHarness.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace mente::test {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kToken = s("prom-Token-7d1e0c55a9");

class PrometheusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(QStandardPaths::findExecutable(s("prometheus")).isEmpty())
            << "prometheus is not installed (scripts/packages.txt)";
        ASSERT_TRUE(lan.ok()) << "the test's network namespace could not be made (needs root and iproute2)";
        ASSERT_TRUE(box.start(s("[metrics]\ntoken=%1\n[box]\nserial=PROMTEST0001\n").arg(kToken)))
            << box.box.output().toStdString();
        ASSERT_TRUE(writePrometheusConfig());
        promPort = freePort();
        ASSERT_TRUE(prometheus.start(s("prometheus"),
                                     {s("--config.file=") + dir.filePath(s("prometheus.yml")),
                                      s("--storage.tsdb.path=") + dir.filePath(s("data")),
                                      s("--web.listen-address=127.0.0.1:%1").arg(promPort), s("--log.level=warn")},
                                     promPort))
            << "prometheus did not start";
    }

    bool writePrometheusConfig()
    {
        // The example from the repository, with this test's addresses filled in.
        QFile example(s(MENTE_PROMETHEUS_DIR "/prometheus.example.yml"));
        if (!example.open(QIODevice::ReadOnly))
            return false;
        QString config = QString::fromUtf8(example.readAll());
        const QString target = QUrl(box.box.apiUrl()).authority();
        config.replace(s("/etc/prometheus/mente/metrics-token"), dir.filePath(s("token")))
            .replace(s("/etc/prometheus/mente/certs/BOX-SERIAL.pem"), box.box.dataDir() + s("/cert.pem"))
            .replace(s("/etc/prometheus/mente-rules.yml"), s(MENTE_PROMETHEUS_DIR "/mente-rules.yml"))
            .replace(s("10.8.0.11:8443"), target)
            .replace(s("DEMO00000001"), s("PROMTEST0001"))
            .replace(s("demo00000001"), s("promtest0001")) // server_name: the serial the certificate names
            .replace(s("scrape_interval: 60s"), s("scrape_interval: 1s"))
            .replace(s("scrape_timeout: 10s"), s("scrape_timeout: 1s"))
            .replace(s("evaluation_interval: 60s"), s("evaluation_interval: 1s"));
        QFile token(dir.filePath(s("token")));
        if (!token.open(QIODevice::WriteOnly) || token.write(kToken.toUtf8()) < 0)
            return false;
        token.close();
        token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile out(dir.filePath(s("prometheus.yml")));
        return out.open(QIODevice::WriteOnly) && out.write(config.toUtf8()) > 0;
    }

    // GET /api/v1/query on Prometheus; the "result" array (the whole answer in *answer).
    QJsonArray query(const QString &promql, QJsonObject *answer = nullptr)
    {
        QUrl url(s("http://127.0.0.1:%1/api/v1/query").arg(promPort));
        QUrlQuery q;
        q.addQueryItem(s("query"), promql);
        url.setQuery(q);
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (answer)
            *answer = body;
        return body.value(s("data")).toObject().value(s("result")).toArray();
    }

    // The value of the first sample of a query, or an empty string.
    QString value(const QString &promql)
    {
        const QJsonArray result = query(promql);
        return result.isEmpty() ? QString() : result.first().toObject().value(s("value")).toArray().at(1).toString();
    }

    NetNamespace lan{8};
    MonitoredBox box;
    QTemporaryDir dir;
    ServerProcess prometheus;
    int promPort = 0;
    QNetworkAccessManager nam;
};

TEST_F(PrometheusTest, ScrapesTheBoxAndSeesADeviceFault)
{
    EXPECT_TRUE(waitFor([&] { return value(s("up{job=~\"mente-box.*\"}")) == s("1"); }, 30000))
        << "up: " << QJsonDocument(query(s("up"))).toJson().constData();
    const QJsonArray up = query(s("up{job=~\"mente-box.*\"}"));
    ASSERT_EQ(up.size(), 1);
    EXPECT_EQ(up.first().toObject().value(s("metric")).toObject().value(s("customer")).toString(), s("demo"))
        << "the example's per-box labels arrive";
    EXPECT_EQ(value(s("mente_box_uptime_seconds >= 0")).isEmpty(), false);

    // Every query of the Grafana dashboard is one this Prometheus accepts.
    QFile dashboard(s(MENTE_GRAFANA_DIR "/mente-fleet.json"));
    ASSERT_TRUE(dashboard.open(QIODevice::ReadOnly));
    int queries = 0;
    for (const QJsonValue panel : QJsonDocument::fromJson(dashboard.readAll()).object().value(s("panels")).toArray()) {
        for (const QJsonValue target : panel.toObject().value(s("targets")).toArray()) {
            QString expr = target.toObject().value(s("expr")).toString();
            expr.replace(s("$__range"), s("5m")).replace(s("$__rate_interval"), s("1m"));
            QJsonObject answer;
            query(expr, &answer);
            EXPECT_EQ(answer.value(s("status")).toString(), s("success"))
                << expr.toStdString() << ": " << QJsonDocument(answer).toJson().constData();
            ++queries;
        }
    }
    EXPECT_GE(queries, 10);

    const qint64 device = box.addDevice(lan.nsIp());
    ASSERT_GT(device, 0);
    ASSERT_EQ(box.client->patch(s("/api/v1/devices/%1").arg(device), {{s("monitor"), true}}).status, 200);
    const QString state = s("mente_device_state{id=\"%1\"}").arg(device);
    EXPECT_TRUE(waitFor([&] { return value(state) == s("1"); }, 30000)) << "the device never showed ok";

    ASSERT_TRUE(lan.setLinkUp(false));
    EXPECT_TRUE(waitFor([&] { return value(state) == s("2"); }, 30000)) << "the fault never reached Prometheus";
    // The project's rule sees it: pending (its "for" is 2 minutes) with the device's labels.
    EXPECT_TRUE(waitFor(
        [&] {
            return !query(s("ALERTS{alertname=\"MenteDeviceFault\",id=\"%1\",alertstate=\"pending\"}").arg(device))
                        .isEmpty();
        },
        20000))
        << QJsonDocument(query(s("ALERTS"))).toJson().constData();

    ASSERT_TRUE(lan.setLinkUp(true));
    EXPECT_TRUE(waitFor([&] { return value(state) == s("1"); }, 30000)) << "the recovery never reached Prometheus";
}

} // namespace

} // namespace mente::test
