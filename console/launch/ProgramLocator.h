// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mente::console {

// Finds programs on PATH and in the usual install folders, and the desktop's terminal emulator.
class ProgramLocator
{
public:
    explicit ProgramLocator(QStringList installFolders, QStringList path = systemPath());

    QString find(const QString &program) const; // full path, empty when missing
    QStringList terminal() const;               // program and the option before the command; empty when none

    static QStringList systemPath();

private:
    QStringList m_folders;
    QStringList m_path;
};

} // namespace mente::console
