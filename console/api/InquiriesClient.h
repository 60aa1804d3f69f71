// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Inquiry.h"

namespace mente::console {

// The inquiries scope of a box's API (F11): the inquiry log of the customer. A box without it
// answers 404 (status()).
class InquiriesClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void list(QObject *context, Then<QList<Inquiry>> done) const;
    void add(const InquiryDraft &draft, QObject *context, Then<Inquiry> done) const;
    void update(qint64 id, const InquiryDraft &draft, QObject *context, Then<Inquiry> done) const;
};

} // namespace mente::console
