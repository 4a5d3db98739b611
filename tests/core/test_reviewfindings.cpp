#include "catchqt.h"

#include "inventory/stockcsvwriter.h"
#include "sync/stockx/stockxmapping.h"

#include <QJsonArray>
#include <QJsonDocument>

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
