// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutBox.h"

#include <QMessageBox>

namespace mente::console {

QIcon AboutBox::productIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/mente-console-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString AboutBox::title()
{
    return tr("About Mente Console");
}

QString AboutBox::text()
{
    return tr("<p><b>Mente Console</b> %1</p>"
              "<p>Remote IT maintenance for support companies: every customer's Mente box and "
              "its devices at a glance.</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>")
        .arg(QStringLiteral(MENTE_VERSION));
}

QMessageBox *AboutBox::show(QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Information, title(), text(), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(productIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return box;
}

} // namespace mente::console
