// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <memory>

namespace mente::test {

// The real box for attack tests: started with the given INI, the admin's password changed,
// an HTTPS client logged in, and the two ports' numbers.
class HostileBox
{
public:
    bool start(const QString &ini = {});
    std::unique_ptr<HttpsClient> client() const;
    // GET /api/v1/status on a logged-in client: its time in ms (-1 unless 200).
    qint64 timedStatus(HttpsClient &client) const;

    BoxProcess box;
    std::unique_ptr<HttpsClient> admin;
    quint16 apiPort = 0;
    quint16 setupPort = 0;
};

} // namespace mente::test
