// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace mente::console {

class BoxClient;

// Carries the console's "mute this box" and "acknowledge this box's faults" to the box itself,
// one call each (the box decides which faults and mutes that concerns). Every call is
// asynchronous; the outcome comes back as finished() with words for a person.
class BoxQuieting : public QObject
{
    Q_OBJECT
public:
    explicit BoxQuieting(QObject *parent = nullptr);

    // One box-wide mute on the box running until `until`, in place of the ones there were; an
    // invalid time only ends them (notifications on again).
    void mute(qint64 boxId, BoxClient *client, const QDateTime &until);
    // Acknowledges every device and port of the box in fault.
    void acknowledgeFaults(qint64 boxId, BoxClient *client);

signals:
    void finished(qint64 boxId, bool ok, const QString &message);

private:
    QString failureText(const QString &box, const QString &why, bool reached) const;
};

} // namespace mente::console
