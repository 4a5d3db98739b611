// Team roles on PostgreSQL (migration 0017): each operator logs in as a user of their own that is a member
// of soleflipper_admin, soleflipper_operator or soleflipper_viewer; the server enforces the grants.
#include "catchqt.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "db/migrator.h"
#include "db/sqlquery.h"
#include "db/systemconfig.h"
#include "db/teamrole.h"
#include "inventory/stockrepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {

// Login roles of the test server, made once (roles belong to the whole server, not to the database).
void createLogins(const Database &owner)
{
    REQUIRE(execStatement(owner, u"DO $$ BEGIN "
                                 "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sf_test_admin') THEN "
                                 "CREATE ROLE sf_test_admin LOGIN IN ROLE soleflipper_admin; END IF; "
                                 "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sf_test_operator') THEN "
                                 "CREATE ROLE sf_test_operator LOGIN IN ROLE soleflipper_operator; END IF; "
                                 "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sf_test_viewer') THEN "
                                 "CREATE ROLE sf_test_viewer LOGIN IN ROLE soleflipper_viewer; END IF; "
                                 "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sf_test_nobody') THEN "
                                 "CREATE ROLE sf_test_nobody LOGIN; END IF; END $$"_s));
}

// Another operator's client, logged in as `user`, on the already migrated test database.
struct Login {
    Database db;
    explicit Login(const QString &user)
        : db([&] {
            DatabaseConfig config = *postgresConfig();
            config.user = user;
            return config;
        }())
    {}
    ~Login() { db.releaseThreadConnection(); }
};

qint64 count(const Database &db, const QString &table)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM {{"_s + table + u"}}"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.integer(0);
}

} // namespace

TEST_CASE("Team roles: each login may do what its group role grants, and a refusal is said in words", "[team][db]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    const Database &owner = test.db();
    REQUIRE(TeamRole::detect(owner).value().kind() == TeamRole::Kind::Admin); // the account that migrated
    createLogins(owner);
    const Product product = makeProduct(owner, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
    const SizeId size = sizeId(owner, u"42"_s);
    const StockItem pair = StockRepository(owner).create(makeItem(product.id, size, "99.00")).value();

    SECTION("a viewer opens the server and reads, but may not add")
    {
        Login viewer(u"sf_test_viewer"_s);
        REQUIRE(viewer.db.open());
        REQUIRE(Migrator(viewer.db).migrate()); // an up-to-date schema needs no right to create
        const TeamRole role = TeamRole::detect(viewer.db).value();
        CHECK(role.kind() == TeamRole::Kind::Viewer);
        CHECK_FALSE(role.may(TeamRole::Action::Write));
        CHECK(role.whyNot(TeamRole::Action::Write).contains(u"sf_test_viewer"_s));
        CHECK(count(viewer.db, u"inventory.stock"_s) == 1);
        const auto added = StockRepository(viewer.db).create(makeItem(product.id, size, "120.00"));
        REQUIRE_FALSE(added);
        CHECK(added.error().code == u"db.permission"_s);
        CHECK(added.error().message.startsWith(u"Your role may not add records to stock."_s));
        CHECK(count(owner, u"inventory.stock"_s) == 1);
    }
    SECTION("an operator adds and changes pairs, but may not delete one or change a setting")
    {
        Login op(u"sf_test_operator"_s);
        REQUIRE(op.db.open());
        const TeamRole role = TeamRole::detect(op.db).value();
        CHECK(role.kind() == TeamRole::Kind::Operator);
        CHECK(role.may(TeamRole::Action::Write));
        CHECK_FALSE(role.may(TeamRole::Action::Delete));
        const StockRepository stock(op.db);
        REQUIRE(stock.create(makeItem(product.id, size, "120.00")));
        StockItem changed = pair;
        changed.location = u"Shelf B"_s;
        REQUIRE(stock.update(changed));
        const Status removed = stock.remove(pair.id);
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == u"db.permission"_s);
        CHECK(removed.error().message.contains(u"delete records of stock"_s));
        CHECK(count(owner, u"inventory.stock"_s) == 2);

        const Status setting = SystemConfig(op.db).setValue(u"pricing.auto_reprice"_s, u"on"_s);
        REQUIRE_FALSE(setting);
        CHECK(setting.error().code == u"db.permission"_s);
        CHECK(SystemConfig(op.db).setValue(u"pricing.auto_reprice"_s, u"off"_s)); // the kill switch
        // The repricing schedule's own bookkeeping, and the lists the jobs clear, stay the operator's.
        CHECK(SystemConfig(op.db).setValue(u"pricing.reprice_last_run"_s, u"2026-12-01T08:00:00Z"_s));
        CHECK(execStatement(op.db, u"DELETE FROM {{integration.sync_rejections}} WHERE service = 'none'"_s));
    }
    SECTION("an admin deletes, changes settings and the schema")
    {
        Login admin(u"sf_test_admin"_s);
        REQUIRE(admin.db.open());
        CHECK(TeamRole::detect(admin.db).value().kind() == TeamRole::Kind::Admin);
        CHECK(SystemConfig(admin.db).setValue(u"pricing.auto_reprice"_s, u"on"_s));
        CHECK(StockRepository(admin.db).remove(pair.id));
        CHECK(count(owner, u"inventory.stock"_s) == 0);
        CHECK(execStatement(admin.db, u"CREATE TABLE {{catalog.role_probe}} (id INTEGER)"_s));
    }
    SECTION("a login in none of the roles is a viewer who may not even read, and is told so")
    {
        Login nobody(u"sf_test_nobody"_s);
        REQUIRE(nobody.db.open());
        CHECK(TeamRole::detect(nobody.db).value().kind() == TeamRole::Kind::Viewer);
        SqlQuery q(nobody.db, u"SELECT COUNT(*) FROM {{inventory.stock}}"_s);
        const Status read = q.exec();
        REQUIRE_FALSE(read);
        CHECK(read.error().message.startsWith(u"Your role may not read inventory."_s));
    }
}

TEST_CASE("Team roles: SQLite may do everything", "[team]")
{
    TestDatabase test(Backend::SQLite);
    const TeamRole role = TeamRole::detect(test.db()).value();
    CHECK(role.kind() == TeamRole::Kind::Admin);
    CHECK(role.may(TeamRole::Action::ChangeSchema));
    CHECK(role.whyNot(TeamRole::Action::Delete).isEmpty());
}
