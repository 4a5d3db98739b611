#include "catchqt.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "secrets/memorysecretstore.h"
#include "settings/settingsdialog.h"
#include "settings/stockxaccountbox.h"
#include "sync/stockx/stockxconnector.h"
#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxsession.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
// Plays the browser: asks StockX's login page, which redirects to `follow`'s choice.
QUrl visit(QNetworkAccessManager &browser, const QUrl &url, bool followRedirect)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, followRedirect
                                                                       ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                       : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
    REQUIRE(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    reply->deleteLater();
    return reply->header(QNetworkRequest::LocationHeader).toUrl();
}

void fill(StockXAccountBox &box, emu::StockXEmulator &emulator, const QString &secret)
{
    box.findChild<QLineEdit *>(u"stockxApiKey"_s)->setText(emulator.options().apiKey);
    box.findChild<QLineEdit *>(u"stockxClientId"_s)->setText(emulator.options().clientId);
    box.findChild<QLineEdit *>(u"stockxClientSecret"_s)->setText(secret);
}

bool storedRefreshToken(MemorySecretStore &secrets)
{
    std::optional<bool> complete;
    StockXCredentials::load(secrets, [&](Result<StockXCredentials> c) { complete = c.ok() && c.value().complete(); });
    REQUIRE(QTest::qWaitFor([&] { return complete.has_value(); }, 5000));
    return *complete;
}
} // namespace

TEST_CASE("StockX account: connect through the browser or a pasted address / disconnect", "[ui][settings][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    fx.emulator.market().seed(20, 0, fx.emulator.now());
    MemorySecretStore secrets;
    StockXSession session(test.db(), secrets, fx.endpoints());
    StockXAccountBox box(secrets, fx.endpoints(), session);
    QNetworkAccessManager browser;
    QUrl opened;
    box.openUrl = [&](const QUrl &url) { opened = url; };
    REQUIRE(QTest::qWaitFor([&] { return box.statusText().startsWith(u"Not connected"_s); }, 5000));

    // Missing fields are named before anything is sent.
    box.beginConnect();
    CHECK(box.statusText().contains(u"Enter the API key"_s));

    // The browser logs in and lands on the loopback listener.
    fill(box, fx.emulator, fx.emulator.options().clientSecret);
    QSignalSpy connected(box.connector(), &StockXConnector::connected);
    box.beginConnect();
    REQUIRE(opened.isValid());
    visit(browser, opened, true);
    REQUIRE((connected.size() > 0 || connected.wait(10000)));
    CHECK(storedRefreshToken(secrets));
    REQUIRE(QTest::qWaitFor([&] { return box.statusText().startsWith(u"Connected with OAuth client"_s); }, 5000));

    QSignalSpy finished(&session, &StockXSession::jobFinished);
    session.start(u"orders"_s);
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().first().value<SyncRun>().status == u"completed"_s);
    REQUIRE(QTest::qWaitFor([&] { return !session.busy(); }, 5000));

    QSignalSpy disconnected(box.connector(), &StockXConnector::disconnected);
    box.findChild<QPushButton *>(u"stockxDisconnect"_s)->click();
    REQUIRE((disconnected.size() > 0 || disconnected.wait(5000)));
    CHECK(!storedRefreshToken(secrets));
    REQUIRE(QTest::qWaitFor([&] { return box.statusText().startsWith(u"Not connected"_s); }, 5000));

    // No browser on this machine: the operator pastes the address the login ended on.
    box.beginConnect();
    const QUrl landed = visit(browser, opened, false);
    REQUIRE(landed.toString().contains(u"code="_s));
    QSignalSpy failed(box.connector(), &StockXConnector::failed);
    QUrl stale = landed;
    stale.setQuery(u"code=x&state=old"_s);
    box.findChild<QLineEdit *>(u"stockxCode"_s)->setText(stale.toString());
    box.useCode();
    REQUIRE(failed.size() == 1);
    CHECK(box.statusText().contains(u"older login attempt"_s));
    box.findChild<QLineEdit *>(u"stockxCode"_s)->setText(landed.toString());
    box.useCode();
    REQUIRE(connected.wait(10000));
    CHECK(storedRefreshToken(secrets));
    SettingsDialog dialog(test.db().config(), u"en"_s, secrets);
    dialog.addSection(new StockXAccountBox(secrets, fx.endpoints(), session));
    REQUIRE(QTest::qWaitFor(
        [&] { return dialog.findChild<StockXAccountBox *>()->statusText().startsWith(u"Connected"_s); }, 5000));
    saveScreenshot(dialog, u"settings-stockx"_s);
}

TEST_CASE("StockX account: a wrong client secret is refused in StockX's words and nothing is stored",
          "[ui][settings][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    MemorySecretStore secrets;
    StockXSession session(test.db(), secrets, fx.endpoints());
    StockXAccountBox box(secrets, fx.endpoints(), session);
    QNetworkAccessManager browser;
    QUrl opened;
    box.openUrl = [&](const QUrl &url) { opened = url; };
    fill(box, fx.emulator, u"not-the-secret"_s);
    QSignalSpy failed(box.connector(), &StockXConnector::failed);
    box.beginConnect();
    visit(browser, opened, true);
    REQUIRE((failed.size() > 0 || failed.wait(10000)));
    CHECK(!box.statusText().isEmpty());
    CHECK(!storedRefreshToken(secrets));
}
