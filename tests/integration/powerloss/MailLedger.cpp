// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailLedger.h"

#include <QHash>

#include <gtest/gtest.h>

namespace mente::test {

namespace {
int rowsFor(const QList<OutboxRow> &outbox, const QString &kind, const QList<qint64> &seqs)
{
    int n = 0;
    for (const OutboxRow &r : outbox)
        if (r.kind == kind && seqs.contains(r.eventSeq))
            ++n;
    return n;
}
} // namespace

LedgerSummary checkLedger(const QList<OutboxRow> &outbox, const QList<StateEvent> &events,
                          const QList<ReceivedMail> &received, int recipients)
{
    LedgerSummary sum;
    sum.rows = int(outbox.size());
    sum.received = int(received.size());
    QHash<QByteArray, int> copies;
    for (const ReceivedMail &m : received)
        ++copies[m.mail.headers.value("message-id")];
    QHash<QByteArray, qint64> known;
    for (const OutboxRow &r : outbox) {
        known.insert(r.messageId, r.id);
        sum.interrupted += r.interrupted;
        EXPECT_FALSE(r.messageId.isEmpty()) << "outbox mail " << r.id << " has no Message-ID";
        EXPECT_EQ(r.state, QStringLiteral("sent")) << "outbox mail " << r.id << " (" << qPrintable(r.kind) << ")";
        const int n = copies.value(r.messageId);
        EXPECT_GE(n, 1) << "outbox mail " << r.id << " (" << qPrintable(r.kind) << ", event " << r.eventSeq << ") is "
                        << qPrintable(r.state) << " but never arrived: lost";
        EXPECT_LE(n, 1 + r.interrupted) << "outbox mail " << r.id << " arrived " << n
                                        << " times but the outbox records " << r.interrupted << " interrupted send(s), "
                                        << r.attempts << " attempt(s)";
        if (n > 1)
            sum.extraCopies += n - 1;
    }
    for (auto it = copies.cbegin(); it != copies.cend(); ++it)
        EXPECT_TRUE(known.contains(it.key()))
            << "the sink received " << it.value() << " mail(s) " << it.key().constData() << " the outbox does not know";

    QHash<QString, qint64> lastFault; // "kind/id" -> seq of its last change into fault
    for (const StateEvent &e : events) {
        const QString target = e.kind + QLatin1Char('/') + QString::number(e.targetId);
        if (e.to == QLatin1String("fault") && e.from != QLatin1String("fault")
            && !e.detail.value(QStringLiteral("muted")).toBool()) {
            ++sum.faultEvents;
            lastFault.insert(target, e.seq);
            EXPECT_EQ(rowsFor(outbox, QStringLiteral("fault"), {e.seq}), recipients)
                << "fault mails of event " << e.seq << " (" << qPrintable(target) << ")";
        } else if (e.from == QLatin1String("fault") && e.to == QLatin1String("ok") && lastFault.contains(target)) {
            ++sum.recoveryEvents;
            // The recovery names the event, or the fault's when the repeat timer saw it first.
            EXPECT_EQ(rowsFor(outbox, QStringLiteral("recovery"), {e.seq, lastFault.value(target)}), recipients)
                << "recovery mails of event " << e.seq << " (" << qPrintable(target) << ")";
            lastFault.remove(target);
        } else if (e.from == QLatin1String("fault")) {
            lastFault.remove(target); // to unknown: the fault ends without a mail
        }
    }
    return sum;
}

} // namespace mente::test
