// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FieldErrors.h"

#include "shared/ErrorMessages.h"

#include <QCoreApplication>
#include <QLabel>
#include <QWidget>

namespace mente::console {

QLabel *FieldErrors::makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString FieldErrors::describe(const Error &error)
{
    const QString text = ErrorMessages::text(error);
    if (text != error.message || error.field.isEmpty())
        return text;
    return QCoreApplication::translate("mente::console::FieldErrors", "%1: %2").arg(error.field, text);
}

void FieldErrors::bind(const QString &field, QWidget *widget, const QString &caption)
{
    m_widgets.insert(field, widget);
    m_captions.insert(field, caption);
}

void FieldErrors::clear()
{
    for (QWidget *w : std::as_const(m_widgets))
        w->setStyleSheet({});
    m_label->clear();
    m_label->hide();
}

void FieldErrors::show(const Error &error)
{
    clear();
    QWidget *widget = m_widgets.value(error.field);
    if (widget) {
        widget->setStyleSheet(QStringLiteral("border: 1px solid #c62828"));
        widget->setFocus();
        showMessage(QCoreApplication::translate("mente::console::FieldErrors", "%1: %2")
                        .arg(m_captions.value(error.field), ErrorMessages::text(error)),
                    true);
    } else {
        showMessage(ErrorMessages::text(error), true);
    }
}

void FieldErrors::showMessage(const QString &message, bool isError)
{
    m_label->setStyleSheet(isError ? QStringLiteral("color: #c62828") : QStringLiteral("color: #2e7d32"));
    m_label->setText(message);
    m_label->setVisible(!message.isEmpty());
}

} // namespace mente::console
