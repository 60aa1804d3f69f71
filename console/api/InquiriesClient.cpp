// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/InquiriesClient.h"

namespace mente::console {

void InquiriesClient::list(QObject *context, Then<QList<Inquiry>> done) const
{
    send<QList<Inquiry>>(to(api::RouteId::InquiryList), {}, context, &ApiScope::list<Inquiry>, std::move(done));
}

void InquiriesClient::add(const InquiryDraft &draft, QObject *context, Then<Inquiry> done) const
{
    send<Inquiry>(to(api::RouteId::InquiryCreate), draft.toJson(), context, &ApiScope::one<Inquiry>, std::move(done));
}

void InquiriesClient::update(qint64 id, const InquiryDraft &draft, QObject *context, Then<Inquiry> done) const
{
    send<Inquiry>(to(api::RouteId::InquiryUpdate, id), draft.toJson(), context, &ApiScope::one<Inquiry>,
                  std::move(done));
}

} // namespace mente::console
