// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutBox.h"

#include <QMessageBox>

namespace mente::console {

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
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return box;
}

} // namespace mente::console
