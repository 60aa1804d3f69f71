// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace mente::box {

// One step of the schema. Step N brings the database from version N-1 to N; steps are
// never edited once released: a change is a new step appended at the end.
struct Migration
{
    QString name;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace mente::box
