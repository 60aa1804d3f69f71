// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHash>

#include <memory>

namespace mente::box {

struct BoxContext;
struct SetupRequest;
struct SetupReply;
class SetupPageHandler;

// The first-boot setup page on plain HTTP (F1, API.md "The setup page"): HTTP Basic with the
// API's admin account (same lockout), a forced password change while the default is set, a CSRF
// token on every form, strict security headers, Japanese or English by Accept-Language.
class SetupServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SetupServer(BoxContext &box, QObject *parent = nullptr);
    ~SetupServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Parts;
    void route(SetupRequest &request, const std::function<void(SetupReply)> &respond);

    BoxContext &m_box;
    std::unique_ptr<Parts> m_parts;
};

} // namespace mente::box
