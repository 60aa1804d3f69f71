// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace mente::console {

class BoxClient;

// Carries the console's "mute this box" and "acknowledge this box's faults" to the box itself
// (POST/DELETE /mutes, POST /devices|ports/{id}/ack) through the box's client. Every call is
// asynchronous; the outcome comes back as finished() with words for a person.
class BoxQuieting : public QObject
{
    Q_OBJECT
public:
    explicit BoxQuieting(QObject *parent = nullptr);

    // Replaces the console's box-wide mute(s) on the box by one running until `until`; an invalid
    // time only removes them (notifications on again).
    void mute(qint64 boxId, BoxClient *client, const QDateTime &until);
    // Fetches the box's devices and acknowledges every device and port in fault.
    void acknowledgeFaults(qint64 boxId, BoxClient *client);

signals:
    void finished(qint64 boxId, bool ok, const QString &message);

private:
    void removeOwnMutes(qint64 boxId, BoxClient *client, std::function<void(bool)> then);
    void addMute(qint64 boxId, BoxClient *client, const QDateTime &until);
    QString failureText(const QString &box, const QString &why, bool reached) const;
};

} // namespace mente::console
