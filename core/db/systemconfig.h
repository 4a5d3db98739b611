#pragma once

#include "database.h"

#include <optional>

namespace sf {

// Settings that belong to the database rather than to one computer (core.system_config): every client of
// a shared database reads the same values.
class SystemConfig {
public:
    explicit SystemConfig(const Database &db)
        : m_db(db)
    {}

    Result<std::optional<QString>> value(const QString &key) const;
    // A whole number, or `fallback` when the key is missing or not a number.
    Result<int> number(const QString &key, int fallback) const;
    Status setValue(const QString &key, const QString &value, const QString &description = {}) const;

    // How often the dashboard recomputes on its own, in seconds, for changes made by other clients of a
    // shared database (its own writes recompute it at once). The original had this hard-coded as a cache
    // lifetime.
    static constexpr auto kDashboardRefreshSeconds = "dashboard.refresh_seconds";
    static constexpr int kDefaultDashboardRefreshSeconds = 300;

private:
    const Database &m_db;
};

} // namespace sf
