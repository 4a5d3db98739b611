#include "stockxautolister.h"

#include "pricing/autolistingplanner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

int AutoListingRun::matched() const
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(), [](const auto &d) { return d.matched(); }));
}

int AutoListingRun::listed() const
{
    return int(std::count_if(written.cbegin(), written.cend(), [](const auto &r) { return !r.error; }));
}

int AutoListingRun::failed() const
{
    return int(written.size()) - listed();
}

QString AutoListingRun::summary() const
{
    if (error)
        return QCoreApplication::translate("AutoListing", "Auto-listing failed: %1").arg(error->message);
    const QString looked = QCoreApplication::translate("AutoListing", "Auto-listing looked at %n pairs in stock",
                                                       nullptr, int(decisions.size()));
    if (dryRun)
        return QCoreApplication::translate("AutoListing",
                                           "%1; the rules would list %n of them (dry run, nothing was sent).", nullptr,
                                           matched())
            .arg(looked);
    return QCoreApplication::translate("AutoListing", "%1; %n listed on StockX", nullptr, listed()).arg(looked) +
           QCoreApplication::translate("AutoListing", ", %n failed.", nullptr, failed());
}

StockXAutoLister::StockXAutoLister(const Database &db, StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_writer(db, client)
    , m_db(db)
{
    connect(&m_writer, &StockXListingWriter::logLine, this, &StockXAutoLister::logLine);
    connect(&m_writer, &StockXListingWriter::finished, this, [this](const QList<ListingWriteResult> &results) {
        for (const ListingWriteResult &result : results)
            m_run.written.insert(result.item, result);
        finish();
    });
}

QList<ListingDraft> StockXAutoLister::draftsFor(const QList<AutoListingDecision> &decisions)
{
    QList<ListingDraft> drafts;
    for (const AutoListingDecision &d : decisions)
        if (d.matched())
            drafts.append({d.pair.item, d.price, d.expiresAt,
                           PriceChangeNote{u"algorithm"_s,
                                           tr("Auto-listing rule “%1” (%2): %3")
                                               .arg(d.rule->name, autolistingstrategy::displayName(d.rule->strategy),
                                                    d.reasoning.join(u"; "_s)),
                                           d.pair.lowestAsk, d.pair.highestBid}});
    return drafts;
}

void StockXAutoLister::run(bool dryRun)
{
    if (m_busy)
        return;
    m_busy = true;
    m_run = {};
    m_run.dryRun = dryRun;
    Q_EMIT logLine(tr("Checking the auto-listing rules against the newest pairs in stock…"));
    m_storage.run<Result<QList<AutoListingDecision>>>(
        [this] { return autolistingplanner::plan(m_db, QDateTime::currentDateTimeUtc()); },
        [this](const Result<QList<AutoListingDecision>> &decisions) { planned(decisions); });
}

void StockXAutoLister::planned(const Result<QList<AutoListingDecision>> &decisions)
{
    if (!decisions) {
        m_run.error = decisions.error();
        finish();
        return;
    }
    m_run.decisions = decisions.value();
    const QList<ListingDraft> drafts = draftsFor(m_run.decisions);
    if (m_run.dryRun || drafts.isEmpty()) {
        finish();
        return;
    }
    Q_EMIT logLine(tr("Listing %n pairs on StockX.", nullptr, int(drafts.size())));
    m_writer.create(drafts);
}

void StockXAutoLister::finish()
{
    m_busy = false;
    Q_EMIT logLine(m_run.summary());
    Q_EMIT finished(m_run);
}

} // namespace sf
