#include "latencyproxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace sf::test {

namespace {

// One direction of one connection: what `from` sends reaches `to` `delayMs` later.
class DelayedPipe final : public QObject {
public:
    DelayedPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, QObject *parent)
        : QObject(parent)
        , m_to(to)
        , m_delayMs(delayMs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::release);
        connect(from, &QTcpSocket::readyRead, this, [this, from] {
            m_pending.push_back({m_clock.elapsed() + m_delayMs, from->readAll()});
            if (!m_timer.isActive())
                schedule();
        });
    }

    // Bytes still held back; the connection closes once they are delivered.
    bool idle() const { return m_pending.empty(); }
    std::function<void()> onIdle;

private:
    struct Chunk {
        qint64 due;
        QByteArray bytes;
    };
    void schedule() { m_timer.start(int(qMax<qint64>(0, m_pending.front().due - m_clock.elapsed()))); }
    void release()
    {
        while (!m_pending.empty() && m_pending.front().due <= m_clock.elapsed()) {
            if (m_to)
                m_to->write(m_pending.front().bytes);
            m_pending.pop_front();
        }
        if (!m_pending.empty())
            schedule();
        else if (onIdle)
            onIdle();
    }

    QPointer<QTcpSocket> m_to;
    int m_delayMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Chunk> m_pending;
};

class ProxyServer final : public QTcpServer {
public:
    ProxyServer(QHostAddress upstreamHost, quint16 upstreamPort, int delayMs, std::atomic_int &connections,
                std::atomic_int &roundTrips)
        : m_upstreamHost(std::move(upstreamHost))
        , m_upstreamPort(upstreamPort)
        , m_delayMs(delayMs)
        , m_connections(connections)
        , m_roundTrips(roundTrips)
    {
        connect(this, &QTcpServer::newConnection, this, &ProxyServer::acceptAll);
    }

private:
    void acceptAll()
    {
        while (QTcpSocket *client = nextPendingConnection())
            bridge(client);
    }

    void bridge(QTcpSocket *client)
    {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *toServer = new DelayedPipe(client, upstream, m_delayMs, client);
        auto *toClient = new DelayedPipe(upstream, client, m_delayMs, client);
        auto serverSpoke = std::make_shared<bool>(true);
        connect(client, &QTcpSocket::readyRead, this, [this, serverSpoke] {
            if (std::exchange(*serverSpoke, false))
                ++m_roundTrips;
        });
        connect(upstream, &QTcpSocket::readyRead, this, [serverSpoke] { *serverSpoke = true; });
        // What the client sends before the upstream connection is up, QTcpSocket buffers until it is.
        const auto closeWhenDrained = [client, upstream, toServer, toClient] {
            const bool clientGone = client->state() == QAbstractSocket::UnconnectedState;
            const bool upstreamGone = upstream->state() == QAbstractSocket::UnconnectedState;
            if (clientGone && toServer->idle())
                upstream->disconnectFromHost();
            if (upstreamGone && toClient->idle())
                client->disconnectFromHost();
            if (clientGone && (upstreamGone || toServer->idle()))
                client->deleteLater();
        };
        toServer->onIdle = closeWhenDrained;
        toClient->onIdle = closeWhenDrained;
        connect(client, &QTcpSocket::disconnected, client, closeWhenDrained);
        connect(upstream, &QTcpSocket::disconnected, client, closeWhenDrained);
        upstream->connectToHost(m_upstreamHost, m_upstreamPort);
    }

    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    int m_delayMs;
    std::atomic_int &m_connections;
    std::atomic_int &m_roundTrips;
};

} // namespace

LatencyProxy::LatencyProxy(QHostAddress upstreamHost, quint16 upstreamPort, int delayMs)
    : m_delayMs(delayMs)
{
    m_thread.setObjectName(QStringLiteral("latency proxy"));
    m_thread.start();
    std::mutex mutex;
    std::condition_variable listening;
    bool ready = false;
    // The server is made and listens in its own thread; the constructor waits until it does.
    auto *starter = new QObject;
    starter->moveToThread(&m_thread);
    QMetaObject::invokeMethod(starter, [&, starter] {
        auto *server = new ProxyServer(upstreamHost, upstreamPort, delayMs, m_connections, m_roundTrips);
        const bool ok = server->listen(QHostAddress::LocalHost, 0);
        std::lock_guard lock(mutex);
        m_server = server;
        m_port = ok ? server->serverPort() : 0;
        ready = true;
        listening.notify_one();
        starter->deleteLater();
    });
    std::unique_lock lock(mutex);
    listening.wait(lock, [&] { return ready; });
}

LatencyProxy::~LatencyProxy()
{
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace sf::test
