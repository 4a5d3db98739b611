#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sf {

// An error that crosses the core boundary as a value: what failed (code), what to tell the user
// (message) and where it happened (context, e.g. a table, a file and line, a URL).
struct Error {
    QString code;
    QString message;
    QString context;

    QString toString() const { return context.isEmpty() ? message : message + u" (" + context + u')'; }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

// The first element of a list result, if any: for lookups that expect zero or one row.
template <typename List> auto firstOf(Result<List> rows) -> Result<std::optional<typename List::value_type>>
{
    using T = typename List::value_type;
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<T>();
    return std::optional<T>(rows.value().first());
}

} // namespace sf
