// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace mente::test {

// Waits (running the event loop) until a visible top-level or child widget of type W with this
// object name exists; nullptr on timeout.
template<typename W> W *waitForWidget(const QString &name, int timeoutMs = 20000)
{
    W *found = nullptr;
    (void)QTest::qWaitFor(
        [&]() {
            const auto tops = QApplication::topLevelWidgets();
            for (QWidget *top : tops) {
                if (auto *w = qobject_cast<W *>(top); w && w->objectName() == name && w->isVisible()) {
                    found = w;
                    return true;
                }
                const auto children = top->findChildren<W *>(name);
                for (W *c : children)
                    if (c->isVisible()) {
                        found = c;
                        return true;
                    }
            }
            return false;
        },
        timeoutMs);
    return found;
}

} // namespace mente::test
