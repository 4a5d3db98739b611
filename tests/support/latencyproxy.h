#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <atomic>

namespace sf::test {

// A TCP proxy on loopback that holds every chunk for `delayMs` before passing it on, in each
// direction, so a server on this machine answers as one across a network would (a round trip costs
// at least twice the delay). It runs on a thread of its own, so a busy caller does not slow it down.
// Order and content of the bytes are kept; closing either side closes the other.
class LatencyProxy final {
public:
    LatencyProxy(QHostAddress upstreamHost, quint16 upstreamPort, int delayMs);
    ~LatencyProxy();
    Q_DISABLE_COPY_MOVE(LatencyProxy)

    // The loopback port to connect to instead of the upstream one; 0 when listening failed.
    quint16 port() const { return m_port; }
    int delayMs() const { return m_delayMs; }
    // Connections accepted so far.
    int connections() const { return m_connections.load(); }
    // Exchanges so far over all connections: each time a client sends after the server last spoke (or
    // first), however many pieces either side's bytes came in. What a network's latency is paid for.
    int roundTrips() const { return m_roundTrips.load(); }

private:
    QThread m_thread;
    QObject *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    int m_delayMs;
    std::atomic_int m_connections = 0;
    std::atomic_int m_roundTrips = 0;
};

} // namespace sf::test
