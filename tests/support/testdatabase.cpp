#include "testdatabase.h"

#include "latencyproxy.h"

#include "db/migrator.h"
#include "db/sqlquery.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace sf::test {

std::optional<DatabaseConfig> postgresConfig()
{
    const QString host = qEnvironmentVariable("SF_TEST_PG_HOST");
    if (host.isEmpty())
        return std::nullopt;
    DatabaseConfig config;
    config.kind = DatabaseConfig::Kind::PostgreSQL;
    config.host = host;
    config.port = qEnvironmentVariableIntValue("SF_TEST_PG_PORT");
    if (config.port == 0)
        config.port = 5432;
    config.user = qEnvironmentVariable("SF_TEST_PG_USER", u"postgres"_s);
    config.databaseName = qEnvironmentVariable("SF_TEST_PG_DB", u"postgres"_s);
    config.sslMode = u"disable"_s;
    // SF_TEST_PG_LATENCY_MS=5: every test reaches the server through a proxy that adds 5 ms each way.
    if (const int delay = qEnvironmentVariableIntValue("SF_TEST_PG_LATENCY_MS"); delay > 0) {
        // Made once and kept to the end of the process, like the server it stands in front of.
        static LatencyProxy *const proxy = new LatencyProxy(QHostAddress(config.host), quint16(config.port), delay);
        config.host = u"127.0.0.1"_s;
        config.port = proxy->port();
    }
    return config;
}

void endOtherSessions(const Database &survivor)
{
    SqlQuery kill(survivor, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                            "AND datname = current_database() AND backend_type = 'client backend'"_s);
    REQUIRE(kill.exec());
}

bool resetPostgres(const Database &db)
{
    const Status status =
        execAll(db, {u"DROP SCHEMA IF EXISTS catalog, inventory, supplier, platform, sales, pricing, analytics, "
                     "integration, logging, core CASCADE"_s});
    if (!status)
        WARN(status.error().toString().toStdString());
    return status.ok();
}

TestDatabase::TestDatabase(Backend backend, int version, bool migrate)
{
    DatabaseConfig config;
    if (backend == Backend::SQLite) {
        m_dir = std::make_unique<QTemporaryDir>();
        config.kind = DatabaseConfig::Kind::SQLite;
        config.sqlitePath = m_dir->filePath(u"test.sqlite"_s);
    } else {
        config = *postgresConfig();
    }
    m_db = std::make_unique<Database>(config);
    if (Status status = m_db->open(); !status) {
        m_error = status.error().toString();
        return;
    }
    if (backend == Backend::PostgreSQL && !resetPostgres(*m_db)) {
        m_error = u"cannot reset the PostgreSQL test schemas"_s;
        return;
    }
    if (migrate) {
        const Result<int> migrated = Migrator(*m_db).migrate(version);
        if (!migrated)
            m_error = migrated.error().toString();
    }
}

TestDatabase::~TestDatabase() = default;

QString TestDatabase::sqlitePath() const
{
    return m_db->config().sqlitePath;
}

bool postgresAvailable()
{
    if (postgresConfig())
        return true;
    if (qEnvironmentVariable("CI") == u"true"_s)
        FAIL("CI=true but SF_TEST_PG_HOST is not set: the PostgreSQL tests must run in CI");
    WARN("no PostgreSQL test server: skipped");
    return false;
}

void onEachBackend(const std::function<void(Database &)> &body)
{
    QList<Backend> backends{Backend::SQLite};
    if (postgresConfig())
        backends << Backend::PostgreSQL;
    else if (qEnvironmentVariable("CI") == u"true"_s)
        FAIL("CI=true but SF_TEST_PG_HOST is not set: the PostgreSQL tests must run in CI");
    for (Backend backend : backends) {
        DYNAMIC_SECTION((backend == Backend::SQLite ? "sqlite" : "postgresql"))
        {
            TestDatabase test(backend);
            INFO(test.error().toStdString());
            REQUIRE(test.error().isEmpty());
            body(test.db());
        }
    }
}

} // namespace sf::test
