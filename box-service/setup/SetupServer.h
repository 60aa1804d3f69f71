// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace mente::box {

struct SetupRequest;
struct SetupReply;
class SetupPageHandler;
struct HttpRequest;
struct HttpResponse;
class HttpResponder;

// The first-boot setup page on plain HTTP (F1, API.md "The setup page"): HTTP Basic with the
// API's admin account (same lockout), a forced password change while the default is set, a CSRF
// token on every form, strict security headers, Japanese or English by Accept-Language.
// The HTTP layer (http/HttpListener) hands it whole, checked requests.
class SetupServer : public QObject
{
    Q_OBJECT
public:
    explicit SetupServer(SetupServices services, QObject *parent = nullptr);
    ~SetupServer() override;

    void handle(const HttpRequest &request, const HttpResponder &responder);
    // The answer for a request the HTTP layer refuses (bad framing, too large, too slow).
    static HttpResponse errorReply(int status, const QByteArray &message);

private:
    struct Parts;
    void route(SetupRequest &request, const std::function<void(SetupReply)> &respond);

    std::unique_ptr<Parts> m_parts;
};

} // namespace mente::box
