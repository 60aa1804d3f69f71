// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QObject>
#include <QString>

namespace mente::console {

class BoxEnrolment;
class FleetController;

// Adds a box without asking anybody (the console's --enrol option, used by the demo and by
// scripted installs): the certificate must have the fingerprint given beforehand, the login
// must work with the password given, and the account must not need a password change. The
// password is stored in the vault like one typed into the add-box dialog. A box whose address
// is in the console already is left as it is.
class PresetEnrolment : public QObject
{
    Q_OBJECT
public:
    PresetEnrolment(FleetController *controller, QObject *parent = nullptr);

    void start(const QString &url, const QString &login, const QString &password, const QString &fingerprint);
    qint64 boxId() const { return m_boxId; } // once finished well: the box added, or the one there already

signals:
    void finished(const mente::Status &status);

private:
    void finish(const Status &status);

    FleetController *m_controller;
    BoxEnrolment *m_enrolment = nullptr;
    QString m_fingerprint;
    bool m_done = false;
    qint64 m_boxId = 0;
};

} // namespace mente::console
