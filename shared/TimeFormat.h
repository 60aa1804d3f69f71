// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace mente {

// Times on the wire are ISO 8601 UTC with a Z and whole seconds: 2026-11-25T10:00:00Z.
QString toIso(const QDateTime &time);
QJsonValue toIsoOrNull(const QDateTime &time);
QDateTime fromIso(const QString &text); // invalid QDateTime when the text is not such a time

} // namespace mente
