// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mente {
struct DiscoveryRun;
}

namespace mente::console {

class BoxLink;

// Above the device tree: starts a LAN sweep on the box and shows how far it is (the last sweep,
// asked again while it runs), tells how many devices are new, and marks them seen.
class DiscoveryBar : public QWidget
{
    Q_OBJECT
public:
    DiscoveryBar(BoxLink *link, QWidget *parent = nullptr);

    void startSweep();
    void clearNew(const QList<qint64> &ids); // empty: every new device
    void setNewCount(int count);
    bool isSweeping() const;

signals:
    void sweepFinished(); // the device list is worth reloading
    void newCleared();
    void requestFailed(const QString &message);

private:
    void poll();
    void showRun(const DiscoveryRun &run);

    BoxLink *m_link;
    QPushButton *m_sweep;
    QPushButton *m_clear;
    QProgressBar *m_progress;
    QLabel *m_text;
    QTimer *m_timer;
};

} // namespace mente::console
