#pragma once

#include "domain/result.h"
#include "requestlimiter.h"
#include "stockxauth.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace sf {

struct StockXRequest {
    QByteArray verb = "GET";
    QString path; // below the API URL, e.g. "/selling/orders/history"
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    bool expectJson = true; // false for the shipping PDF

    // False for a call that creates something: StockX has no idempotency key, so a create whose reply
    // is lost may have been carried out, and sending it again would make a second one.
    bool idempotent = true;
};

struct StockXReply {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
};

// Every call to StockX's API goes through here: both auth headers, the shared 1 request/s limiter,
// a transfer timeout, bounded exponential backoff with jitter for 429, 5xx, timeouts and broken
// bodies, Retry-After when the server sends one, and one forced token refresh on 401. Errors come
// back as values in words the operator understands. A write that is not idempotent is never resent
// once it may have reached StockX: it fails with `outcomeUnknownCode`, and the caller looks up what
// StockX made of it.
class StockXClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXClient)

public:
    using Callback = std::function<void(Result<StockXReply>)>;
    static inline const QString outcomeUnknownCode = QStringLiteral("stockx.outcome_unknown");

    StockXClient(const StockXEndpoints &endpoints, const StockXCredentials &credentials, QObject *parent = nullptr);

    // `done` runs once, unless `context` is destroyed first.
    void send(const StockXRequest &request, QObject *context, Callback done);
    StockXAuth &auth() { return m_auth; }
    RequestLimiter &limiter() { return m_limiter; }
    const StockXEndpoints &endpoints() const { return m_endpoints; }
    int requestsSent() const { return m_sent; }
    int retries() const { return m_retries; }

Q_SIGNALS:
    // A request failed in a way that is retried; `delayMs` until the next attempt.
    void retrying(const QString &why, int attempt, int delayMs);

private:
    struct Call {
        StockXRequest request;
        QPointer<QObject> context;
        Callback done;
        int attempt = 1;
        bool refreshedToken = false;
    };
    void attempt(std::shared_ptr<Call> call, bool forceRefresh);
    void transmit(std::shared_ptr<Call> call, const QString &token);
    void handle(std::shared_ptr<Call> call, QNetworkReply *reply);
    void retry(std::shared_ptr<Call> call, const Error &why, qint64 serverDelayMs);
    // Retries, unless the request is a write StockX may already have carried out.
    void retryIfUnsent(std::shared_ptr<Call> call, const Error &why, bool mayHaveArrived);
    void fail(std::shared_ptr<Call> call, const Error &error);
    int backoffMs(int attempt) const;

    StockXEndpoints m_endpoints;
    StockXCredentials m_credentials;
    QNetworkAccessManager m_network;
    StockXAuth m_auth;
    RequestLimiter m_limiter;
    int m_sent = 0;
    int m_retries = 0;
};

// The message StockX put in an error body: `message`, else `errorMessage`, else the raw text.
QString stockXErrorMessage(const QByteArray &body);

} // namespace sf
