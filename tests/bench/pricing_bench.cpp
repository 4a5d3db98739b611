// Pricing benchmark: plans a repricing of every pair listed on StockX (issue 14: 10 000 listings) from the
// demo's daily market history, and times the Pricing page's first screen (100 pairs with their
// recommendations). Prints the median of several runs per part; asserts nothing.
//
//   pricing_bench [--listings N] [--sqlite FILE] [--postgres postgresql://...] [--runs N]
//
// Data: the demo generator (a year of daily market prices per size, listings for the pairs it lists on
// StockX), sized so about --listings pairs are listed. A SQLite file is kept between runs.
#include "benchutil.h"
#include "db/sqlquery.h"
#include "demo/demodatagenerator.h"
#include "pricing/pricingcandidaterepository.h"
#include "pricing/repricingplanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::median;
using sf::bench::ms;

namespace {
constexpr int kFirstScreen = 100;

qint64 listedCount(const Database &db)
{
    const auto count = PricingCandidateRepository(db).count(true);
    return count ? count.value() : -1;
}

bool fill(const Database &db, qint64 listings)
{
    DemoDataGenerator::Options options;
    options.items = int(listings * 82 / 10); // the demo lists about one pair in eight on StockX
    options.today = QDate::currentDate();
    std::printf("  writing %d demo pairs with their listings and market prices\u2026\n", options.items);
    std::fflush(stdout);
    if (const auto made = DemoDataGenerator(db).generate(options); !made) {
        std::printf("  demo failed: %s\n", qPrintable(made.error().toString()));
        return false;
    }
    return true;
}

// Reads every listed pair in chunks, attaches its market days and plans it: what `reprice` does.
int planAll(const Database &db, int &changes)
{
    const auto steps = repricingplanner::planListed(db, RepricingPolicy{}, QDateTime::currentDateTimeUtc());
    if (!steps)
        return -1;
    changes = int(std::count_if(steps.value().begin(), steps.value().end(), [](const RepricingStep &step) {
        return step.outcome == RepricingStep::Outcome::Change;
    }));
    return int(steps.value().size());
}

// The Pricing page's first screen: a page of pairs, their market days, a recommendation each.
bool firstScreen(const Database &db)
{
    return bool(PricingCandidateRepository(db).fetchPricedPage(false, std::nullopt, kFirstScreen,
                                                               QDateTime::currentDateTimeUtc()));
}

void measure(const Database &db, const QString &label, int runs)
{
    SqlQuery days(db, u"SELECT COUNT(DISTINCT price_date) FROM {{pricing.market_prices}}"_s);
    const qint64 history = days.exec() && days.next() ? days.integer(0) : -1;
    std::printf("  %s: %lld pairs listed on StockX, %lld days of market history\n", qPrintable(label), listedCount(db),
                history);
    QList<double> planTimes, screenTimes;
    int planned = 0, changes = 0;
    for (int r = 0; r < runs + 1; ++r) { // the first run warms the caches and is not counted
        const double plan = ms([&] { planned = planAll(db, changes); });
        const double screen = ms([&] { (void)firstScreen(db); });
        if (r > 0) {
            planTimes << plan;
            screenTimes << screen;
        }
    }
    std::printf("    plan %d listings (%d changes): %8.1f ms (target <= 1000 ms)\n", planned, changes,
                median(planTimes));
    std::printf("    Pricing page first screen (%d pairs with recommendations): %6.1f ms (target <= 100 ms)\n",
                kFirstScreen, median(screenTimes));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"listings"_s, u"Pairs listed on StockX, about (default 10000)."_s, u"n"_s, u"10000"_s},
                       {u"sqlite"_s, u"SQLite file, kept between runs."_s, u"file"_s},
                       {u"postgres"_s, u"Also measure PostgreSQL at this URL (its schemas are replaced)."_s, u"url"_s},
                       {u"runs"_s, u"Runs per part (default 5)."_s, u"n"_s, u"5"_s}});
    parser.addHelpOption();
    parser.process(app);
    const qint64 listings = parser.value(u"listings"_s).toLongLong();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    std::printf("Pricing benchmark: about %lld listings, median of %d runs\n", listings, runs);
    const QString file =
        parser.isSet(u"sqlite"_s) ? parser.value(u"sqlite"_s) : u"/tmp/sf-pricing-bench-%1.sqlite"_s.arg(listings);
    return bench::onEachDatabase(
        file, parser.value(u"postgres"_s), [&](const Database &db) { return fill(db, listings); },
        [&](const Database &db, const QString &label) { measure(db, label, runs); });
}
