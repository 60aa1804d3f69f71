// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Inquiry.h"
#include "shared/Result.h"

#include <QList>

#include <optional>

namespace mente::box {

class Database;

// The customer's inquiry log (F11).
class InquiryStore
{
public:
    explicit InquiryStore(Database &db) : m_db(db) {}

    QList<Inquiry> list(const QString &status = {}) const;
    std::optional<Inquiry> byId(qint64 id) const;
    Result<Inquiry> insert(const Inquiry &inquiry);
    Status update(const Inquiry &inquiry);

private:
    Database &m_db;
};

} // namespace mente::box
