#include "catchqt.h"
#include "latencyproxy.h"
#include "testdatabase.h"

#include "db/sqlquery.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Latency proxy: bytes pass unchanged and in order, each way later by the delay", "[support]")
{
    QTcpServer echo;
    REQUIRE(echo.listen(QHostAddress::LocalHost));
    QObject::connect(&echo, &QTcpServer::newConnection, [&] {
        QTcpSocket *peer = echo.nextPendingConnection();
        QObject::connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
    });
    constexpr int delay = 20;
    LatencyProxy proxy(QHostAddress::LocalHost, echo.serverPort(), delay);
    REQUIRE(proxy.port() != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    REQUIRE(client.waitForConnected(5000));
    QByteArray sent;
    for (int i = 0; i < 200; ++i)
        sent += QByteArray::number(i) + ',';
    // In pieces, as a client writes its messages: they must arrive whole and in order.
    for (qsizetype at = 0; at < sent.size(); at += 97)
        client.write(sent.mid(at, 97));
    QByteArray received;
    REQUIRE(QTest::qWaitFor(
        [&] {
            received += client.readAll();
            return received.size() >= sent.size();
        },
        10000));
    CHECK(received == sent);
    // No timing is asserted here (shared machines are noisy); stall_probe --pg-latency-ms shows the delay.
    CHECK(proxy.connections() == 1);
}

TEST_CASE("Latency proxy: PostgreSQL answers through it", "[support][db]")
{
    if (!postgresAvailable())
        return;
    DatabaseConfig config = *postgresConfig();
    LatencyProxy proxy(QHostAddress(config.host), quint16(config.port), 5);
    config.host = u"127.0.0.1"_s;
    config.port = proxy.port();
    {
        Database db(config);
        REQUIRE(db.open());
        SqlQuery answer(db, u"SELECT 40 + 2"_s);
        REQUIRE(answer.exec());
        REQUIRE(answer.next());
        CHECK(answer.value(0).toInt() == 42);
        db.releaseThreadConnection();
    }
    CHECK(proxy.connections() >= 1);
}
