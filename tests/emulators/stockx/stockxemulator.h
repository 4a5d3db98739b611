#pragma once

#include "emulatorcatalog.h"
#include "emulatormarket.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <deque>

namespace sf::emu {

struct EmulatorOptions {
    QString clientId = QStringLiteral("sf-emulator-client");
    QString clientSecret = QStringLiteral("sf-emulator-secret");
    QString apiKey = QStringLiteral("sf-emulator-api-key");
    int tokenLifetimeSeconds = 43200;
    bool rateLimit = true;
    int minIntervalMs = 1000; // StockX: at most one request per second
    int dailyQuota = 25000;   // resets at 00:00 UTC
    bool retryAfter = false;  // StockX documents no Retry-After; the switch tests both cases
    int batchItemsPer5Min = 500;
};

// LostReply carries the request out and never answers, like a connection that drops after the write;
// EmptyObject answers 200 with `{}`; RedirectAway answers 307 to the same path on another host.
enum class Fault {
    ServerError,
    Unavailable,
    TooManyRequests,
    Hang,
    LostReply,
    EmptyObject,
    RedirectAway,
    Truncated,
    Malformed
};

struct RequestRecord {
    qint64 receivedNs = 0; // monotonic, from the emulator's start
    QString method;
    QString path;
    int status = 0;
};

// StockX's public API v2 and its Auth0 login, as one HTTP server on loopback: OAuth for both grants,
// both auth headers on every call, 1 request/s and a daily quota, the real JSON envelopes and paging,
// asynchronous listing operations, batches, orders and the shipping PDF. A control API under
// /__emulator/ (and the same calls in C++) plays sales and switches faults on.
class StockXEmulator final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXEmulator)

public:
    explicit StockXEmulator(const EmulatorOptions &options = {}, QObject *parent = nullptr);
    ~StockXEmulator() override;

    quint16 start(quint16 port = 0);
    QString apiUrl() const;  // http://127.0.0.1:<port>/v2
    QString authUrl() const; // http://127.0.0.1:<port>
    EmulatorOptions &options() { return m_options; }
    EmulatorCatalog &catalog() { return m_catalog; }
    EmulatorMarket &market() { return m_market; }

    // A refresh token that is valid without the browser step (tests, unattended use).
    QString issueRefreshToken();
    void injectFault(Fault fault, int count = 1, const QString &pathPrefix = QStringLiteral("/v2/"));
    void expireAccessTokens();
    void revokeRefreshTokens();
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    QDateTime now() const;
    const QList<RequestRecord> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int refreshGrants() const { return m_refreshGrants; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct PendingFault {
        Fault fault;
        int remaining;
        QString pathPrefix;
    };

    static Reply json(const QJsonValue &value, int status = 200);
    static Reply error(int status, const QString &message);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    Reply authorize(const QHttpServerRequest &request);
    Reply token(const QHttpServerRequest &request);
    Reply control(const QHttpServerRequest &request, const QStringList &parts);
    std::optional<Reply> gate(const QHttpServerRequest &request, bool &hang);
    std::optional<Reply> rateLimited(int batchItems);
    Reply api(const QHttpServerRequest &request, const QStringList &parts);
    Reply catalogApi(const QHttpServerRequest &request, const QStringList &parts);
    Reply listingsApi(const QHttpServerRequest &request, const QStringList &parts);
    Reply batchApi(const QHttpServerRequest &request, const QStringList &parts);
    Reply ordersApi(const QHttpServerRequest &request, const QStringList &parts);
    std::optional<PendingFault> takeFault(const QString &path);
    QJsonObject configJson() const;
    void configure(const QJsonObject &config);

    EmulatorOptions m_options;
    EmulatorCatalog m_catalog;
    EmulatorMarket m_market;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    qint64 m_clockOffset = 0;
    QHash<QString, QDateTime> m_accessTokens; // token -> expiry
    QSet<QString> m_refreshTokens;
    QHash<QString, QString> m_codes; // authorization code -> redirect uri
    QList<PendingFault> m_faults;
    QList<RequestRecord> m_requests;
    qint64 m_lastAcceptedNs = -1;
    QDate m_quotaDay;
    int m_quotaUsed = 0;
    std::deque<std::pair<qint64, int>> m_batchItems; // (ns, items) of recent batch calls
    int m_refreshGrants = 0;
    int m_tokenCounter = 0;
};

} // namespace sf::emu
