// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Acknowledgement.h"

#include <QDateTime>

namespace mente::console {

// The monitor scope of a box's API that quiets it (F7): acknowledging faults ("known and being
// handled") and muting the whole box for a while. Each is one call; the box decides which faults
// and mutes it concerns, audits it and records an event.
class QuietingClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    // Every current fault of the box not acknowledged yet; answers which those were.
    void acknowledgeBox(QObject *context, Then<BoxAcknowledgement> done) const;
    // One device's or port's fault (acknowledged true), or taking that back (false).
    void setAcknowledged(bool isPort, qint64 id, bool acknowledged, QObject *context, Then<Acknowledgement> done) const;
    // One box-wide mute until `until`, replacing the box-wide mutes there were.
    void muteBox(const QDateTime &until, const QString &reason, QObject *context, Then<Done> done) const;
    // Ends the box-wide mutes (notifications on again); mutes of single devices and ports stay.
    void unmuteBox(QObject *context, Then<Done> done) const;
};

} // namespace mente::console
