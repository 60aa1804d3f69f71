// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/ProgramLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace mente::console {

ProgramLocator::ProgramLocator(QStringList installFolders, QStringList path)
    : m_folders(std::move(installFolders)), m_path(std::move(path))
{}

QStringList ProgramLocator::systemPath()
{
    return QProcessEnvironment::systemEnvironment()
        .value(QStringLiteral("PATH"))
        .split(QDir::listSeparator(), Qt::SkipEmptyParts);
}

QString ProgramLocator::find(const QString &program) const
{
    if (program.isEmpty())
        return {};
    if (QDir::isAbsolutePath(program)) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QString onPath = QStandardPaths::findExecutable(program, m_path);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(program, m_folders) : onPath;
}

QStringList ProgramLocator::terminal() const
{
    // The Debian alternative first (the desktop's choice), then the common ones.
    const std::pair<const char *, const char *> known[] = {
        {"x-terminal-emulator", "-e"}, {"gnome-terminal", "--"}, {"konsole", "-e"},
        {"xfce4-terminal", "-x"},      {"mate-terminal", "-x"},  {"xterm", "-e"},
    };
    for (const auto &[name, option] : known)
        if (const QString found = find(QString::fromLatin1(name)); !found.isEmpty())
            return {found, QString::fromLatin1(option)};
    return {};
}

} // namespace mente::console
