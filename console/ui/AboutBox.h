// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QMessageBox;
class QWidget;

namespace mente::console {

// Help → About: the product, the version set once in the top CMakeLists.txt (the same one the
// packages, `mente-console --version` and the box's /health carry) and the licence.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // The product icon in every size it is drawn in (the windows' icon, the About box's picture).
    static QIcon productIcon();
    static QString title();
    static QString text();
    // A modeless box owned by parent, deleted when closed.
    static QMessageBox *show(QWidget *parent);
};

} // namespace mente::console
