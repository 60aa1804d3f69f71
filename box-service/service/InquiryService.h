// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/Inquiry.h"
#include "shared/Result.h"

#include <QList>

#include <optional>

namespace mente {
class Clock;
}

namespace mente::box {

class AuditLog;
class Database;
class InquiryStore;

// The inquiry log (F11): what customers asked and what was done, each change audited.
class InquiryService
{
public:
    InquiryService(Database &db, InquiryStore &inquiries, AuditLog &audit, const Clock &clock);

    // status: one of Inquiry::statuses(), or empty for all; another is a validation error on "status".
    Result<QList<Inquiry>> list(const QString &status) const;
    std::optional<Inquiry> inquiry(qint64 id) const;
    Result<Inquiry> create(const Actor &actor, const InquiryDraft &draft);
    Result<Inquiry> update(const Actor &actor, qint64 id, const InquiryDraft &draft);

private:
    Database &m_db;
    InquiryStore &m_inquiries;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace mente::box
