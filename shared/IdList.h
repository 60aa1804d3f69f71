// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace mente {

// The {"ids": [1, 2, …]} body of the calls that act on many rows at once: positive whole numbers,
// at most 1000, duplicates dropped. what names the rows in the error ("operator ids").
Result<QList<qint64>> idsFromJson(const QJsonObject &body, const QString &what);

// A list of ids in an answer (no limit on its length): the array, and back; errors name `field`.
QJsonArray idsToJson(const QList<qint64> &ids);
Result<QList<qint64>> idArrayFromJson(const QJsonValue &value, const QString &field);

} // namespace mente
