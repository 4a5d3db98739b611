#include "stockxrepricer.h"

#include "pricing/repricingsettings.h"

using namespace Qt::StringLiterals;

namespace sf {

StockXRepricer::StockXRepricer(const Database &db, StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writer(db, client)
{
    connect(&m_writer, &StockXListingWriter::logLine, this, &StockXRepricer::logLine);
    connect(&m_writer, &StockXListingWriter::progress, this, &StockXRepricer::progress);
    connect(&m_writer, &StockXListingWriter::finished, this, &StockXRepricer::written);
}

void StockXRepricer::storeOn(DatabaseWorker *worker)
{
    m_storage.setWorker(worker);
    m_writer.storeOn(worker);
}

void StockXRepricer::begin(bool dryRun, const QString &changeReason)
{
    m_busy = true;
    m_cancelled = false;
    m_sent.clear();
    m_report = {};
    m_report.dryRun = dryRun;
    m_report.changeReason = changeReason;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    const Database &db = m_db;
    m_writer.setStopCheck(m_followSwitch ? std::function<QString()>([&db]() -> QString {
        const auto on = RepricingSettings::isEnabled(db);
        if (!on)
            return tr("The auto-repricing switch could not be read: %1").arg(on.error().message);
        return on.value() ? QString() : tr("Auto-repricing was switched off.");
    })
                                         : std::function<QString()>());
}

void StockXRepricer::run(const RepricingPolicy &policy, bool dryRun, const QString &changeReason,
                         const QSet<StockItemId> &only)
{
    if (m_busy)
        return;
    begin(dryRun, changeReason);
    Q_EMIT logLine(dryRun ? tr("Planning a repricing (dry run)…") : tr("Planning a repricing…"));
    m_storage.run<Result<QList<RepricingStep>>>(
        [this, policy, only] {
            return repricingplanner::planListed(m_db, policy, QDateTime::currentDateTimeUtc(), only);
        },
        [this](const Result<QList<RepricingStep>> &steps) { planned(steps); });
}

void StockXRepricer::apply(const QList<RepricingStep> &steps, const QString &changeReason)
{
    if (m_busy)
        return;
    begin(false, changeReason);
    planned(steps);
}

void StockXRepricer::planned(const Result<QList<RepricingStep>> &steps)
{
    if (!steps) {
        m_report.error = steps.error();
        finish();
        return;
    }
    QList<PriceChange> changes;
    for (const RepricingResult &result : RepricingReport::fromPlan(steps.value())) {
        if (result.kind != RepricingResult::Kind::Planned || m_report.dryRun) {
            m_report.results.append(result);
            continue;
        }
        const RepricingStep &step = result.step;
        m_sent.insert(step.candidate.listing, step);
        changes.append(
            {step.candidate.listing, step.newPrice, step.expected,
             PriceChangeNote{m_report.changeReason, step.reason, step.candidate.lowestAsk, step.candidate.highestBid}});
    }
    if (changes.isEmpty() || m_cancelled) {
        if (m_cancelled)
            written({});
        else
            finish();
        return;
    }
    Q_EMIT logLine(tr("Sending %n new asks to StockX.", nullptr, int(changes.size())));
    m_writer.reprice(changes);
}

void StockXRepricer::written(const QList<ListingWriteResult> &results)
{
    using Kind = RepricingResult::Kind;
    for (const ListingWriteResult &result : results) {
        const RepricingStep step = m_sent.take(result.listing);
        const Kind kind = !result.error     ? Kind::Changed
                          : result.conflict ? Kind::Conflict
                          : result.notSent  ? Kind::NotSent
                                            : Kind::Failed;
        m_report.results.append({step, kind, result.error ? result.error->message : step.reason});
    }
    m_report.stoppedBecause = m_writer.stopReason();
    // Stopped before the writer started: the planned changes were never sent.
    for (const RepricingStep &step : std::as_const(m_sent))
        m_report.results.append({step, Kind::NotSent, tr("Stopped by the operator.")});
    m_sent.clear();
    finish();
}

void StockXRepricer::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    m_writer.cancel();
}

void StockXRepricer::finish()
{
    m_busy = false;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_cancelled && m_report.stoppedBecause.isEmpty())
        m_report.stoppedBecause = tr("Stopped by the operator.");
    Q_EMIT logLine(m_report.summary());
    Q_EMIT finished(m_report);
}

} // namespace sf
