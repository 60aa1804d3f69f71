// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebDriver.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace mente::test {

namespace {
const QString kElementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");
}

QString WebDriver::chromium()
{
    for (const char *name : {"chromium", "chromium-browser"})
        if (const QString path = QStandardPaths::findExecutable(QLatin1String(name)); !path.isEmpty())
            return path;
    return {};
}

QString WebDriver::chromedriver()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
}

WebDriver::~WebDriver()
{
    if (!m_session.isEmpty())
        call("DELETE", QStringLiteral("/session/") + m_session);
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(5000))
            m_driver.kill();
        m_driver.waitForFinished(3000);
    }
}

bool WebDriver::start(const QString &profileDir, QString *error)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    m_driver.start(chromedriver(), {QStringLiteral("--port=%1").arg(port), QStringLiteral("--allowed-ips=127.0.0.1")});
    if (!m_driver.waitForStarted(10000)) {
        *error = QStringLiteral("chromedriver did not start");
        return false;
    }
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && !call("GET", QStringLiteral("/status")).value(QStringLiteral("ready")).toBool())
        QThread::msleep(200);

    const QJsonArray args{QStringLiteral("--headless"),
                          QStringLiteral("--no-sandbox"),
                          QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-quic"),
                          QStringLiteral("--no-first-run"),
                          QStringLiteral("--disable-background-networking"),
                          QStringLiteral("--disable-component-update"),
                          QStringLiteral("--disable-sync"),
                          QStringLiteral("--disable-dev-shm-usage"),
                          QStringLiteral("--window-size=412,900"), // a phone-sized window
                          QStringLiteral("--lang=ja"),
                          QStringLiteral("--user-data-dir=") + profileDir};
    const QJsonObject options{
        {QStringLiteral("binary"), chromium()},
        {QStringLiteral("args"), args},
        {QStringLiteral("prefs"), QJsonObject{{QStringLiteral("intl.accept_languages"), QStringLiteral("ja,en")}}}};
    const QJsonObject caps{{QStringLiteral("capabilities"),
                            QJsonObject{{QStringLiteral("alwaysMatch"),
                                         QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                                     {QStringLiteral("goog:chromeOptions"), options}}}}}};
    const QJsonObject created = call("POST", QStringLiteral("/session"), caps);
    m_session = created.value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty()) {
        *error = QStringLiteral("no WebDriver session: ") + m_error + QString::fromLocal8Bit(m_driver.readAll());
        return false;
    }
    return true;
}

QJsonObject WebDriver::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(60000);
    const QByteArray data = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        m_error = QStringLiteral("%1 %2: %3")
                      .arg(QString::fromLatin1(method), path,
                           QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)).left(600));
        return {};
    }
    if (path == QLatin1String("/session"))
        return answer.value(QStringLiteral("value")).toObject();
    return answer;
}

bool WebDriver::navigate(const QString &url)
{
    return !call("POST", QStringLiteral("/session/%1/url").arg(m_session), {{QStringLiteral("url"), url}}).isEmpty();
}

bool WebDriver::setBasicAuth(const QString &login, const QString &password)
{
    const QString path = QStringLiteral("/session/%1/goog/cdp/execute").arg(m_session);
    if (call("POST", path,
             {{QStringLiteral("cmd"), QStringLiteral("Network.enable")}, {QStringLiteral("params"), QJsonObject{}}})
            .isEmpty())
        return false;
    const QString value =
        QStringLiteral("Basic ") + QString::fromLatin1((login + QLatin1Char(':') + password).toUtf8().toBase64());
    return !call("POST", path,
                 {{QStringLiteral("cmd"), QStringLiteral("Network.setExtraHTTPHeaders")},
                  {QStringLiteral("params"),
                   QJsonObject{{QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"), value}}}}}})
                .isEmpty();
}

QString WebDriver::findElement(const QString &css)
{
    const QJsonObject answer =
        call("POST", QStringLiteral("/session/%1/element").arg(m_session),
             {{QStringLiteral("using"), QStringLiteral("css selector")}, {QStringLiteral("value"), css}});
    return answer.value(QStringLiteral("value")).toObject().value(kElementKey).toString();
}

QString WebDriver::waitFor(const QString &css, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString id = findElement(css);
    while (id.isEmpty() && !deadline.hasExpired()) {
        QThread::msleep(100);
        id = findElement(css);
    }
    return id;
}

bool WebDriver::waitForText(const QString &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!pageSource().contains(text)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

bool WebDriver::type(const QString &css, const QString &text)
{
    const QString id = findElement(css);
    if (id.isEmpty())
        return false;
    call("POST", QStringLiteral("/session/%1/element/%2/clear").arg(m_session, id));
    return !call("POST", QStringLiteral("/session/%1/element/%2/value").arg(m_session, id),
                 {{QStringLiteral("text"), text}})
                .isEmpty();
}

bool WebDriver::click(const QString &css)
{
    const QString id = findElement(css);
    return !id.isEmpty() && !call("POST", QStringLiteral("/session/%1/element/%2/click").arg(m_session, id)).isEmpty();
}

QString WebDriver::pageSource()
{
    return call("GET", QStringLiteral("/session/%1/source").arg(m_session)).value(QStringLiteral("value")).toString();
}

QString WebDriver::title()
{
    return call("GET", QStringLiteral("/session/%1/title").arg(m_session)).value(QStringLiteral("value")).toString();
}

bool WebDriver::screenshot(const QString &pngPath)
{
    const QString data =
        call("GET", QStringLiteral("/session/%1/screenshot").arg(m_session)).value(QStringLiteral("value")).toString();
    if (data.isEmpty())
        return false;
    QFile file(pngPath);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray::fromBase64(data.toLatin1())) > 0;
}

} // namespace mente::test
