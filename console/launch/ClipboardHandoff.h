// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace mente::console {

// The last resort for programs without a safe password channel: the password on the clipboard,
// wiped after a while if it is still there (and never logged).
class ClipboardHandoff : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardHandoff(int clearAfterMs = 30000, QObject *parent = nullptr);

    void put(const QString &secret);
    void clearNow();
    int clearAfterMs() const { return m_clearAfterMs; }

private:
    int m_clearAfterMs;
    QString m_secret;
};

} // namespace mente::console
