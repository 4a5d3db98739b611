#pragma once

#include "db/database.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace sf::test {

enum class Backend { SQLite, PostgreSQL };

// The PostgreSQL test server from SF_TEST_PG_HOST/PORT/USER/DB, if configured.
std::optional<DatabaseConfig> postgresConfig();

// A database of the given backend, emptied and migrated to the newest schema (or to `version`).
class TestDatabase {
public:
    explicit TestDatabase(Backend backend, int version = -1, bool migrate = true);
    ~TestDatabase();

    Database &db() { return *m_db; }
    const QString &error() const { return m_error; }
    QString sqlitePath() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

// Runs `body` once per available backend, each in its own Catch2 section on a fresh database.
// PostgreSQL is mandatory when CI=true.
void onEachBackend(const std::function<void(Database &)> &body);

// True when the PostgreSQL test server is configured; otherwise warns that the test is skipped (and
// fails when CI=true, where PostgreSQL is mandatory).
bool postgresAvailable();

// As a server restart would: ends every client session of the PostgreSQL test database but `survivor`'s.
void endOtherSessions(const Database &survivor);

// Drops every SoleFlipper schema from the PostgreSQL test database.
bool resetPostgres(const Database &db);

} // namespace sf::test
