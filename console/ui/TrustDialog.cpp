// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrustDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mente::console {

TrustDialog::TrustDialog(Reason reason, const QString &address, const QString &fingerprint, const QString &pinned,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(reason == Reason::FirstContact ? tr("Trust this box?") : tr("The box's certificate has changed"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (reason == Reason::FirstContact) {
        intro->setText(tr("This is the first connection to %1. Compare the certificate fingerprint below with the one "
                          "the box shows on its setup page or prints at start. Trust it only if they are the same.")
                           .arg(address));
    } else {
        intro->setText(tr("<b>Warning:</b> %1 presented a different certificate from the one trusted before. This "
                          "happens when the box was reinstalled, or when someone is intercepting the connection. "
                          "The console refuses to talk to it until you trust the new certificate deliberately.")
                           .arg(address.toHtmlEscaped()));
    }
    layout->addWidget(intro);
    if (!pinned.isEmpty()) {
        layout->addWidget(new QLabel(tr("Trusted until now:"), this));
        auto *old = new QLabel(pinned, this);
        old->setTextInteractionFlags(Qt::TextSelectableByMouse);
        old->setWordWrap(true);
        layout->addWidget(old);
        layout->addWidget(new QLabel(tr("Presented now:"), this));
    } else {
        layout->addWidget(new QLabel(tr("SHA-256 fingerprint:"), this));
    }
    auto *print = new QLabel(fingerprint, this);
    print->setObjectName(QStringLiteral("fingerprintLabel"));
    print->setTextInteractionFlags(Qt::TextSelectableByMouse);
    print->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    print->setFont(mono);
    layout->addWidget(print);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(
        reason == Reason::FirstContact ? tr("Trust") : tr("Trust the new certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton *refuse = buttons->addButton(tr("Do not trust"), QDialogButtonBox::RejectRole);
    refuse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace mente::console
