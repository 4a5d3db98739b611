#include "catchqt.h"
#include "stockxfixture.h"

#include "inventory/stockcsvwriter.h"
#include "sync/stockx/requestlimiter.h"
#include "sync/stockx/stockxmapping.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sf;
using namespace Qt::StringLiterals;

TEST_CASE("CSV export: anything a spreadsheet would run as a formula is quoted, plain numbers stay", "[csv]")
{
    CHECK(StockCsvWriter::escape(u"=1+2"_s) == u"'=1+2"_s);
    CHECK(StockCsvWriter::escape(u"-2+3+cmd|' /C calc'!A0"_s) == u"'-2+3+cmd|' /C calc'!A0"_s);
    CHECK(StockCsvWriter::escape(u"+1-1"_s) == u"'+1-1"_s);
    CHECK(StockCsvWriter::escape(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(StockCsvWriter::escape(u"\t=1"_s) == u"'\t=1"_s);
    CHECK(StockCsvWriter::escape(u"-12.50"_s) == u"-12.50"_s);
    CHECK(StockCsvWriter::escape(u"+49"_s) == u"+49"_s);
    CHECK(StockCsvWriter::escape(u"Dunk Low"_s) == u"Dunk Low"_s);
}

TEST_CASE("StockX money: API amounts are exact dot-decimals, never locale-guessed", "[stockx]")
{
    CHECK(apiDecimalCents(u"0.125"_s) == 13);
    CHECK(apiDecimalCents(u"1234.5"_s) == 123450);
    CHECK(apiDecimalCents(u"150"_s) == 15000);
    CHECK(apiDecimalCents(u"-0.05"_s) == -5);
    CHECK_FALSE(apiDecimalCents(u"1,234.50"_s));
    CHECK_FALSE(apiDecimalCents(u"12,5"_s));
    CHECK_FALSE(apiDecimalCents(u""_s));
    CHECK(stockXMoney(QJsonValue(u"0.125"_s), u"EUR"_s)->minor() == 13);
    // 1.005 is 1.00499999999999989... as a double: multiplied by 100 it rounded to 100.
    const QJsonValue number = QJsonDocument::fromJson("[1.005]").array().at(0);
    CHECK(stockXMoney(number, u"EUR"_s)->minor() == 101);
    CHECK(stockXMoney(QJsonValue(19.99), u"EUR"_s)->minor() == 1999);
}

TEST_CASE("StockX Retry-After: seconds or an HTTP date", "[stockx]")
{
    const QDateTime now(QDate(2026, 11, 30), QTime(14, 0, 0), Qt::UTC);
    CHECK(retryAfterMs("120", now) == 120000);
    CHECK(retryAfterMs("Mon, 30 Nov 2026 14:02:30 GMT", now) == 150000);
    CHECK(retryAfterMs("Mon, 30 Nov 2026 13:00:00 GMT", now) == 0);
    CHECK_FALSE(retryAfterMs("soon", now));
}

namespace {
Result<StockXReply> sendAndWait(StockXClient &client, const StockXRequest &request)
{
    std::optional<Result<StockXReply>> answer;
    QObject context;
    client.send(request, &context, [&](Result<StockXReply> reply) { answer = std::move(reply); });
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    return *answer;
}
} // namespace

TEST_CASE("StockX transport: no redirect to another host, no credentials over plain http off this machine", "[stockx]")
{
    test::StockXFixture fx;
    StockXRequest request;
    request.path = u"/selling/orders/active"_s;

    fx.emulator.injectFault(emu::Fault::RedirectAway, 1, u"/v2/selling/orders/active"_s);
    auto client = fx.client();
    const auto redirected = sendAndWait(*client, request);
    REQUIRE_FALSE(redirected);
    CHECK(redirected.error().code == u"stockx.redirected"_s);
    CHECK(redirected.error().message.contains(u"127.0.0.2"_s));

    StockXEndpoints plain = fx.endpoints();
    plain.apiUrl = QUrl(u"http://api.stockx.example/v2"_s);
    StockXClient insecure(plain, fx.credentials());
    fx.emulator.clearRequests();
    const auto refused = sendAndWait(insecure, request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"stockx.insecure_url"_s);
    CHECK(fx.emulator.requests().isEmpty());
    CHECK(fx.endpoints().checkSecure()); // http://127.0.0.1 is this machine
    StockXEndpoints real;
    CHECK(real.checkSecure());
}

TEST_CASE("StockX rate limit: two processes sharing the rate file keep the interval together", "[stockx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shared = dir.filePath(u"stockx-requests.next"_s);
    constexpr int kIntervalMs = 150;
    // Two limiters that share nothing but the file stand for the window and a cron-run CLI.
    RequestLimiter window(kIntervalMs, shared);
    RequestLimiter cron(kIntervalMs, shared);
    QList<qint64> starts;
    QObject context;
    for (int i = 0; i < 4; ++i) {
        window.schedule(&context, [&] { starts.append(QDeadlineTimer::current(Qt::PreciseTimer).deadline()); });
        cron.schedule(&context, [&] { starts.append(QDeadlineTimer::current(Qt::PreciseTimer).deadline()); });
    }
    REQUIRE(QTest::qWaitFor([&] { return starts.size() == 8; }, 10000));
    std::sort(starts.begin(), starts.end());
    for (qsizetype i = 1; i < starts.size(); ++i)
        CHECK(starts.at(i) - starts.at(i - 1) >= kIntervalMs);

    // A 429 seen by one holds the other too.
    starts.clear();
    window.holdFor(600);
    const qint64 held = QDeadlineTimer::current(Qt::PreciseTimer).deadline();
    cron.schedule(&context, [&] { starts.append(QDeadlineTimer::current(Qt::PreciseTimer).deadline()); });
    REQUIRE(QTest::qWaitFor([&] { return starts.size() == 1; }, 10000));
    CHECK(starts.first() - held >= 590);
}
