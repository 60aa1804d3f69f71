// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <utility>

namespace mente::console {

// What one typed call to a box gave: the decoded answer, or why there is none (the box's own
// error, no answer at all, or an answer the console cannot read; that error names the field).
template<typename T> class ApiResult
{
public:
    ApiResult(int status, Result<T> result, bool unreadable = false)
        : m_status(status), m_result(std::move(result)), m_unreadable(unreadable)
    {}

    bool ok() const { return m_result.ok(); }
    const T &value() const { return m_result.value(); }
    const Error &error() const { return m_result.error(); }
    int status() const { return m_status; } // the HTTP status; 0 when the box did not answer
    bool reached() const { return m_status != 0; }
    // The box said yes but its answer does not read as the contract's type.
    bool unreadable() const { return m_unreadable; }

private:
    int m_status;
    Result<T> m_result;
    bool m_unreadable;
};

} // namespace mente::console
