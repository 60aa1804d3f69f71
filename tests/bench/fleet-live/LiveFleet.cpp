// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveFleet.h"

#include "LiveBox.h"

#include <QDir>

namespace mente::bench {

LiveFleet::LiveFleet(QObject *parent) : QObject(parent) {}

LiveFleet::~LiveFleet()
{
    qDeleteAll(m_boxes);
}

bool LiveFleet::start(int boxes, const QString &certDir, const QString &password, int keepaliveS, int devices,
                      QString *error)
{
    for (int i = 0; i < boxes; ++i) {
        const QString dir = certDir + QStringLiteral("/box%1").arg(i);
        QDir().mkpath(dir);
        auto identity = box::TlsCertificate::loadOrCreate(dir, QStringLiteral("MB-LIVE-%1").arg(i + 1),
                                                          {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
        if (!identity) {
            *error = QStringLiteral("box %1: no certificate: %2").arg(i).arg(identity.error().message);
            return false;
        }
        auto *b = new LiveBox(i, identity.value(), password, keepaliveS, devices);
        m_boxes.append(b);
        if (!b->listen(0)) {
            *error = QStringLiteral("box %1: cannot listen on 127.0.0.1").arg(i);
            return false;
        }
        connect(b, &LiveBox::attempted, this, [this](int index) {
            if (index >= m_watchFirst && index < m_watchFirst + m_watchCount)
                m_attempts.append(m_sinceDrop.elapsed());
        });
    }
    return true;
}

QString LiveFleet::command(const QString &line)
{
    const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (w.isEmpty())
        return {};
    const auto boxAt = [this](const QString &text) -> LiveBox * {
        bool ok = false;
        const int i = text.toInt(&ok);
        return ok && i >= 0 && i < m_boxes.size() ? m_boxes.at(i) : nullptr;
    };
    const auto range = [this, &w](int *first, int *count) {
        bool ok1 = false, ok2 = false;
        *first = w.value(1).toInt(&ok1);
        *count = w.value(2).toInt(&ok2);
        return ok1 && ok2 && *first >= 0 && *count > 0 && *first + *count <= m_boxes.size();
    };
    int first = 0, count = 0;
    if (w[0] == QLatin1String("event")) {
        LiveBox *b = boxAt(w.value(1));
        return b ? QStringLiteral("injected %1 %2").arg(w[1]).arg(b->inject()) : QStringLiteral("error box");
    }
    if (w[0] == QLatin1String("drop")) {
        if (!range(&first, &count))
            return QStringLiteral("error range");
        m_watchFirst = first;
        m_watchCount = count;
        m_attempts.clear();
        m_restoredMs = -1;
        m_sinceDrop.start();
        for (int i = first; i < first + count; ++i)
            m_boxes.at(i)->drop();
        return QStringLiteral("dropped %1").arg(count);
    }
    if (w[0] == QLatin1String("restore")) {
        if (!range(&first, &count))
            return QStringLiteral("error range");
        if (m_sinceDrop.isValid())
            m_restoredMs = m_sinceDrop.elapsed();
        for (int i = first; i < first + count; ++i)
            m_boxes.at(i)->restore();
        return QStringLiteral("restored %1").arg(count);
    }
    if (w[0] == QLatin1String("streams")) {
        int n = 0;
        for (const LiveBox *b : std::as_const(m_boxes))
            n += b->streamCount();
        return QStringLiteral("streams %1").arg(n);
    }
    if (w[0] == QLatin1String("attempts")) {
        QString out = QStringLiteral("attempts %1").arg(m_restoredMs);
        for (const qint64 ms : std::as_const(m_attempts))
            out += QLatin1Char(' ') + QString::number(ms);
        return out;
    }
    if (w[0] == QLatin1String("quit")) {
        emit quitRequested();
        return QStringLiteral("bye");
    }
    return QStringLiteral("error unknown command");
}

} // namespace mente::bench
