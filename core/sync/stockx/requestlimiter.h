#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace sf {

// One gate for every call to a rate-limited service: starts are at least the interval apart, in the
// order they were asked for, and a hold (after a 429) stops every start until it ends. The limit
// belongs to the account, not the process: with a shared file, every process that uses the same file
// (the window, a cron-run CLI) keeps the interval together. The file holds the next free start on
// the machine's monotonic clock, under a QLockFile held only to read and write it.
class RequestLimiter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLimiter)

public:
    explicit RequestLimiter(int intervalMs, const QString &sharedFile = {}, QObject *parent = nullptr);

    // `start` runs on this object's thread when its turn comes, unless `context` is gone by then.
    void schedule(QObject *context, std::function<void()> start);
    void holdFor(qint64 ms);
    int intervalMs() const { return m_intervalMs; }
    qint64 waitedMs() const { return m_waitedMs; } // time requests spent waiting for their turn

private:
    void pump();
    // Takes the next start across processes; 0 when taken, else how long to wait for it.
    qint64 claimShared(qint64 earliestFromNowMs);

    QString m_sharedFile;
    int m_intervalMs;
    QElapsedTimer m_clock;
    qint64 m_nextStartMs = 0;
    qint64 m_waitedMs = 0;
    struct Waiting {
        QPointer<QObject> context;
        std::function<void()> start;
        qint64 queuedMs;
    };
    std::deque<Waiting> m_queue;
    QTimer m_timer;
};

} // namespace sf
