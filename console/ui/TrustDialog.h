// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace mente::console {

// Shows a box certificate's SHA-256 fingerprint and asks whether to trust it: at first contact,
// or deliberately again after the box presented a different certificate.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason { FirstContact, CertificateChanged };

    TrustDialog(Reason reason, const QString &address, const QString &fingerprint, const QString &pinned,
                QWidget *parent = nullptr);
};

} // namespace mente::console
