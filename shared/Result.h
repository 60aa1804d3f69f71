// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mente {

// An expected failure: a machine code, words for a person, and the field it is about.
struct Error
{
    QString code;    // "validation", "json", "conflict", "not_found", ...
    QString message; // English; the UI translates by code and field where it can
    QString field;   // the offending field's wire name, empty when it is the whole input

    static Error validation(const QString &field, const QString &message)
    {
        return {QStringLiteral("validation"), message, field};
    }
};

// A value or an Error; failures are values, never exceptions.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace mente
