// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>

namespace mente::test {

// A small W3C WebDriver client for chromedriver driving Debian's headless chromium: enough to
// open pages, type into fields, click and take screenshots.
class WebDriver
{
public:
    WebDriver() = default;
    ~WebDriver();

    static QString chromium();     // empty when not installed
    static QString chromedriver(); // empty when not installed

    bool start(const QString &profileDir, QString *error);
    bool navigate(const QString &url);
    // Sends HTTP Basic on every request from now on (through the DevTools protocol), as the
    // browser does once a person has typed the login into its dialog.
    bool setBasicAuth(const QString &login, const QString &password);
    QString findElement(const QString &css);                   // element id, empty when absent
    QString waitFor(const QString &css, int timeoutMs = 5000); // findElement, retried while a page loads
    // Polls the page until it holds the text (a click's new page may still be loading).
    bool waitForText(const QString &text, int timeoutMs = 5000);
    bool type(const QString &css, const QString &text);
    bool click(const QString &css);
    QString pageSource();
    QString title();
    bool screenshot(const QString &pngPath);
    QString lastError() const { return m_error; }

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QProcess m_driver;
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_session;
    QString m_error;
};

} // namespace mente::test
