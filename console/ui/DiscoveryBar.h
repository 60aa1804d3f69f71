// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mente {
struct DiscoveryRun;
}

namespace mente::console {

class BoxLink;

// Above the device tree: starts a LAN sweep on the box and shows how far it is (the box's
// "discovery.progress" events while it runs, its "discovery" event at the end; the last sweep is
// asked once, when the bar opens), tells how many devices are new, and marks them seen.
class DiscoveryBar : public QWidget
{
    Q_OBJECT
public:
    DiscoveryBar(BoxLink *link, QWidget *parent = nullptr);

    void startSweep();
    void clearNew(const QList<qint64> &ids); // empty: every new device
    void setNewCount(int count);
    bool isSweeping() const { return m_sweeping; }
    void onEvent(const mente::Event &event); // the box's events: the sweep's progress and end

signals:
    void sweepFinished(); // the device list is worth reloading
    void newCleared();
    void requestFailed(const QString &message);

private:
    void refresh();                                            // asks the box for its last sweep
    void showRun(const DiscoveryRun &run, bool ended = false); // ended: the box said so (its event)
    void showProgress(int done, int total);

    BoxLink *m_link;
    QPushButton *m_sweep;
    QPushButton *m_clear;
    QProgressBar *m_progress;
    QLabel *m_text;
    bool m_sweeping = false;
};

} // namespace mente::console
