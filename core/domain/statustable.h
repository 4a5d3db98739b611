#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sf {

// The fixed words of a status enum: the key the database stores and the name people see (translated
// in `context`). One table per enum; lookups walk it, it has a handful of entries.
template <typename Status> struct StatusWord {
    Status status;
    const char16_t *key;
    const char *name; // QT_TRANSLATE_NOOP(context, …)
};

template <typename Status, std::size_t N> class StatusTable {
public:
    constexpr StatusTable(const char *context, const StatusWord<Status> (&words)[N])
        : m_context(context)
    {
        for (std::size_t i = 0; i < N; ++i)
            m_words[i] = words[i];
    }

    QList<Status> all() const
    {
        QList<Status> result;
        for (const auto &w : m_words)
            result.append(w.status);
        return result;
    }
    QString key(Status status) const { return QString::fromUtf16(word(status).key); }
    std::optional<Status> fromKey(const QString &key) const
    {
        for (const auto &w : m_words)
            if (key == QString::fromUtf16(w.key))
                return w.status;
        return std::nullopt;
    }
    QString displayName(Status status) const { return QCoreApplication::translate(m_context, word(status).name); }

private:
    const StatusWord<Status> &word(Status status) const
    {
        for (const auto &w : m_words)
            if (w.status == status)
                return w;
        Q_UNREACHABLE();
    }

    const char *m_context;
    StatusWord<Status> m_words[N]{};
};

// Each status enum declares `const StatusTable<Status, N> &statusTable(Status)`; these find it by the
// enum's type, so every enum gets the same four operations without writing them again.
template <typename Status> QString statusKey(Status status)
{
    return statusTable(Status{}).key(status);
}
template <typename Status> std::optional<Status> statusFromKey(const QString &key)
{
    return statusTable(Status{}).fromKey(key);
}
template <typename Status> QString statusName(Status status)
{
    return statusTable(Status{}).displayName(status);
}
template <typename Status> QList<Status> allStatuses()
{
    return statusTable(Status{}).all();
}

} // namespace sf
