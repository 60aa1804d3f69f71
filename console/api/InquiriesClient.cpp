// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/InquiriesClient.h"

#include "shared/ApiPaths.h"

namespace mente::console {

void InquiriesClient::list(QObject *context, Then<QList<Inquiry>> done) const
{
    send<QList<Inquiry>>("GET", api::Inquiries, {}, context, &ApiScope::list<Inquiry>, std::move(done));
}

void InquiriesClient::add(const InquiryDraft &draft, QObject *context, Then<Inquiry> done) const
{
    send<Inquiry>("POST", api::Inquiries, draft.toJson(), context, &ApiScope::one<Inquiry>, std::move(done));
}

void InquiriesClient::update(qint64 id, const InquiryDraft &draft, QObject *context, Then<Inquiry> done) const
{
    send<Inquiry>("PUT", api::Inquiries + QLatin1Char('/') + QString::number(id), draft.toJson(), context,
                  &ApiScope::one<Inquiry>, std::move(done));
}

} // namespace mente::console
