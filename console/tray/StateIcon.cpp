// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/StateIcon.h"

#include "fleet/StateText.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace mente::console {

QIcon stateIcon(HealthState state)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = stateColor(state);
        const qreal m = size * 0.06;
        // A rounded "box" with a status dot: the product's mark, in the state's colour.
        p.setPen(QPen(color.darker(130), std::max(1.0, size / 16.0)));
        p.setBrush(color);
        p.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), size * 0.18, size * 0.18);
        p.setPen(QPen(Qt::white, std::max(1.5, size / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        const qreal s = size;
        QPainterPath mark;
        if (state == HealthState::Ok) { // a tick
            mark.moveTo(s * 0.28, s * 0.52);
            mark.lineTo(s * 0.44, s * 0.68);
            mark.lineTo(s * 0.72, s * 0.34);
        } else if (state == HealthState::Fault) { // an exclamation mark
            mark.moveTo(s * 0.5, s * 0.25);
            mark.lineTo(s * 0.5, s * 0.58);
            mark.moveTo(s * 0.5, s * 0.74);
            mark.lineTo(s * 0.5, s * 0.75);
        } else { // a dash
            mark.moveTo(s * 0.3, s * 0.5);
            mark.lineTo(s * 0.7, s * 0.5);
        }
        p.drawPath(mark);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace mente::console
