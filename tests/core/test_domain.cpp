#include "catchqt.h"

#include "domain/itemstatus.h"
#include "domain/orderfinancials.h"
#include "domain/vatrate.h"

using namespace sf;
using namespace Qt::StringLiterals;

TEST_CASE("Money parses what resellers type and export", "[domain][money]")
{
    CHECK(Money::parse(u"1234.5"_s, u"EUR"_s)->minor() == 123450);
    CHECK(Money::parse(u"1.234,50"_s, u"EUR"_s)->minor() == 123450);
    CHECK(Money::parse(u"1,234.50"_s, u"EUR"_s)->minor() == 123450);
    CHECK(Money::parse(u"€ 99,90"_s, u"EUR"_s)->minor() == 9990);
    CHECK(Money::parse(u"$212.00"_s, u"USD"_s)->minor() == 21200);
    CHECK(Money::parse(u"-3.07"_s, u"EUR"_s)->minor() == -307);
    CHECK(Money::parse(u"1.234"_s, u"EUR"_s)->minor() == 123400); // thousands separator
    CHECK(Money::parse(u"0,5"_s, u"EUR"_s)->minor() == 50);
    CHECK_FALSE(Money::parse(u"12.345,678"_s, u"EUR"_s));
    CHECK_FALSE(Money::parse(u"abc"_s, u"EUR"_s));
    CHECK_FALSE(Money::parse(u""_s, u"EUR"_s));
    CHECK_FALSE(Money::parse(u"1.2.3,45,6"_s, u"EUR"_s));
    CHECK(eur("178.55").toDecimalString() == u"178.55"_s);
    CHECK(eur("-0.05").toDecimalString() == u"-0.05"_s);
}

TEST_CASE("Money rounds half away from zero", "[domain][money]")
{
    CHECK(eur("10.00").scaled(1, 3).minor() == 333);
    CHECK(eur("0.05").scaled(1, 2).minor() == 3); // 2.5 cents -> 3
    CHECK(eur("-0.05").scaled(1, 2).minor() == -3);
    CHECK(divideRounded(5, 2) == 3);
    CHECK(divideRounded(-5, 2) == -3);
    CHECK(divideRounded(4, -2) == -2);
}

TEST_CASE("VAT: gross and net at the item's rate", "[domain][vat]")
{
    const VatRate rate = VatRate::germanStandard();
    CHECK(rate.netFromGross(eur("238.00")) == eur("200.00"));
    CHECK(rate.netFromGross(eur("102.00")) == eur("85.71"));
    CHECK(rate.grossFromNet(eur("200.00")) == eur("238.00"));
    CHECK(rate.vatOfGross(eur("238.00")) == eur("38.00"));
    CHECK(VatRate(0).netFromGross(eur("99.99")) == eur("99.99"));
    CHECK(VatRate::parse(u"19"_s)->basisPoints() == 1900);
    CHECK(VatRate::parse(u"7,5 %"_s)->basisPoints() == 750);
    CHECK_FALSE(VatRate::parse(u"-1"_s));
    CHECK_FALSE(VatRate::parse(u"100"_s));
}

TEST_CASE("Order financials follow the original formulas", "[domain][financials]")
{
    SECTION("sale with three fees (original test: 220 sale, 150 cost)")
    {
        const auto f = computeFinancials(SaleFigures{eur("220.00"), eur("20.90"), eur("6.60"), eur("13.95"), eur("0"),
                                                     eur("150.00"), QDate(2024, 1, 1), QDate(2024, 1, 31)});
        CHECK(f.netProceeds == eur("178.55"));
        CHECK(f.netProfit == eur("28.55"));
        CHECK(f.grossProfit == eur("70.00"));
        CHECK(f.roi == 1903);    // 28.55 / 150 = 19.033 %
        CHECK(f.margin == 3182); // 70 / 220 = 31.818 %
        CHECK(f.shelfLifeDays == 30);
        CHECK(f.profitPerShelfDay == eur("0.95"));
    }
    SECTION("breakeven")
    {
        const auto f = computeFinancials(
            SaleFigures{eur("100"), eur("15"), eur("0"), eur("0"), eur("0"), eur("85"), QDate(), QDate(2024, 5, 1)});
        CHECK(f.netProceeds == eur("85.00"));
        CHECK(f.netProfit == eur("0.00"));
        CHECK(f.roi == 0);
        CHECK_FALSE(f.shelfLifeDays);
        CHECK_FALSE(f.profitPerShelfDay);
    }
    SECTION("Notion example: net buy 200, net sale 205.19, 21 days")
    {
        const auto f = computeFinancials(SaleFigures{eur("205.19"), eur("0"), eur("0"), eur("0"), eur("0"), eur("200"),
                                                     QDate(2024, 3, 1), QDate(2024, 3, 22)});
        CHECK(f.netProfit == eur("5.19"));
        CHECK(f.roi == 260); // 2.595 % rounds half up to 2.60 %
        CHECK(f.profitPerShelfDay == eur("0.25"));
        CHECK(formatPercent(f.roi) == u"2.60 %"_s);
    }
    SECTION("a loss and zero cost")
    {
        const auto loss = computeFinancials(SaleFigures{eur("90"), eur("8.10"), eur("2.70"), eur("0"), eur("0"),
                                                        eur("120"), QDate(2024, 1, 1), QDate(2024, 1, 1)});
        CHECK(loss.netProfit == eur("-40.80"));
        CHECK(loss.roi == -3400);
        CHECK(loss.shelfLifeDays == 0);
        CHECK_FALSE(loss.profitPerShelfDay);
        const auto gift =
            computeFinancials(SaleFigures{eur("50"), eur("0"), eur("0"), eur("0"), eur("0"), eur("0"), {}, {}});
        CHECK(gift.roi == 0);
        CHECK(gift.margin == 10000);
    }
}

TEST_CASE("Item status transitions", "[domain][status]")
{
    using S = ItemStatus;
    CHECK(itemstatus::canTransition(S::InStock, S::ListedStockX));
    CHECK(itemstatus::canTransition(S::ListedStockX, S::Sold));
    CHECK(itemstatus::canTransition(S::Sold, S::InStock));
    CHECK_FALSE(itemstatus::canTransition(S::Sold, S::ListedStockX));
    CHECK_FALSE(itemstatus::canTransition(S::Canceled, S::Sold));
    CHECK_FALSE(itemstatus::canTransition(S::Reserved, S::ListedAlias));
    for (S s : itemstatus::all()) {
        CHECK(itemstatus::fromKey(itemstatus::key(s)) == s);
        CHECK_FALSE(itemstatus::allowedTransitions(s).contains(s));
        CHECK_FALSE(itemstatus::displayName(s).isEmpty());
    }
    CHECK_FALSE(itemstatus::fromKey(u"teleported"_s));
}
