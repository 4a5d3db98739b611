#include "stockxsession.h"

#include "stockxcatalogsync.h"
#include "stockxcredentials.h"
#include "stockxlistingsync.h"
#include "stockxordersync.h"
#include "stockxshippingdocument.h"

using namespace Qt::StringLiterals;

namespace sf {

std::unique_ptr<StockXSyncJob> makeStockXJob(const QString &job, const Database &db, StockXClient &client,
                                             const QDate &since, const QList<ProductId> &products)
{
    if (job == u"orders"_s)
        return std::make_unique<StockXOrderSync>(db, client, since);
    if (job == u"listings"_s)
        return std::make_unique<StockXListingSync>(db, client);
    if (job == u"catalog"_s)
        return std::make_unique<StockXCatalogSync>(db, client, products);
    return nullptr;
}

StockXSession::StockXSession(const Database &db, SecretStore &secrets, const StockXEndpoints &endpoints,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_endpoints(endpoints)
{}

StockXSession::~StockXSession() = default;

void StockXSession::reset()
{
    if (!busy()) {
        m_job.reset();
        m_writer.reset();
        m_repricer.reset();
        m_client.reset();
    }
}

void StockXSession::withClient(std::function<void(Result<StockXClient *>)> ready)
{
    if (m_client) {
        ready(m_client.get());
        return;
    }
    const auto create = [this, ready](const StockXCredentials &credentials) {
        m_client = std::make_unique<StockXClient>(m_endpoints, credentials);
        connect(m_client.get(), &StockXClient::retrying, this, [this](const QString &why, int attempt, int delayMs) {
            Q_EMIT logLine(tr("%1 Attempt %2 in %3 s.").arg(why).arg(attempt).arg(delayMs / 1000.0, 0, 'f', 1));
        });
        connect(&m_client->auth(), &StockXAuth::reconnectNeeded, this, &StockXSession::reconnectNeeded);
        ready(m_client.get());
    };
    const StockXCredentials fromEnvironment = StockXCredentials::fromEnvironment();
    if (fromEnvironment.complete()) {
        create(fromEnvironment);
        return;
    }
    StockXCredentials::load(m_secrets, [create, ready](Result<StockXCredentials> credentials) {
        if (!credentials)
            ready(Error{u"stockx.not_connected"_s, credentials.error().message, {}});
        else
            create(credentials.value());
    });
}

void StockXSession::whenReady(const QString &what, std::function<void()> go)
{
    if (busy()) {
        Q_EMIT startFailed(what, tr("Another StockX job is running; wait for it or cancel it."));
        return;
    }
    m_starting = true;
    withClient([this, what, go](Result<StockXClient *> client) {
        m_starting = false;
        if (!client) {
            if (client.error().code == u"stockx.not_connected"_s)
                Q_EMIT reconnectNeeded(client.error().message);
            Q_EMIT startFailed(what, client.error().message);
            return;
        }
        go();
    });
}

void StockXSession::start(const QString &job, const QList<ProductId> &products)
{
    whenReady(job, [this, job, products] { run(job, products); });
}

void StockXSession::run(const QString &job, const QList<ProductId> &products)
{
    m_job = makeStockXJob(job, m_db, *m_client, {}, products);
    if (!m_job) {
        Q_EMIT startFailed(job, tr("There is no StockX job \"%1\".").arg(job));
        return;
    }
    m_job->storeOn(m_storageWorker);
    connect(m_job.get(), &StockXSyncJob::progress, this, &StockXSession::progress);
    connect(m_job.get(), &StockXSyncJob::logLine, this, &StockXSession::logLine);
    connect(m_job.get(), &StockXSyncJob::finished, this, &StockXSession::jobFinished);
    Q_EMIT jobStarted(job);
    m_job->start();
}

void StockXSession::write(const QString &what, std::function<void(StockXListingWriter &)> work)
{
    whenReady(what, [this, what, work] {
        if (!m_writer) {
            m_writer = std::make_unique<StockXListingWriter>(m_db, *m_client);
            m_writer->storeOn(m_storageWorker);
            connect(m_writer.get(), &StockXListingWriter::logLine, this, &StockXSession::logLine);
            connect(m_writer.get(), &StockXListingWriter::finished, this, &StockXSession::listingsWritten);
        }
        Q_EMIT jobStarted(what);
        work(*m_writer);
    });
}

void StockXSession::createListings(const QList<ListingDraft> &drafts)
{
    write(u"list"_s, [drafts](StockXListingWriter &writer) { writer.create(drafts); });
}

void StockXSession::changeListings(StockXListingWriter::Action action, const QList<SeenListing> &listings,
                                   const std::optional<Money> &amount)
{
    write(u"listing-change"_s,
          [action, listings, amount](StockXListingWriter &writer) { writer.change(action, listings, amount); });
}

void StockXSession::reprice(std::function<void(StockXRepricer &)> work)
{
    whenReady(u"reprice"_s, [this, work] {
        if (!m_repricer) {
            m_repricer = std::make_unique<StockXRepricer>(m_db, *m_client);
            m_repricer->storeOn(m_storageWorker);
            connect(m_repricer.get(), &StockXRepricer::logLine, this, &StockXSession::logLine);
            connect(m_repricer.get(), &StockXRepricer::progress, this, &StockXSession::repricingProgress);
            connect(m_repricer.get(), &StockXRepricer::finished, this, &StockXSession::repricingFinished);
        }
        Q_EMIT jobStarted(u"reprice"_s);
        work(*m_repricer);
    });
}

void StockXSession::applyRepricing(const QList<RepricingStep> &steps, const QString &changeReason)
{
    reprice([steps, changeReason](StockXRepricer &repricer) {
        repricer.followSwitch(false);
        repricer.apply(steps, changeReason);
    });
}

void StockXSession::runAutoRepricing(const RepricingPolicy &policy)
{
    reprice([policy](StockXRepricer &repricer) {
        repricer.followSwitch(true);
        repricer.run(policy, false, u"auto_repricing"_s);
    });
}

void StockXSession::downloadShippingDocument(const OrderRow &order, const QString &directory, QObject *context,
                                             std::function<void(Result<QString>)> done)
{
    QPointer<QObject> guard(context);
    withClient([this, order, directory, guard, done](Result<StockXClient *> client) {
        if (!guard)
            return;
        if (!client) {
            done(client.error());
            return;
        }
        downloadStockXShippingDocument(m_db, *client.value(), order, directory, guard, done);
    });
}

void StockXSession::enrichAwinOffers(int limit)
{
    whenReady(u"awin_enrichment"_s, [this, limit] {
        m_awinEnrichment = std::make_unique<AwinEnrichment>(m_db, *m_client);
        m_awinEnrichment->storeOn(m_storageWorker);
        connect(m_awinEnrichment.get(), &AwinEnrichment::logLine, this, &StockXSession::logLine);
        connect(m_awinEnrichment.get(), &AwinEnrichment::progress, this, [this](const AwinEnrichmentProgress &p) {
            SyncProgress shown;
            shown.job = u"awin_enrichment"_s;
            shown.phase = tr("Awin EANs on StockX");
            shown.pagesDone = p.processed;
            shown.pagesKnown = p.total;
            shown.counts.created = p.matched;
            shown.counts.rejected = p.failed;
            shown.etaMs = p.etaMs;
            Q_EMIT progress(shown);
        });
        connect(m_awinEnrichment.get(), &AwinEnrichment::finished, this, &StockXSession::awinEnrichmentFinished);
        Q_EMIT jobStarted(u"awin_enrichment"_s);
        m_awinEnrichment->start(limit);
    });
}

void StockXSession::cancel()
{
    if (m_awinEnrichment)
        m_awinEnrichment->cancel();
    if (m_job)
        m_job->cancel();
    if (m_repricer)
        m_repricer->cancel();
}

} // namespace sf
