#include "requestlimiter.h"

#include "logcategories.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>

namespace sf {

namespace {
// A stored start further ahead than this is from before a reboot (the monotonic clock restarted).
constexpr qint64 kLongestSharedWaitMs = 15 * 60 * 1000;

qint64 monotonicNowMs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline();
}

// Network jitter (and, on loopback, a busy machine) can bring two requests closer together on arrival
// than they were at the start; 5 ms of margin were seen to fall short on a loaded two-core machine, so
// the margin is 50 ms, 5 % of StockX's second.
constexpr int kMarginMs = 50;
} // namespace

RequestLimiter::RequestLimiter(int intervalMs, const QString &sharedFile, QObject *parent)
    : QObject(parent)
    , m_sharedFile(intervalMs > 0 ? sharedFile : QString())
    , m_intervalMs(intervalMs > 0 ? intervalMs + kMarginMs : 0)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestLimiter::pump);
}

void RequestLimiter::schedule(QObject *context, std::function<void()> start)
{
    m_queue.push_back({context, std::move(start), m_clock.elapsed()});
    if (!m_timer.isActive())
        pump();
}

void RequestLimiter::holdFor(qint64 ms)
{
    m_nextStartMs = qMax(m_nextStartMs, m_clock.elapsed() + ms);
    if (!m_sharedFile.isEmpty())
        claimShared(ms);
    if (!m_queue.empty()) {
        m_timer.stop();
        pump();
    }
}

void RequestLimiter::pump()
{
    while (!m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        if (now < m_nextStartMs) {
            m_timer.start(int(m_nextStartMs - now));
            return;
        }
        if (!m_queue.front().context) {
            m_queue.pop_front();
            continue;
        }
        if (!m_sharedFile.isEmpty()) {
            if (const qint64 waitMs = claimShared(0); waitMs > 0) {
                m_timer.start(int(waitMs));
                return;
            }
        }
        Waiting next = std::move(m_queue.front());
        m_queue.pop_front();
        m_waitedMs += now - next.queuedMs;
        m_nextStartMs = now + m_intervalMs;
        next.start();
    }
}

qint64 RequestLimiter::claimShared(qint64 earliestFromNowMs)
{
    QLockFile lock(m_sharedFile + QStringLiteral(".lock"));
    lock.setStaleLockTime(5000);
    if (!lock.tryLock(2000)) {
        // Better one process's own limit than none: StockX's 429 handling covers the rest.
        qCWarning(lcStockX) << "cannot lock" << m_sharedFile << lock.error();
        return 0;
    }
    QFile file(m_sharedFile);
    if (!file.open(QIODevice::ReadWrite)) {
        qCWarning(lcStockX) << "cannot open" << m_sharedFile << file.errorString();
        return 0;
    }
    const qint64 now = monotonicNowMs();
    bool readable = false;
    qint64 nextFree = file.readAll().trimmed().toLongLong(&readable);
    if (!readable || nextFree > now + kLongestSharedWaitMs)
        nextFree = 0;
    const qint64 wanted = now + earliestFromNowMs;
    if (earliestFromNowMs == 0 && nextFree > wanted)
        return nextFree - now;
    const qint64 stored = earliestFromNowMs == 0 ? now + m_intervalMs : qMax(nextFree, wanted);
    file.resize(0);
    file.write(QByteArray::number(stored));
    return 0;
}

} // namespace sf
