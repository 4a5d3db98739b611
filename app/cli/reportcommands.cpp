#include "reportcommands.h"

#include "analytics/breakdownrepository.h"
#include "analytics/deadstockanalysis.h"
#include "analytics/deadstockrepository.h"
#include "analytics/kpirepository.h"
#include "analytics/reportfields.h"
#include "catalog/brandrepository.h"
#include "cliio.h"
#include "clioutput.h"
#include "db/database.h"
#include "pricing/autolistingplanner.h"
#include "pricing/pricingcandidaterepository.h"
#include "pricing/repricingsettings.h"
#include "suppliers/supplierrepository.h"
#include "sync/stockx/stockxautolister.h"
#include "sync/stockx/stockxrepricer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace sf::cli {

namespace {
// The period and filters of every report: --from/--to (report kpis and sales need them), --marketplace,
// --brand and --supplier by name. Empty error text: fine.
std::optional<QString> readQuery(const Database &db, const Options &options, bool needsPeriod, KpiQuery &query)
{
    query.from = QDate::fromString(options.from, Qt::ISODate);
    query.to = QDate::fromString(options.to, Qt::ISODate);
    if (needsPeriod && (!query.from.isValid() || !query.to.isValid() || query.to < query.from))
        return QCoreApplication::translate(
            "cli", "this report needs --from and --to as YYYY-MM-DD, the first not after the last");
    query.marketplaceSlug = options.marketplace;
    if (!options.brand.isEmpty()) {
        const auto brand = BrandRepository(db).findByName(options.brand);
        if (!brand || !brand.value())
            return QCoreApplication::translate("cli", "no brand is called \"%1\"").arg(options.brand);
        query.brand = brand.value()->id;
    }
    if (!options.supplier.isEmpty()) {
        const auto supplier = SupplierRepository(db).findByName(options.supplier);
        if (!supplier || !supplier.value())
            return QCoreApplication::translate("cli", "no supplier is called \"%1\"").arg(options.supplier);
        query.supplier = supplier.value()->id;
    }
    if (!knownFormat(options.format))
        return QCoreApplication::translate("cli", "--format must be table, csv or json");
    return std::nullopt;
}

int printKpis(const Database &db, const KpiQuery &query, const Options &options)
{
    const auto kpis = KpiRepository(db).compute(query);
    if (!kpis)
        return failed(kpis.error());
    const Fields fields = reportfields::kpiFields(kpis.value());
    if (options.format == u"json"_s) {
        QJsonObject object{{u"from"_s, options.from}, {u"to"_s, options.to}, {u"currency"_s, query.currency}};
        for (const auto &[name, value] : fields)
            object.insert(name, value);
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else if (options.format == u"csv"_s) {
        out() << "kpi,value\r\n";
        for (const auto &[name, value] : fields)
            out() << name << ',' << value << "\r\n";
    } else {
        for (const auto &[name, value] : fields)
            out() << name.leftJustified(26) << value << '\n';
    }
    out().flush();
    return ExitOk;
}

std::optional<SalesGrouping> groupingFrom(const QString &name)
{
    static const QHash<QString, SalesGrouping> groupings{
        {u"day"_s, SalesGrouping::Day},          {u"week"_s, SalesGrouping::Week},
        {u"month"_s, SalesGrouping::Month},      {u"brand"_s, SalesGrouping::Brand},
        {u"product"_s, SalesGrouping::Product},  {u"marketplace"_s, SalesGrouping::Marketplace},
        {u"supplier"_s, SalesGrouping::Supplier}};
    const auto it = groupings.constFind(name);
    return it == groupings.cend() ? std::nullopt : std::optional<SalesGrouping>(*it);
}

int printSales(const Database &db, const KpiQuery &query, const Options &options)
{
    const auto grouping = groupingFrom(options.groupBy.isEmpty() ? u"month"_s : options.groupBy);
    if (!grouping)
        return usage(QCoreApplication::translate(
            "cli", "--group-by must be day, week, month, brand, product, marketplace or supplier"));
    const auto groups = BreakdownRepository(db).salesBy(query, *grouping);
    if (!groups)
        return failed(groups.error());
    QList<Fields> rows;
    for (const SalesGroup &g : groups.value()) {
        const std::optional<double> roi =
            g.cost.minor() ? std::optional<double>(100.0 * double(g.netProfit.minor()) / double(g.cost.minor()))
                           : std::nullopt;
        rows.append({{u"group"_s, g.label},
                     {u"pairs"_s, QString::number(g.pairs)},
                     {u"revenue"_s, money(g.revenue)},
                     {u"net_proceeds"_s, money(g.netProceeds)},
                     {u"cost"_s, money(g.cost)},
                     {u"net_profit"_s, money(g.netProfit)},
                     {u"roi_percent"_s, number(roi)}});
    }
    printRows(rows,
              {u"group"_s, u"pairs"_s, u"revenue"_s, u"net_proceeds"_s, u"cost"_s, u"net_profit"_s, u"roi_percent"_s},
              options.format);
    return ExitOk;
}

int printDeadStock(const Database &db, const KpiQuery &query, const Options &options)
{
    std::optional<DeadStockLevel> minimum;
    for (DeadStockLevel level : deadstocklevel::all())
        if (deadstocklevel::key(level) == options.minLevel)
            minimum = level;
    if (!options.minLevel.isEmpty() && !minimum)
        return usage(QCoreApplication::translate("cli", "--min-level must be hot, warm, cold, dead or critical"));
    const auto items = DeadStockRepository(db).classified(query);
    if (!items)
        return failed(items.error());
    QList<Fields> rows;
    for (const DeadStockItem &item : items.value()) {
        if (minimum && item.level < *minimum)
            continue;
        rows.append(reportfields::deadStockFields(item));
    }
    printRows(rows,
              {u"level"_s, u"days"_s, u"sku"_s, u"product"_s, u"size"_s, u"quantity"_s, u"purchase_price"_s,
               u"lowest_ask"_s, u"highest_bid"_s, u"trend_30d_percent"_s, u"risk"_s, u"locked_capital"_s,
               u"potential_loss"_s, u"basis"_s},
              options.format);
    if (options.format == u"table"_s) {
        const auto portfolio = deadstockanalysis::summarise(items.value(), query.currency);
        out() << '\n'
              << QCoreApplication::translate("cli", "Locked capital %1, potential loss %2")
                     .arg(money(portfolio.totalLocked), money(portfolio.totalLoss))
              << '\n';
        for (const QString &line : portfolio.recommendations())
            out() << u"- "_s << line << '\n';
        out().flush();
    }
    return ExitOk;
}

QList<Fields> repricingRows(const RepricingReport &report)
{
    QList<Fields> rows;
    for (const RepricingResult &result : report.results) {
        const RepricingStep &step = result.step;
        const bool priced = step.outcome != RepricingStep::Outcome::Skipped;
        rows.append({{u"product"_s, step.candidate.productName},
                     {u"size"_s, step.candidate.sizeLabel},
                     {u"listing"_s, step.candidate.stockxListingId},
                     {u"outcome"_s, RepricingReport::kindName(result.kind)},
                     {u"old_price"_s, money(step.oldPrice)},
                     {u"new_price"_s, money(step.newPrice)},
                     {u"net_proceeds"_s, priced ? money(step.netProceeds) : QString()},
                     {u"profit"_s, money(step.profit)},
                     {u"floor"_s, money(step.floor)},
                     {u"reason"_s, result.detail}});
    }
    return rows;
}

// The run's rows on stdout, its summary on stderr. A run that left anything undone says so in its exit
// code, so that cron mails it.
int printRepricing(const RepricingReport &report, const Options &options)
{
    if (report.error)
        return failed(*report.error);
    printRows(repricingRows(report),
              {u"product"_s, u"size"_s, u"listing"_s, u"outcome"_s, u"old_price"_s, u"new_price"_s, u"net_proceeds"_s,
               u"profit"_s, u"floor"_s, u"reason"_s},
              options.format);
    err() << report.summary() << Qt::endl;
    using Kind = RepricingResult::Kind;
    return report.count(Kind::Conflict) + report.count(Kind::Failed) + report.count(Kind::NotSent) > 0
               ? ExitRowsRejected
               : ExitOk;
}

// reprice --dry-run: the plan with the saved limits. reprice: the same plan sent to StockX, when the
// auto-repricing switch is on; the run stops between batches once it is switched off.
int runReprice(const Database &db, const Options &options)
{
    const auto settings = RepricingSettings::load(db);
    if (!settings)
        return failed(settings.error());
    if (options.dryRun) {
        const auto steps = repricingplanner::planListed(db, settings.value().policy, QDateTime::currentDateTimeUtc());
        if (!steps)
            return failed(steps.error());
        RepricingReport report;
        report.results = RepricingReport::fromPlan(steps.value());
        return printRepricing(report, options);
    }
    if (!settings.value().enabled) {
        err() << QCoreApplication::translate("cli", "Auto-repricing is switched off, so nothing was changed. Switch "
                                                    "it on in the Pricing page or with \"config set "
                                                    "pricing.auto_reprice on\"; \"reprice --dry-run\" shows the plan.")
              << Qt::endl;
        return ExitFailed;
    }
    const auto credentials = stockXCredentials();
    if (!credentials)
        return failed(credentials.error());
    StockXClient client(stockXEndpoints(options), credentials.value());
    StockXRepricer repricer(db, client);
    repricer.followSwitch(true);
    QObject::connect(&repricer, &StockXRepricer::logLine, [](const QString &line) {
        err() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << ' ' << line << Qt::endl;
    });
    std::optional<RepricingReport> report;
    QObject::connect(&repricer, &StockXRepricer::finished, [&report](const RepricingReport &done) {
        report = done;
        QCoreApplication::exit(0);
    });
    repricer.run(settings.value().policy, false, u"auto_repricing"_s);
    if (!report)
        QCoreApplication::exec();
    return printRepricing(*report, options);
}

QList<Fields> autoListingRows(const AutoListingRun &run)
{
    QList<Fields> rows;
    for (const AutoListingDecision &d : run.decisions) {
        const auto written = run.written.constFind(d.pair.item);
        const bool sent = written != run.written.constEnd();
        const QString outcome = sent          ? (written->error ? u"failed"_s : u"listed"_s)
                                : d.matched() ? (run.dryRun ? u"would_list"_s : u"not_sent"_s)
                                              : u"no_rule"_s;
        const QString detail = sent && written->error ? written->error->message
                               : d.matched()          ? d.reasoning.join(u"; "_s)
                                                      : d.unmet.join(u"; "_s);
        rows.append({{u"product"_s, d.pair.productName},
                     {u"size"_s, d.pair.sizeLabel},
                     {u"bought"_s, d.pair.purchasedAt.date().toString(Qt::ISODate)},
                     {u"cost"_s, money(d.pair.cost)},
                     {u"market_price"_s, money(d.market.marketPrice)},
                     {u"rule"_s, d.matched() ? d.rule->name : d.nearestRule},
                     {u"confidence"_s, QString::number(d.confidence, 'f', 2)},
                     {u"outcome"_s, outcome},
                     {u"ask"_s, d.matched() ? money(d.price) : QString()},
                     {u"net_proceeds"_s, d.matched() ? money(d.netProceeds) : QString()},
                     {u"profit"_s, money(d.profit)},
                     {u"expires"_s, d.matched() ? d.expiresAt.toString(Qt::ISODate) : QString()},
                     {u"detail"_s, detail}});
    }
    return rows;
}

// autolist --dry-run: which of the newest pairs in stock the switched-on rules would list, at what ask.
// autolist: the same pairs listed on StockX. Exit 4 when a listing failed, so that cron mails it.
int runAutoList(const Database &db, const Options &options)
{
    AutoListingRun run;
    run.dryRun = options.dryRun;
    if (options.dryRun) {
        const auto decisions = autolistingplanner::plan(db, QDateTime::currentDateTimeUtc());
        if (!decisions)
            return failed(decisions.error());
        run.decisions = decisions.value();
    } else {
        const auto credentials = stockXCredentials();
        if (!credentials)
            return failed(credentials.error());
        StockXClient client(stockXEndpoints(options), credentials.value());
        StockXAutoLister lister(db, client);
        QObject::connect(&lister, &StockXAutoLister::logLine, [](const QString &line) {
            err() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << ' ' << line << Qt::endl;
        });
        std::optional<AutoListingRun> done;
        QObject::connect(&lister, &StockXAutoLister::finished, [&done](const AutoListingRun &finished) {
            done = finished;
            QCoreApplication::exit(0);
        });
        lister.run(false);
        if (!done)
            QCoreApplication::exec();
        run = *done;
    }
    if (run.error)
        return failed(*run.error);
    printRows(autoListingRows(run),
              {u"product"_s, u"size"_s, u"bought"_s, u"cost"_s, u"market_price"_s, u"rule"_s, u"confidence"_s,
               u"outcome"_s, u"ask"_s, u"net_proceeds"_s, u"profit"_s, u"expires"_s, u"detail"_s},
              options.format);
    err() << run.summary() << Qt::endl;
    return run.failed() > 0 ? ExitRowsRejected : ExitOk;
}
} // namespace

bool isReportCommand(const QString &command)
{
    return QStringList{u"report kpis"_s, u"report sales"_s, u"report dead-stock"_s, u"reprice"_s, u"autolist"_s}
        .contains(command);
}

int runReport(const Database &db, const QString &command, const Options &options)
{
    if (command == u"reprice"_s)
        return runReprice(db, options);
    if (command == u"autolist"_s)
        return runAutoList(db, options);
    KpiQuery query;
    if (const auto problem = readQuery(db, options, command != u"report dead-stock"_s, query))
        return usage(*problem);
    if (command == u"report kpis"_s)
        return printKpis(db, query, options);
    if (command == u"report sales"_s)
        return printSales(db, query, options);
    return printDeadStock(db, query, options);
}

} // namespace sf::cli
