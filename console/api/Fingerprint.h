// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QString>

class QNetworkReply;

namespace mente::console {

// sha256:AB:CD:... (upper-case, colon-separated), the form the box prints and its setup page shows.
QString fingerprintOf(const QSslCertificate &certificate);

// Makes a reply accept exactly the certificate with this fingerprint, whatever CA signed it,
// and abort on any other. Calls onMismatch with what the server presented instead.
void pinCertificate(QNetworkReply *reply, const QString &fingerprint);

// The fingerprint a pinned reply was refused for, or "" when it was not refused for that.
QString refusedFingerprint(const QNetworkReply *reply);

// Whether the connection a reply came over presented exactly this certificate.
bool matchesPin(const QNetworkReply *reply, const QString &fingerprint);

} // namespace mente::console
