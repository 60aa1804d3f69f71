// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/ClipboardHandoff.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace mente::console {

ClipboardHandoff::ClipboardHandoff(int clearAfterMs, QObject *parent) : QObject(parent), m_clearAfterMs(clearAfterMs) {}

void ClipboardHandoff::put(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    m_secret = secret;
    clipboard->setText(secret);
    QTimer::singleShot(m_clearAfterMs, this, &ClipboardHandoff::clearNow);
}

void ClipboardHandoff::clearNow()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard && !m_secret.isEmpty() && clipboard->text() == m_secret)
        clipboard->clear(); // only our own text: the operator may have copied something else since
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
}

} // namespace mente::console
