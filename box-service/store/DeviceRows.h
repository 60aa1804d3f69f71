// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Device.h"

class QSqlQuery;

namespace mente::box {

// How the devices and ports tables are read (for the store's own files): the columns to select
// and the rows they make. DeviceStore writes these tables; the readers beside it share this.
const QString &deviceColumns(); // for "SELECT %1 FROM devices"
const QString &portColumns();   // for "SELECT %1 FROM ports"
Device deviceFromRow(const QSqlQuery &row);
Port portFromRow(const QSqlQuery &row);

} // namespace mente::box
