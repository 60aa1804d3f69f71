// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileBox.h"

#include <QElapsedTimer>
#include <QUrl>

namespace mente::test {

bool HostileBox::start(const QString &ini)
{
    box.setConfig(ini);
    if (!box.start())
        return false;
    apiPort = quint16(QUrl(box.apiUrl()).port());
    setupPort = quint16(QUrl(box.setupUrl()).port());
    admin = client();
    if (admin->login(QStringLiteral("admin"), QStringLiteral("admin")).status != 200)
        return false;
    return admin
               ->post(QStringLiteral("/api/v1/session/password"),
                      {{QStringLiteral("current"), QStringLiteral("admin")},
                       {QStringLiteral("new"), QStringLiteral("Hostile-Test-Pass-1")}})
               .status
           == 204;
}

std::unique_ptr<HttpsClient> HostileBox::client() const
{
    return std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
}

qint64 HostileBox::timedStatus(HttpsClient &client) const
{
    QElapsedTimer clock;
    clock.start();
    const HttpReply reply = client.get(QStringLiteral("/api/v1/status"));
    return reply.status == 200 ? clock.elapsed() : -1;
}

} // namespace mente::test
