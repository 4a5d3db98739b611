#pragma once

#include "db/databaseworker.h"
#include "sync/stockx/stockxsession.h"

#include <QDockWidget>
#include <QHash>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace sf {

class AwinSession;
struct AwinSyncResult;

// The StockX sync dock: a button per job with its last successful run, the running job's progress
// with pages and time left, cancel (which stops between requests and keeps what was stored), and a
// log with timestamps. Errors are shown in StockX's own words plus what to do about them. Records a
// sync could not store are counted, and the button opens their list.
class SyncPanel final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    SyncPanel(DatabaseWorker &worker, StockXSession &session, QWidget *parent = nullptr);

    void startJob(const QString &job, const QList<ProductId> &products = {});
    // The Awin feed runs show here too: a row with its own button, and the same progress, cancel and log.
    void attachAwin(AwinSession &awin);
    QString logText() const;

Q_SIGNALS:
    void settingsRequested();

private:
    QWidget *jobRow(const QString &job, const QString &title, const std::function<void()> &start);
    void refreshLastRuns();
    void showRejections();
    void showProgress(const SyncProgress &progress);
    void jobFinished(const SyncRun &run);
    void listingsWritten(const QList<ListingWriteResult> &results);
    void setRunning(bool running);
    void appendLog(const QString &line);
    void showProblem(const QString &message);
    void awinFinished(const AwinSyncResult &result);

    DatabaseWorker &m_worker;
    StockXSession &m_session;
    QPushButton *m_rejected = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    QHash<QString, QLabel *> m_lastRun;
    QVBoxLayout *m_jobs = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPlainTextEdit *m_log = nullptr;
    bool m_needsSettings = false; // StockX refused our login: only Settings helps
};

// "about 2 min left"
QString remainingText(qint64 etaMs);

} // namespace sf
