// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveFleet.h"

#include "LiveBox.h"

#include <QDir>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

namespace mente::bench {

LiveFleet::LiveFleet(QObject *parent) : QObject(parent) {}

LiveFleet::~LiveFleet()
{
    for (int t = 0; t < m_threads.size(); ++t) {
        QMetaObject::invokeMethod(
            m_contexts.at(t),
            [this, t] {
                for (int i = t; i < m_boxes.size(); i += int(m_threads.size()))
                    delete m_boxes.at(i);
                delete m_contexts.at(t);
            },
            Qt::BlockingQueuedConnection);
        m_threads.at(t)->quit();
        m_threads.at(t)->wait();
        delete m_threads.at(t);
    }
}

void LiveFleet::onBox(LiveBox *box, const std::function<void()> &work)
{
    QMetaObject::invokeMethod(box, work, Qt::BlockingQueuedConnection);
}

bool LiveFleet::start(int boxes, int threads, const QString &certDir, const QString &password, int keepaliveS,
                      int devices, QString *error)
{
    m_boxes = QList<LiveBox *>(boxes, nullptr);
    QStringList errors(threads);
    QSemaphore done;
    for (int t = 0; t < threads; ++t) {
        auto *thread = new QThread;
        auto *context = new QObject;
        context->moveToThread(thread);
        thread->start();
        m_threads.append(thread);
        m_contexts.append(context);
        // Each thread makes and owns every threads-th box: certificates are made in parallel and
        // every box's sockets are polled by its own thread, as a thousand boxes would each poll theirs.
        QMetaObject::invokeMethod(context, [=, this, &errors, &done] {
            for (int i = t; i < boxes && errors.at(t).isEmpty(); i += threads) {
                const QString dir = certDir + QStringLiteral("/box%1").arg(i);
                QDir().mkpath(dir);
                auto identity =
                    box::TlsCertificate::loadOrCreate(dir, QStringLiteral("MB-LIVE-%1").arg(i + 1),
                                                      {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
                if (!identity) {
                    errors[t] = QStringLiteral("box %1: no certificate: %2").arg(i).arg(identity.error().message);
                    break;
                }
                auto *b = new LiveBox(i, identity.value(), password, keepaliveS, devices);
                m_boxes[i] = b;
                if (!b->listen(0)) {
                    errors[t] = QStringLiteral("box %1: cannot listen on 127.0.0.1").arg(i);
                    break;
                }
                connect(
                    b, &LiveBox::attempted, b,
                    [this](int index) {
                        const QMutexLocker lock(&m_attemptsLock);
                        if (index >= m_watchFirst && index < m_watchFirst + m_watchCount)
                            m_attempts.append(m_sinceDrop.elapsed());
                    },
                    Qt::DirectConnection);
            }
            done.release();
        });
    }
    done.acquire(threads);
    for (const QString &e : std::as_const(errors))
        if (!e.isEmpty()) {
            *error = e;
            return false;
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
        if (!b)
            return QStringLiteral("error box");
        qint64 seq = 0;
        onBox(b, [b, &seq] { seq = b->inject(); });
        return QStringLiteral("injected %1 %2").arg(w[1]).arg(seq);
    }
    if (w[0] == QLatin1String("drop")) {
        if (!range(&first, &count))
            return QStringLiteral("error range");
        {
            const QMutexLocker lock(&m_attemptsLock);
            m_watchFirst = first;
            m_watchCount = count;
            m_attempts.clear();
            m_restoredMs = -1;
            m_sinceDrop.start();
        }
        for (int i = first; i < first + count; ++i)
            onBox(m_boxes.at(i), [b = m_boxes.at(i)] { b->drop(); });
        return QStringLiteral("dropped %1").arg(count);
    }
    if (w[0] == QLatin1String("restore")) {
        if (!range(&first, &count))
            return QStringLiteral("error range");
        {
            const QMutexLocker lock(&m_attemptsLock);
            if (m_sinceDrop.isValid())
                m_restoredMs = m_sinceDrop.elapsed();
        }
        for (int i = first; i < first + count; ++i)
            onBox(m_boxes.at(i), [b = m_boxes.at(i)] { b->restore(); });
        return QStringLiteral("restored %1").arg(count);
    }
    if (w[0] == QLatin1String("streams")) {
        int n = 0;
        for (LiveBox *b : std::as_const(m_boxes))
            onBox(b, [b, &n] { n += b->streamCount(); });
        return QStringLiteral("streams %1").arg(n);
    }
    if (w[0] == QLatin1String("attempts")) {
        const QMutexLocker lock(&m_attemptsLock);
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
