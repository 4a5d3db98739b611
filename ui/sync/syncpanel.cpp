#include "syncpanel.h"

#include "common/rolegate.h"

#include "sourcing/awinsession.h"
#include "sync/syncrejectionrepository.h"
#include "sync/syncrunrepository.h"
#include "syncrejectionsdialog.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

QString remainingText(qint64 etaMs)
{
    if (etaMs < 0)
        return {};
    const qint64 seconds = (etaMs + 999) / 1000;
    if (seconds < 90)
        return SyncPanel::tr("about %n s left", nullptr, int(seconds));
    return SyncPanel::tr("about %n min left", nullptr, int((seconds + 30) / 60));
}

SyncPanel::SyncPanel(DatabaseWorker &worker, StockXSession &session, QWidget *parent)
    : QDockWidget(tr("Sync"), parent)
    , m_worker(worker)
    , m_session(session)
{
    setObjectName(u"syncPanel"_s);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_jobs = new QVBoxLayout;
    m_jobs->setContentsMargins(0, 0, 0, 0);
    for (const auto &[job, title] :
         {std::pair{u"orders"_s, tr("StockX orders")}, std::pair{u"listings"_s, tr("StockX listings")},
          std::pair{u"catalog"_s, tr("StockX catalog and market prices")}})
        m_jobs->addWidget(jobRow(job, title, [this, job = job] { startJob(job); }));
    layout->addLayout(m_jobs);

    m_status = new QLabel(tr("Idle"));
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"syncCancel"_s);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stops before the next request; everything stored so far is kept."));
    connect(m_cancel, &QPushButton::clicked, &m_session, &StockXSession::cancel);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);

    m_problem = new QLabel;
    m_problem->setObjectName(u"syncProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; background: #fdecea; border-radius: 4px; padding: 6px; }"_s);
    m_problem->hide();
    m_reconnect = new QPushButton(tr("Open StockX settings\u2026"));
    m_reconnect->setObjectName(u"syncReconnect"_s);
    m_reconnect->hide();
    connect(m_reconnect, &QPushButton::clicked, this, &SyncPanel::settingsRequested);
    layout->addWidget(m_problem);
    layout->addWidget(m_reconnect);
    m_rejected = new QPushButton;
    m_rejected->setObjectName(u"syncRejected"_s);
    m_rejected->setStyleSheet(u"QPushButton { color: #8a5300; text-align: left; padding: 4px 8px; }"_s);
    m_rejected->setToolTip(tr("Records StockX sent that could not be stored; the next sync of their kind tries "
                              "them again."));
    m_rejected->hide();
    connect(m_rejected, &QPushButton::clicked, this, &SyncPanel::showRejections);
    layout->addWidget(m_rejected);

    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"syncLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("What the sync does appears here."));
    layout->addWidget(new QLabel(tr("Log")));
    layout->addWidget(m_log, 1);
    setWidget(body);

    connect(&m_session, &StockXSession::jobStarted, this, [this](const QString &) {
        setRunning(true);
        m_status->setText(tr("Talking to StockX\u2026"));
        m_needsSettings = false;
        m_problem->hide();
        m_reconnect->hide();
    });
    connect(&m_session, &StockXSession::progress, this, &SyncPanel::showProgress);
    connect(&m_session, &StockXSession::logLine, this, &SyncPanel::appendLog);
    connect(&m_session, &StockXSession::jobFinished, this, &SyncPanel::jobFinished);
    connect(&m_session, &StockXSession::listingsWritten, this, &SyncPanel::listingsWritten);
    connect(&m_session, &StockXSession::repricingProgress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(&m_session, &StockXSession::repricingFinished, this, [this](const RepricingReport &report) {
        setRunning(false);
        m_status->setText(report.summary());
        const int problems =
            report.count(RepricingResult::Kind::Conflict) + report.count(RepricingResult::Kind::Failed);
        if (report.error || problems > 0)
            showProblem(report.error ? report.summary()
                                     : tr("%n listings were not repriced: changed elsewhere or refused. The Pricing "
                                          "page's run report says which.",
                                          nullptr, problems));
    });
    connect(&m_session, &StockXSession::startFailed, this, [this](const QString &, const QString &message) {
        setRunning(false);
        m_status->setText(tr("Not started."));
        appendLog(message);
        showProblem(message);
    });
    connect(&m_session, &StockXSession::awinEnrichmentFinished, this, [this](const AwinEnrichmentResult &result) {
        setRunning(false);
        m_status->setText(tr("StockX lookup of Awin EANs: %1 found, %2 not on StockX, %3 failed.")
                              .arg(result.counts.matched)
                              .arg(result.counts.notFound)
                              .arg(result.counts.failed));
        if (result.error)
            showProblem(
                tr("%1\nWhat was found is kept; the next lookup continues with the rest.").arg(result.error->message));
    });
    connect(&m_session, &StockXSession::reconnectNeeded, this, [this](const QString &why) {
        m_needsSettings = true;
        showProblem(why);
    });
    refreshLastRuns();
}

QWidget *SyncPanel::jobRow(const QString &job, const QString &title, const std::function<void()> &start)
{
    auto *row = new QWidget;
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 2, 0, 2);
    auto *name = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
    auto *last = new QLabel;
    last->setObjectName(u"lastRun_"_s + job);
    last->setStyleSheet(u"color: #6b6880;"_s);
    // Room for both lines from the start, so the panel does not jump when a run finishes; wrapping
    // keeps the dock narrow.
    last->setWordWrap(true);
    last->setMinimumHeight(2 * last->fontMetrics().lineSpacing() + 2);
    auto *button = new QPushButton(tr("Sync now"));
    button->setObjectName(u"sync_"_s + job);
    connect(button, &QPushButton::clicked, this, start);
    RoleGate::require(button, TeamRole::Action::Write);
    grid->addWidget(name, 0, 0);
    grid->addWidget(button, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(last, 1, 0);
    grid->setColumnStretch(0, 1);
    m_buttons.insert(job, button);
    m_lastRun.insert(job, last);
    return row;
}

void SyncPanel::startJob(const QString &job, const QList<ProductId> &products)
{
    m_status->setText(tr("Starting\u2026"));
    m_progress->setRange(0, 0);
    m_session.start(job, products);
}

void SyncPanel::attachAwin(AwinSession &awin)
{
    QWidget *row = jobRow(u"awin"_s, tr("Awin feeds"), [&awin] { awin.sync(); });
    m_jobs->addWidget(row);
    m_lastRun.remove(u"awin"_s); // its state lives in the feeds, shown on the Awin page
    row->findChild<QLabel *>(u"lastRun_awin"_s)->setText(tr("Changed feeds: download, import, match, value"));
    connect(m_cancel, &QPushButton::clicked, &awin, &AwinSession::cancel);
    connect(&awin, &AwinSession::started, this, [this] {
        setRunning(true);
        m_problem->hide();
        m_status->setText(tr("Working on the Awin feeds\u2026"));
        m_progress->setRange(0, 0);
    });
    connect(&awin, &AwinSession::progress, this, [this](const QString &what, qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
        m_status->setText(what);
    });
    connect(&awin, &AwinSession::logLine, this, &SyncPanel::appendLog);
    connect(&awin, &AwinSession::finished, this, &SyncPanel::awinFinished);
    connect(&awin, &AwinSession::startFailed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("Not started."));
        appendLog(message);
        showProblem(message);
    });
}

void SyncPanel::awinFinished(const AwinSyncResult &result)
{
    setRunning(false);
    qint64 imported = 0;
    for (const AwinFeedOutcome &f : result.feeds)
        imported += f.report ? f.report->rows : 0;
    m_status->setText(result.cancelled
                          ? tr("Cancelled. What was stored is kept.")
                          : tr("Awin: %n feeds, %1 rows imported, %2 offers valued.", nullptr, int(result.feeds.size()))
                                .arg(QLocale().toString(imported), QLocale().toString(result.valued)));
    if (result.failed())
        showProblem(tr("Some Awin feeds failed; the log and the Awin page say why. The offers stored before are "
                       "unchanged."));
}

void SyncPanel::refreshLastRuns()
{
    struct State {
        QHash<QString, Result<std::optional<SyncRun>>> lastRuns;
        int rejected = 0;
    };
    m_worker.run<State>(
        this,
        [jobs = m_lastRun.keys()](const Database &db) {
            State state;
            for (const QString &job : jobs)
                state.lastRuns.insert(job, SyncRunRepository(db).lastCompleted(u"stockx"_s, job));
            const auto rejected = SyncRejectionRepository(db).all(u"stockx"_s);
            state.rejected = rejected ? int(rejected.value().size()) : 0;
            return state;
        },
        [this](State state) {
            const QLocale locale;
            for (auto it = state.lastRuns.cbegin(); it != state.lastRuns.cend(); ++it) {
                QLabel *label = m_lastRun.value(it.key());
                if (!it.value())
                    label->setText(it.value().error().message);
                else if (!it.value().value())
                    label->setText(tr("Never synced"));
                else
                    label->setText(
                        tr("Last successful: %1\n%2 new, %3 changed")
                            .arg(locale.toString(it.value().value()->finishedAt.toLocalTime(), QLocale::ShortFormat))
                            .arg(it.value().value()->counts.created)
                            .arg(it.value().value()->counts.updated));
            }
            m_rejected->setText(tr("%n records waiting to be stored\u2026", nullptr, state.rejected));
            m_rejected->setVisible(state.rejected > 0);
        });
}

void SyncPanel::showRejections()
{
    auto *dialog = new SyncRejectionsDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void SyncPanel::showProgress(const SyncProgress &p)
{
    const int total = qMax(p.pagesKnown, p.pagesDone);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(p.pagesDone);
    QStringList parts{tr("%1: %2 of %3").arg(p.phase).arg(p.pagesDone).arg(total),
                      tr("%n stored", nullptr, p.counts.stored())};
    if (p.counts.rejected > 0)
        parts << tr("%n rejected", nullptr, p.counts.rejected);
    if (const QString left = remainingText(p.etaMs); !left.isEmpty())
        parts << left;
    m_status->setText(parts.join(u" \u00b7 "_s));
}

void SyncPanel::jobFinished(const SyncRun &run)
{
    setRunning(false);
    refreshLastRuns();
    if (run.status == u"completed"_s)
        m_status->setText(tr("Done: %1 new, %2 changed, %3 unchanged, %4 rejected.")
                              .arg(run.counts.created)
                              .arg(run.counts.updated)
                              .arg(run.counts.unchanged)
                              .arg(run.counts.rejected));
    else if (run.status == u"cancelled"_s)
        m_status->setText(tr("Cancelled. What was stored is kept."));
    else {
        m_status->setText(tr("Stopped."));
        showProblem(tr("%1\nWhat was stored before is kept; syncing again continues after it.").arg(run.errorMessage));
    }
}

void SyncPanel::listingsWritten(const QList<ListingWriteResult> &results)
{
    setRunning(false);
    const auto failed = std::count_if(results.cbegin(), results.cend(),
                                      [](const ListingWriteResult &r) { return r.error.has_value(); });
    const int done = int(results.size() - failed);
    m_status->setText(tr("StockX listings: %1 done, %2 failed.").arg(done).arg(failed));
    appendLog(m_status->text());
    if (failed > 0)
        showProblem(tr("%n listing changes failed; the log says why.", nullptr, int(failed)));
}

void SyncPanel::setRunning(bool running)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (!running)
        m_progress->setRange(0, 1);
}

void SyncPanel::appendLog(const QString &line)
{
    m_log->appendPlainText(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) + u"  "_s + line);
}

void SyncPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_reconnect->setVisible(m_needsSettings);
}

QString SyncPanel::logText() const
{
    return m_log->toPlainText();
}

} // namespace sf
