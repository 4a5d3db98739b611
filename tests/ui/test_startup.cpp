#include "catchqt.h"
#include "missingkeychain.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "startup.h"

#include <QLabel>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
Result<std::shared_ptr<AppContext>> started(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets)
{
    std::optional<Result<std::shared_ptr<AppContext>>> result;
    startApplication(config, std::move(secrets), u"en"_s, [&](auto context) { result = std::move(context); });
    REQUIRE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    return *result;
}
} // namespace

TEST_CASE("Startup without a keychain: the window says so / a refused PostgreSQL login names the keychain",
          "[ui][secrets]")
{
    QTemporaryDir dir;
    const auto config = DatabaseConfig::fromString(dir.filePath(u"soleflipper.sqlite"_s));
    REQUIRE(config);

    const auto withKeychain = started(config.value(), std::make_unique<MemorySecretStore>());
    REQUIRE(withKeychain);
    CHECK_FALSE(withKeychain.value()->keychainProblem);
    {
        MainWindow window(*withKeychain.value());
        CHECK_FALSE(window.findChild<QLabel *>(u"keychainWarning"_s));
    }

    const auto without = started(config.value(), std::make_unique<MissingKeychain>());
    REQUIRE(without);
    REQUIRE(without.value()->keychainProblem);
    MainWindow window(*without.value());
    window.resize(1280, 760);
    const auto *warning = window.findChild<QLabel *>(u"keychainWarning"_s);
    REQUIRE(warning);
    CHECK(warning->text().contains(u"No keychain is available"_s));
    CHECK(warning->text().contains(u"No Secret Service is running"_s));
    saveScreenshot(window, u"no-keychain"_s);

    if (!postgresAvailable())
        return;
    DatabaseConfig pg = *postgresConfig();
    pg.user = u"sf_needs_a_password"_s; // no such role: the server refuses the login
    pg.password.clear();
    const auto refused = started(pg, std::make_unique<MissingKeychain>());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"keychain could not be read"_s));
}
