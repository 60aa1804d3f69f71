// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

#include <optional>

namespace mente::box {

// HTTP: sends "GET / HTTP/1.0" and expects a status line "HTTP/1.1 200 ..." (RFC 9112 §4).
// HTTPS is this probe spoken over a completed TLS handshake; `protocol` says which it reports.
class HttpProbe : public ProtocolProbe
{
public:
    explicit HttpProbe(bool overTls = false) : m_overTls(overTls) {}

    QString protocol() const override;
    bool serverSpeaksFirst() const override { return false; }
    QByteArray request(const QString &host) const override;
    ProbeVerdict parse(const QByteArray &received) const override;

    // The status code of a status line parse() matches ("HTTP/1.1 503 ..." -> 503); nullopt otherwise.
    static std::optional<int> statusCode(const QByteArray &received);

private:
    bool m_overTls;
};

} // namespace mente::box
