#include "autorepricingschedule.h"

#include "db/databaseworker.h"
#include "db/systemconfig.h"
#include "stockxsession.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kLastRun = u"pricing.reprice_last_run"_s;
const QString kLastSummary = u"pricing.reprice_last_summary"_s;
} // namespace

AutoRepricingSchedule::AutoRepricingSchedule(DatabaseWorker &worker, StockXSession &session, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoRepricingSchedule::check);
    connect(&m_session, &StockXSession::repricingFinished, this, &AutoRepricingSchedule::finished);
    connect(&m_session, &StockXSession::startFailed, this, [this](const QString &job) {
        if (job == u"reprice"_s && m_ours) {
            m_ours = false;
            m_state.running = false;
            Q_EMIT stateChanged();
        }
    });
}

void AutoRepricingSchedule::start(int checkMs)
{
    m_timer.start(checkMs);
    check();
}

void AutoRepricingSchedule::check()
{
    m_worker.run<std::optional<State>>(
        this,
        [](const Database &db) -> std::optional<State> {
            const auto settings = RepricingSettings::load(db);
            const auto lastRun = SystemConfig(db).value(kLastRun);
            const auto summary = SystemConfig(db).value(kLastSummary);
            if (!settings || !lastRun || !summary)
                return std::nullopt; // read again at the next check
            State state;
            state.settings = settings.value();
            state.lastRun = QDateTime::fromString(lastRun.value().value_or(QString()), Qt::ISODate);
            state.lastSummary = summary.value().value_or(QString());
            return state;
        },
        [this](const std::optional<State> &state) {
            if (state)
                loaded(*state);
        });
}

void AutoRepricingSchedule::loaded(const State &state)
{
    const bool running = m_state.running;
    m_state = state;
    m_state.running = running;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool due =
        !state.lastRun.isValid() || state.lastRun.addSecs(qint64(state.settings.intervalMinutes) * 60) <= now;
    if (state.settings.enabled && due && !m_state.running && !m_session.busy()) {
        m_ours = true;
        m_state.running = true;
        m_session.runAutoRepricing(state.settings.policy);
    }
    Q_EMIT stateChanged();
}

void AutoRepricingSchedule::finished(const RepricingReport &report)
{
    if (!m_ours)
        return;
    m_ours = false;
    m_state.running = false;
    m_state.lastRun = report.finishedAt;
    m_state.lastSummary = report.summary();
    m_worker.run<Status>(
        this,
        [at = report.finishedAt, summary = m_state.lastSummary](const Database &db) -> Status {
            if (Status saved = SystemConfig(db).setValue(kLastRun, at.toString(Qt::ISODate)); !saved)
                return saved;
            return SystemConfig(db).setValue(kLastSummary, summary);
        },
        [](const Status &) {});
    Q_EMIT stateChanged();
}

void AutoRepricingSchedule::switchOff()
{
    if (m_ours)
        m_session.cancel();
    m_state.settings.enabled = false;
    Q_EMIT stateChanged();
    m_worker.run<Status>(
        this, [](const Database &db) { return RepricingSettings::setEnabled(db, false); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT failed(status.error().message);
            check();
        });
}

void AutoRepricingSchedule::switchOn()
{
    m_worker.run<Status>(
        this, [](const Database &db) { return RepricingSettings::setEnabled(db, true); },
        [this](const Status &status) {
            if (!status)
                Q_EMIT failed(status.error().message);
            check();
        });
}

} // namespace sf
