#include "catchqt.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace sf;
using namespace Qt::StringLiterals;

namespace {
// Waits for an asynchronous secret-store callback (tests only; production code never blocks).
template <typename T> std::optional<T> await(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> outcome;
    call([&](T value) { outcome = std::move(value); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        FAIL("the secret store did not answer within 10 s");
    return outcome;
}

void exercise(SecretStore &store)
{
    const QString key = u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto missing = await<Result<QString>>([&](auto done) { store.read(key, done); });
    REQUIRE(missing);
    REQUIRE_FALSE(*missing);
    CHECK(missing->error().code == u"secret.not_found"_s);
    auto written = await<Status>([&](auto done) { store.write(key, u"pässwörd \u2713"_s, done); });
    REQUIRE(written);
    INFO((written->ok() ? std::string() : written->error().toString().toStdString()));
    REQUIRE(*written);
    auto read = await<Result<QString>>([&](auto done) { store.read(key, done); });
    REQUIRE(read);
    REQUIRE(*read);
    CHECK(read->value() == u"pässwörd \u2713"_s);
    auto removed = await<Status>([&](auto done) { store.remove(key, done); });
    REQUIRE(removed);
    CHECK(*removed);
    auto gone = await<Result<QString>>([&](auto done) { store.read(key, done); });
    REQUIRE(gone);
    CHECK_FALSE(*gone);
}
} // namespace

TEST_CASE("Memory secret store", "[secrets]")
{
    MemorySecretStore store;
    exercise(store);
    CHECK(store.description().contains(u"memory"_s));
}

TEST_CASE("System keychain through QtKeychain (real Secret Service)", "[secrets][keychain]")
{
    if (qEnvironmentVariable("SF_TEST_KEYCHAIN") != u"1"_s) {
        if (qEnvironmentVariable("CI") == u"true"_s)
            FAIL("CI=true but SF_TEST_KEYCHAIN is not set: the keychain test must run in CI");
        WARN("SF_TEST_KEYCHAIN not set: skipping the real keychain test (run it through .ci/test-all)");
        return;
    }
    KeychainSecretStore store(u"SoleFlipperTests"_s);
    exercise(store);
}

TEST_CASE("Without a Secret Service the keychain says so and remembers nothing", "[secrets][keychain]")
{
    const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray savedDisplay = qgetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sf-no-bus");
    qunsetenv("DISPLAY");
    KeychainSecretStore store(u"SoleFlipperNoBus"_s);
    auto written = await<Status>([&](auto done) { store.write(u"k"_s, u"v"_s, done); });
    qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
    if (!savedDisplay.isEmpty())
        qputenv("DISPLAY", savedDisplay);
    REQUIRE(written);
    REQUIRE_FALSE(*written);
    CHECK(written->error().code == u"secret.unavailable"_s);
    CHECK(written->error().message.contains(u"not remembered"_s));
}
