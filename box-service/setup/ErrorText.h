// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QCoreApplication>

namespace mente::box {

// The services and shared/Validation speak English; the setup page shows their message in the
// page's language. Fixed sentences are looked up in the "SetupPage" catalogue as they are;
// sentences with a field name or a number in them are reworded.
class ErrorText
{
public:
    static QString localize(const QString &englishMessage);
    // The sentence as above; one the catalogue does not know (reworded, new) gets the sentence of
    // the shared table by its code and field (shared/ErrorMessages), as the console shows it.
    static QString localize(const Error &error);
};

} // namespace mente::box
