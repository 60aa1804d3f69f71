// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/NetworkConfigurator.h"

#include <optional>

namespace mente::box {

class ProcessLauncher;

// systemd-networkd: writes one .network file (e.g. /etc/systemd/network/50-mente.network) and
// runs the reload command (networkctl reload). restore() writes back the previous file, or
// removes ours when there was none, and reloads again.
class NetworkdConfigurator : public NetworkConfigurator
{
public:
    NetworkdConfigurator(QString directory, QString fileName, QString interfaceName, QString reloadCommand,
                         ProcessLauncher &launcher);

    Status apply(const NetworkSettings &settings) override;
    Status restore() override;
    void commit() override;
    QJsonObject pendingState() const override;
    void adoptPendingState(const QJsonObject &state) override;

    QString filePath() const;
    // The file as it is now (empty when there is none).
    QByteArray fileContent() const;
    // Writes the file for settings and reloads, remembering nothing: no change to confirm (the
    // first-boot address, NetworkdFallback).
    Status writeNow(const NetworkSettings &settings);

private:
    Status write(const std::optional<QByteArray> &content);
    std::optional<QByteArray> currentFile() const; // nullopt: there is none

    QString m_directory;
    QString m_fileName;
    QString m_interface;
    QString m_reload;
    ProcessLauncher &m_launcher;
    bool m_pending = false;
    std::optional<QByteArray> m_previous; // nullopt: there was no file
};

} // namespace mente::box
