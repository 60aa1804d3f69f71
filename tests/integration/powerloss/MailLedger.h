// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoxDatabase.h"
#include "SmtpSink.h"

namespace mente::test {

struct LedgerSummary
{
    int rows = 0;           // mails in the outbox
    int received = 0;       // mails in the sink's folder
    int extraCopies = 0;    // copies received beyond the first (each covered by an interrupted send)
    int interrupted = 0;    // interrupted sends the outbox records
    int faultEvents = 0;    // state changes into fault
    int recoveryEvents = 0; // state changes from fault to ok
};

// Holds the outbox against what the SMTP server received and against the events that must mail:
// every mail is sent and received at least once, more often only as far as the outbox records
// interrupted sends, nothing arrives that the outbox does not know, and every change of a device
// or port into fault and back to ok has its mail to each of `recipients`. Each breach is a gtest
// failure naming the mail or event.
LedgerSummary checkLedger(const QList<OutboxRow> &outbox, const QList<StateEvent> &events,
                          const QList<ReceivedMail> &received, int recipients);

} // namespace mente::test
