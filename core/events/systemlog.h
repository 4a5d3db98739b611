#pragma once

#include "db/database.h"

#include <QJsonObject>

namespace sf {

// Operator-facing errors and notices, kept in logging.system_logs so they can be looked at later.
class SystemLog {
public:
    enum class Level { Info, Warning, Error };

    explicit SystemLog(const Database &db)
        : m_db(db)
    {}

    Status write(Level level, const QString &component, const QString &message, const QJsonObject &details = {}) const;
    Status write(const QString &component, const Error &error) const;
    Result<QStringList> recent(int limit) const;

private:
    const Database &m_db;
};

} // namespace sf
