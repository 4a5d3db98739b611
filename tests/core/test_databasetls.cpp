// TLS to a team server: the CI server runs with a certificate signed by a throwaway CA
// (tests/support/make-tls-certs.sh, SF_TEST_PG_TLS_DIR).
#include "catchqt.h"
#include "testdatabase.h"

#include "db/sqlquery.h"

#include <QDir>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {

QString tlsDir()
{
    const QString dir = qEnvironmentVariable("SF_TEST_PG_TLS_DIR");
    if (dir.isEmpty() && qEnvironmentVariable("CI") == u"true"_s)
        FAIL("CI=true but SF_TEST_PG_TLS_DIR is not set: the TLS tests must run in CI");
    return dir;
}

DatabaseConfig tlsConfig(const QString &mode, const QString &caFile)
{
    DatabaseConfig config = *postgresConfig();
    config.sslMode = mode;
    config.sslRootCert = caFile;
    return config;
}

// Whether this connection is encrypted, as the server sees it.
bool encrypted(const Database &db)
{
    SqlQuery q(db, u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    return q.exec() && q.next() && q.value(0).toBool();
}

} // namespace

TEST_CASE("TLS: verify-full connects with the server's CA and refuses a server it cannot verify", "[db][tls]")
{
    if (!postgresAvailable())
        return;
    const QString dir = tlsDir();
    if (dir.isEmpty()) {
        WARN("no TLS test server (SF_TEST_PG_TLS_DIR): skipped");
        return;
    }
    const QString ca = QDir(dir).filePath(u"ca.crt"_s);

    SECTION("with the CA chosen in Settings it connects, encrypted")
    {
        const Database db(tlsConfig(u"verify-full"_s, ca));
        REQUIRE(db.open());
        CHECK(encrypted(db));
        db.releaseThreadConnection();
    }
    SECTION("require encrypts without the CA")
    {
        const Database db(tlsConfig(u"require"_s, {}));
        REQUIRE(db.open());
        CHECK(encrypted(db));
        db.releaseThreadConnection();
    }
    SECTION("without a CA, verify-full refuses and says where to choose one")
    {
        // libpq would otherwise look in the tester's own ~/.postgresql.
        qputenv("PGSSLROOTCERT", QDir(dir).filePath(u"missing.crt"_s).toUtf8());
        const Database db(tlsConfig(u"verify-full"_s, {}));
        const Status opened = db.open();
        qunsetenv("PGSSLROOTCERT");
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(u"CA file"_s));
        db.releaseThreadConnection();
    }
    SECTION("a certificate from another CA is refused")
    {
        const QString other = QDir(dir).filePath(u"other-ca.crt"_s);
        const Database db(tlsConfig(u"verify-full"_s, other));
        const Status opened = db.open();
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(u"certificate verify failed"_s));
        CHECK(opened.error().message.contains(other));
        db.releaseThreadConnection();
    }
    SECTION("a server reached under another name than its certificate's is refused")
    {
        DatabaseConfig config = tlsConfig(u"verify-full"_s, ca);
        config.host = u"localhost"_s; // the same server, but its certificate names only 127.0.0.1
        const Database db(config);
        const Status opened = db.open();
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(u"does not match host name"_s));
        CHECK(opened.error().message.contains(u"made out to another name than localhost"_s));
        db.releaseThreadConnection();
    }
}

TEST_CASE("TLS: the CA file travels in the URL and in the settings", "[db][tls]")
{
    const auto config = DatabaseConfig::fromString(
        u"postgresql://anna@db.example.com:5433/shop?sslmode=verify-full&sslrootcert=/etc/ssl/our%20ca.crt"_s);
    REQUIRE(config);
    CHECK(config.value().sslMode == u"verify-full"_s);
    CHECK(config.value().sslRootCert == u"/etc/ssl/our ca.crt"_s);
    const auto options = config.value().connectOptions();
    REQUIRE(options);
    CHECK(options.value() == u"connect_timeout=5;sslmode=verify-full;sslrootcert='/etc/ssl/our ca.crt'"_s);

    DatabaseConfig odd = config.value();
    odd.sslRootCert = u"/home/o'neil/ca.crt"_s;
    CHECK(odd.connectOptions().value().endsWith(u"sslrootcert='/home/o\\'neil/ca.crt'"_s));
    odd.sslRootCert = u"/tmp/a;b.crt"_s;
    CHECK_FALSE(odd.connectOptions());
}
