// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/InquiryService.h"

#include "shared/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/InquiryStore.h"

namespace mente::box {

InquiryService::InquiryService(Database &db, InquiryStore &inquiries, AuditLog &audit, const Clock &clock)
    : m_db(db), m_inquiries(inquiries), m_audit(audit), m_clock(clock)
{}

Result<QList<Inquiry>> InquiryService::list(const QString &status) const
{
    if (!status.isEmpty() && !Inquiry::statuses().contains(status))
        return Error::validation(
            QStringLiteral("status"),
            QStringLiteral("status is one of %1.").arg(Inquiry::statuses().join(QStringLiteral(", "))));
    return m_inquiries.list(status);
}

std::optional<Inquiry> InquiryService::inquiry(qint64 id) const
{
    return id > 0 ? m_inquiries.byId(id) : std::nullopt;
}

Result<Inquiry> InquiryService::create(const Actor &actor, const InquiryDraft &draft)
{
    Inquiry inquiry;
    inquiry.createdAt = inquiry.updatedAt = m_clock.now();
    inquiry.date = inquiry.createdAt.date();
    inquiry.operatorName = actor.op.name.isEmpty() ? actor.op.login : actor.op.name;
    draft.applyTo(inquiry);
    Result<Inquiry> saved = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        saved = m_inquiries.insert(inquiry);
        if (!saved)
            return saved.error();
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("inquiry.add"),
                               QString::number(saved->id), inquiry.subject});
    });
    if (!s)
        return s.error();
    return saved;
}

Result<Inquiry> InquiryService::update(const Actor &actor, qint64 id, const InquiryDraft &draft)
{
    auto inquiry = this->inquiry(id);
    if (!inquiry)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such inquiry."), {}};
    draft.applyTo(*inquiry);
    inquiry->updatedAt = m_clock.now();
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status u = m_inquiries.update(*inquiry); !u)
            return u;
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("inquiry.update"),
                               QString::number(id), draft.toJson().keys().join(QLatin1Char(','))});
    });
    if (!s)
        return s.error();
    return *m_inquiries.byId(id);
}

} // namespace mente::box
