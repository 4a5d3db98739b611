#pragma once

#include "pricing/repricingsettings.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace sf {

class DatabaseWorker;
class StockXSession;
struct RepricingReport;

// Runs auto-repricing while the app is open: once a minute it reads the switch and the interval (on
// the database worker, so other clients' and cron's changes count), and starts a run when one is due
// and StockX is free. The last run's time and summary are kept in core.system_config for every client.
class AutoRepricingSchedule final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRepricingSchedule)

public:
    struct State {
        RepricingSettings settings;
        QDateTime lastRun;
        QString lastSummary;
        bool running = false;
    };

    AutoRepricingSchedule(DatabaseWorker &worker, StockXSession &session, QObject *parent = nullptr);
    void start(int checkMs = 60000);
    // Reads the settings again and runs if a run is due.
    void check();
    // The kill switch: off in the database at once, and a run of this client stops before its next batch.
    void switchOff();
    void switchOn();
    const State &state() const { return m_state; }

Q_SIGNALS:
    void stateChanged();
    void failed(const QString &message); // the switch could not be written

private:
    void loaded(const State &state);
    void finished(const RepricingReport &report);

    DatabaseWorker &m_worker;
    StockXSession &m_session;
    QTimer m_timer;
    State m_state;
    bool m_ours = false; // the session's repricing run is this schedule's
};

} // namespace sf
