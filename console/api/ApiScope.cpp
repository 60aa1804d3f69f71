// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiScope.h"

#include <QCoreApplication>

namespace mente::console {

Error ApiScope::unreadableAnswer(const Error &why)
{
    const QString field = why.field.isEmpty() ? QStringLiteral("(body)") : why.field;
    return {QStringLiteral("unreadable"),
            QCoreApplication::translate("mente::console::ApiScope",
                                        "The box sent an answer the console cannot read (%1: %2).")
                .arg(field, why.message),
            why.field};
}

} // namespace mente::console
