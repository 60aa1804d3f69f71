// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace mente::console {

// First contact with a box: learns the certificate it presents (to show its fingerprint and
// ask whether to trust it) without sending anything but GET /health.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString fingerprint; // sha256:AB:CD:...
        QString serial;      // from /health, when the box answered it
        QString version;
    };

    explicit CertificateProbe(QObject *parent = nullptr);
    void probe(const QUrl &baseUrl);

signals:
    void finished(const mente::Result<mente::console::CertificateProbe::Outcome> &outcome);

private:
    // Its own connection pool: a connection made while any certificate is accepted must never be
    // reused by a pinned request.
    QNetworkAccessManager *m_nam;
};

// Normalises what a person typed as a box address: https:// added, no path; error names "url".
Result<QUrl> normalizeBoxUrl(const QString &text);

} // namespace mente::console
