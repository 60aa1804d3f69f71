// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/NetworkdConfigurator.h"

#include "setup/ProcessLauncher.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

NetworkdConfigurator::NetworkdConfigurator(QString directory, QString fileName, QString interfaceName,
                                           QString reloadCommand, ProcessLauncher &launcher)
    : m_directory(std::move(directory))
    , m_fileName(std::move(fileName))
    , m_interface(std::move(interfaceName))
    , m_reload(std::move(reloadCommand))
    , m_launcher(launcher)
{}

QString NetworkdConfigurator::filePath() const
{
    return QDir(m_directory).filePath(m_fileName);
}

Status NetworkdConfigurator::write(const std::optional<QByteArray> &content)
{
    const QString path = filePath();
    if (!content) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error{QStringLiteral("internal"), QStringLiteral("Cannot remove %1.").arg(path), {}};
    } else {
        if (!QDir().mkpath(m_directory))
            return Error{QStringLiteral("internal"), QStringLiteral("Cannot create %1.").arg(m_directory), {}};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
            return Error{
                QStringLiteral("internal"), QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()), {}};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther);
    }
    if (m_reload.isEmpty())
        return success();
    return m_launcher.run(m_reload, 30000);
}

std::optional<QByteArray> NetworkdConfigurator::currentFile() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QByteArray NetworkdConfigurator::fileContent() const
{
    return currentFile().value_or(QByteArray());
}

Status NetworkdConfigurator::writeNow(const NetworkSettings &settings)
{
    qCInfo(lcSetup) << "network: writing" << filePath() << "mode" << settings.mode
                    << (settings.firstBootCidr.isEmpty()
                            ? QString()
                            : QStringLiteral("with the first-boot address ") + settings.firstBootCidr);
    const std::optional<QByteArray> before = currentFile();
    const Status s = write(settings.networkdFile(m_interface));
    if (!s)
        (void)write(before); // networkd did not take it: the old file again, so the file stays the truth
    return s;
}

Status NetworkdConfigurator::apply(const NetworkSettings &settings)
{
    if (!m_pending)
        m_previous = currentFile();
    m_pending = true;
    qCInfo(lcSetup) << "network: writing" << filePath() << "mode" << settings.mode;
    const Status s = write(settings.networkdFile(m_interface));
    if (!s) {
        // Half-applied is the worst state: put the old file back at once.
        (void)restore();
    }
    return s;
}

Status NetworkdConfigurator::restore()
{
    if (!m_pending)
        return success();
    m_pending = false;
    qCInfo(lcSetup) << "network: restoring the previous" << filePath();
    return write(m_previous);
}

QJsonObject NetworkdConfigurator::pendingState() const
{
    return {{QStringLiteral("previous"),
             m_previous ? QJsonValue(QString::fromLatin1(m_previous->toBase64())) : QJsonValue(QJsonValue::Null)}};
}

void NetworkdConfigurator::adoptPendingState(const QJsonObject &state)
{
    m_pending = true;
    const QJsonValue previous = state.value(QStringLiteral("previous"));
    if (previous.isString())
        m_previous = QByteArray::fromBase64(previous.toString().toLatin1());
    else
        m_previous.reset();
}

void NetworkdConfigurator::commit()
{
    m_pending = false;
    m_previous.reset();
}

} // namespace mente::box
