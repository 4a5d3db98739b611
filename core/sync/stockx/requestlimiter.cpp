#include "requestlimiter.h"

namespace sf {

namespace {
// Loopback and network jitter can bring two requests closer together on arrival than they were at
// the start; a few milliseconds of margin keep the server's view at or above its limit.
constexpr int kMarginMs = 5;
} // namespace

RequestLimiter::RequestLimiter(int intervalMs, QObject *parent)
    : QObject(parent)
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
        Waiting next = std::move(m_queue.front());
        m_queue.pop_front();
        if (!next.context)
            continue;
        m_waitedMs += now - next.queuedMs;
        m_nextStartMs = now + m_intervalMs;
        next.start();
    }
}

} // namespace sf
