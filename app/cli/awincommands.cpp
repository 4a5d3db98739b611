#include "awincommands.h"

#include "cliio.h"
#include "clioutput.h"
#include "db/database.h"
#include "secrets/keychainsecretstore.h"
#include "sourcing/opportunityrepository.h"
#include "sync/awin/awinenrichment.h"
#include "sync/awin/awinsync.h"
#include "sync/stockx/stockxclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace sf::cli {

namespace {

Result<QString> awinKey()
{
    KeychainSecretStore keychain;
    std::optional<Result<QString>> key;
    AwinSettings::loadKey(keychain, [&](Result<QString> loaded) {
        key = std::move(loaded);
        QCoreApplication::exit(0);
    });
    if (!key)
        QCoreApplication::exec();
    if (!*key && key->error().code == u"secret.not_found"_s)
        return Error{u"awin.no_key"_s,
                     QCoreApplication::translate("cli", "no Awin data feed key: set it in the app's Settings or in "
                                                        "SOLEFLIPPER_AWIN_KEY"),
                     {}};
    return *key;
}

void printOutcome(const AwinFeedOutcome &f)
{
    const QString name = f.feedId != 0 ? u"%1 (feed %2)"_s.arg(f.name).arg(f.feedId) : f.name;
    if (f.skipped)
        out() << QCoreApplication::translate("cli", "%1: unchanged, skipped").arg(name) << '\n';
    else if (f.error)
        out() << QCoreApplication::translate("cli", "%1: failed: %2").arg(name, f.error->toString()) << '\n';
    if (!f.report)
        return;
    out() << name << ": " << f.report->summary() << '\n';
    for (const AwinRowNote &n : f.report->rejections)
        out() << QCoreApplication::translate("cli", "line %1: %2").arg(n.line).arg(n.text) << '\n';
    if (f.report->rejected > f.report->rejections.size())
        out() << QCoreApplication::translate("cli", "... and %1 more rejected rows")
                     .arg(f.report->rejected - f.report->rejections.size())
              << '\n';
}

int runSync(const Database &db, const Options &options)
{
    auto settings = AwinSettings::load(db);
    if (!settings)
        return failed(settings.error());
    if (!options.awinUrl.isEmpty())
        settings.value().baseUrl = options.awinUrl;
    AwinSyncRequest request;
    request.file = options.file;
    for (const QString &id : options.awinFeeds) {
        bool ok = false;
        request.feedIds << id.toInt(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("cli", "--feed takes a feed id such as 21293"));
    }
    QNetworkAccessManager network;
    std::unique_ptr<AwinFeedClient> client;
    if (request.file.isEmpty()) {
        const auto key = awinKey();
        if (!key)
            return failed(key.error());
        client = std::make_unique<AwinFeedClient>(network, settings.value().baseUrl, key.value());
    }
    AwinSync sync(db, client.get(), settings.value());
    QObject::connect(&sync, &AwinSync::logLine, [](const QString &line) {
        err() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << ' ' << line << Qt::endl;
    });
    QObject::connect(&sync, &AwinSync::progress, [](const QString &what, qint64 done, qint64 total) {
        err() << what << ' ' << (total > 0 ? QString::number(done * 100 / total) + u" %"_s : QString::number(done))
              << '\r' << Qt::flush;
    });
    QObject::connect(&sync, &AwinSync::finished, [] { QCoreApplication::exit(0); });
    sync.start(request);
    if (sync.running())
        QCoreApplication::exec();
    const AwinSyncResult &r = sync.result();
    for (const AwinFeedOutcome &f : r.feeds)
        printOutcome(f);
    if (r.matches)
        out() << QCoreApplication::translate("cli", "%1 offers matched to the catalog, %2 with opportunity figures")
                     .arg(r.matches->matchedTotal())
                     .arg(r.valued)
              << '\n';
    out().flush();
    if (r.error)
        return failed(*r.error);
    if (r.failed())
        return ExitFailed;
    return r.rejected() > 0 ? ExitRowsRejected : ExitOk;
}

Fields opportunityFields(const Opportunity &o)
{
    return {{u"product"_s, o.productName},
            {u"brand"_s, o.brand},
            {u"size"_s, o.size},
            {u"merchant"_s, o.merchantName},
            {u"ean"_s, o.ean},
            {u"buy_price"_s, money(o.buyPrice)},
            {u"delivery"_s, money(o.delivery)},
            {u"stockx_price"_s, money(o.salePrice)},
            {u"fees"_s, money(o.fees)},
            {u"payout"_s, money(o.netProceeds)},
            {u"profit"_s, money(o.profit)},
            {u"margin_percent"_s, number(o.marginPercent)},
            {u"roi_percent"_s, number(o.roiPercent)},
            {u"held"_s, QString::number(o.pairsHeld)},
            {u"match"_s, o.matchMethod},
            {u"awin_product_id"_s, o.awinProductId},
            {u"link"_s, o.affiliateLink}};
}

int runOpportunities(const Database &db, const Options &options)
{
    OpportunityFilter filter;
    const auto amount = [&](const QString &text, const char *option) -> std::optional<std::optional<Money>> {
        if (text.isEmpty())
            return std::optional<Money>();
        const auto value = Money::parse(text, u"EUR"_s);
        if (!value) {
            usage(
                QCoreApplication::translate("cli", "%1 takes an amount such as 20.00").arg(QLatin1StringView(option)));
            return std::nullopt;
        }
        return value;
    };
    const auto minProfit = amount(options.minProfit, "--min-profit");
    const auto maxPrice = amount(options.maxPrice, "--max-price");
    if (!minProfit || !maxPrice)
        return ExitUsage;
    filter.minProfit = *minProfit;
    filter.maxBuyPrice = *maxPrice;
    if (!options.minMargin.isEmpty()) {
        bool ok = false;
        filter.minMarginPercent = options.minMargin.toDouble(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("cli", "--min-margin takes a percentage such as 15"));
    }
    filter.brand = options.brand;
    filter.onlySizesNotHeld = options.notHeld;
    const int limit = options.limit.isEmpty() ? 100 : options.limit.toInt();
    if (!knownFormat(options.format))
        return usage(QCoreApplication::translate("cli", "--format takes table, csv or json"));
    const auto rows = OpportunityRepository(db).page(filter, std::nullopt, std::max(limit, 1));
    if (!rows)
        return failed(rows.error());
    QList<Fields> printed;
    for (const Opportunity &o : rows.value().rows)
        printed << opportunityFields(o);
    QStringList header;
    for (const auto &field : opportunityFields({}))
        header << field.first;
    printRows(printed, header, options.format);
    return ExitOk;
}

int runEnrich(const Database &db, const Options &options)
{
    const int limit = options.limit.isEmpty() ? 500 : options.limit.toInt();
    if (limit < 1)
        return usage(QCoreApplication::translate("cli", "--limit takes a number of EANs such as 500"));
    const auto credentials = stockXCredentials();
    if (!credentials)
        return failed(credentials.error());
    StockXClient client(stockXEndpoints(options), credentials.value());
    AwinEnrichment job(db, client);
    QObject::connect(&job, &AwinEnrichment::logLine, [](const QString &line) {
        err() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << ' ' << line << Qt::endl;
    });
    QObject::connect(&job, &AwinEnrichment::progress, [](const AwinEnrichmentProgress &p) {
        err() << QCoreApplication::translate("cli", "%1 of %2 EANs, %3 found")
                     .arg(p.processed)
                     .arg(p.total)
                     .arg(p.matched)
              << '\r' << Qt::flush;
    });
    std::optional<AwinEnrichmentResult> result;
    QObject::connect(&job, &AwinEnrichment::finished, [&](const AwinEnrichmentResult &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    job.start(limit);
    if (!result)
        QCoreApplication::exec();
    err() << Qt::endl;
    out() << QCoreApplication::translate("cli", "%1: %2 EANs looked up, %3 found on StockX, %4 not there, %5 failed; "
                                                "%6 new catalog products")
                 .arg(result->status)
                 .arg(result->counts.processed)
                 .arg(result->counts.matched)
                 .arg(result->counts.notFound)
                 .arg(result->counts.failed)
                 .arg(result->newProducts)
          << Qt::endl;
    if (result->error)
        return failed(*result->error);
    return result->status == u"completed"_s ? ExitOk : ExitFailed;
}

} // namespace

bool isAwinCommand(const QStringList &command)
{
    return command == QStringList{u"sync"_s, u"awin"_s} || command == QStringList{u"opportunities"_s} ||
           command == QStringList{u"awin"_s, u"enrich"_s};
}

int runAwin(const Database &db, const Options &options)
{
    if (options.command.value(0) == u"awin"_s)
        return runEnrich(db, options);
    return options.command.value(0) == u"sync"_s ? runSync(db, options) : runOpportunities(db, options);
}

} // namespace sf::cli
