// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace mente::console {

// Shows an error under a form and marks the field it names (by wire name) in red.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel *label) : m_label(label) {}
    // The red, word-wrapped error line under a dialog's form, hidden until there is an error.
    static QLabel *makeLabel(const QString &objectName, QWidget *parent);
    // An error in the console's language (shared/ErrorMessages, by code and field); an English
    // message that names no field gets the wire field name in front.
    static QString describe(const Error &error);
    void bind(const QString &field, QWidget *widget, const QString &caption);
    void show(const Error &error);
    void showMessage(const QString &message, bool isError);
    void clear();

private:
    QLabel *m_label;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QString> m_captions;
};

} // namespace mente::console
