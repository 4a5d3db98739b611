#include "stockxclient.h"

#include "logcategories.h"

#include "stockxmapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QUrl urlFor(const StockXEndpoints &endpoints, const StockXRequest &request)
{
    QUrl url = endpoints.apiUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    return url;
}
} // namespace

QString stockXErrorMessage(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    for (const QString &key : {u"message"_s, u"errorMessage"_s, u"error_description"_s})
        if (json.value(key).isString() && !json.value(key).toString().isEmpty())
            return json.value(key).toString();
    return QString::fromUtf8(body.left(200)).simplified();
}

StockXClient::StockXClient(const StockXEndpoints &endpoints, const StockXCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_credentials(credentials)
    , m_auth(m_network, endpoints, credentials)
    , m_limiter(endpoints.minIntervalMs, endpoints.rateFile)
{
    m_network.setAutoDeleteReplies(false);
    // Qt would send our Authorization and x-api-key headers along to wherever a redirect points.
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

void StockXClient::send(const StockXRequest &request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->done = std::move(done);
    attempt(call, false);
}

int StockXClient::backoffMs(int attempt) const
{
    const qint64 base =
        qMin<qint64>(qint64(m_endpoints.backoffBaseMs) << qMin(attempt - 1, 16), m_endpoints.backoffMaxMs);
    return int(base + QRandomGenerator::global()->bounded(int(base / 10) + 1));
}

void StockXClient::attempt(std::shared_ptr<Call> call, bool forceRefresh)
{
    if (!call->context)
        return;
    if (Status secure = m_endpoints.checkSecure(); !secure) {
        fail(call, secure.error());
        return;
    }
    m_auth.withToken(forceRefresh, call->context, [this, call](Result<QString> token) {
        if (!token) {
            fail(call, token.error());
            return;
        }
        m_limiter.schedule(call->context, [this, call, token = token.value()] { transmit(call, token); });
    });
}

void StockXClient::transmit(std::shared_ptr<Call> call, const QString &token)
{
    QNetworkRequest request(urlFor(m_endpoints, call->request));
    request.setRawHeader("x-api-key", m_credentials.apiKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", call->request.expectJson ? "application/json" : "application/pdf");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"SoleFlipper/1.0"_s);
    request.setTransferTimeout(m_endpoints.timeoutMs);
    QByteArray body;
    if (call->request.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        body = call->request.body->toJson(QJsonDocument::Compact);
    }
    ++m_sent;
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->request.verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handle(call, reply); });
}

void StockXClient::handle(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString where = QString::fromLatin1(call->request.verb) + u' ' + call->request.path;
    if (status == 0) {
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        const bool neverConnected = reply->error() == QNetworkReply::ConnectionRefusedError ||
                                    reply->error() == QNetworkReply::HostNotFoundError;
        retryIfUnsent(call,
                      {timedOut ? u"stockx.timeout"_s : u"stockx.network"_s,
                       timedOut ? QCoreApplication::translate("StockXClient", "StockX did not answer in time.")
                                : QCoreApplication::translate("StockXClient", "StockX cannot be reached: %1")
                                      .arg(reply->errorString()),
                       where},
                      !neverConnected);
        return;
    }
    if (status == 401) {
        if (call->refreshedToken) {
            fail(call, {u"stockx.unauthorized"_s,
                        QCoreApplication::translate(
                            "StockXClient",
                            "StockX refused the API key or the login. Check the StockX connection in Settings."),
                        where});
            return;
        }
        call->refreshedToken = true;
        attempt(call, true);
        return;
    }
    if (status == 429) {
        const auto retryAfter = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const bool hasRetryAfter = retryAfter.has_value();
        const qint64 waitMs = retryAfter.value_or(0);
        if (hasRetryAfter && waitMs > m_endpoints.longestWaitMs) {
            // Rounded up to the minute: "next try at 01:00", not at 00:59:59.
            const QDateTime next = QDateTime::currentDateTime().addMSecs(waitMs + 59999);
            fail(call, {u"stockx.quota"_s,
                        QCoreApplication::translate("StockXClient",
                                                    "StockX refused the request: daily limit reached; next try at %1.")
                            .arg(next.toString(u"HH:mm"_s)),
                        where});
            return;
        }
        retry(call,
              {u"stockx.rate_limited"_s,
               QCoreApplication::translate("StockXClient", "StockX refused the request: too many requests."), where},
              hasRetryAfter ? qMax<qint64>(waitMs, 1) : 0);
        return;
    }
    if (status >= 500) {
        retryIfUnsent(call,
                      {u"stockx.server"_s,
                       QCoreApplication::translate("StockXClient", "StockX had a server error (HTTP %1).").arg(status),
                       where},
                      true);
        return;
    }
    if (status >= 300 && status < 400) {
        fail(call, {u"stockx.redirected"_s,
                    QCoreApplication::translate("StockXClient",
                                                "StockX redirected the request to %1; requests carrying the API key "
                                                "are not followed to another address.")
                        .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString()),
                    where});
        return;
    }
    if (status >= 400) {
        fail(call, {status == 404 ? u"stockx.not_found"_s : u"stockx.refused"_s,
                    QCoreApplication::translate("StockXClient", "StockX refused the request (HTTP %1): %2")
                        .arg(status)
                        .arg(stockXErrorMessage(body)),
                    where});
        return;
    }
    StockXReply answer{status, body, {}};
    if (call->request.expectJson) {
        QJsonParseError parseError;
        answer.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            retryIfUnsent(
                call,
                {u"stockx.bad_json"_s,
                 QCoreApplication::translate("StockXClient", "StockX sent an unreadable answer (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset),
                 where},
                true);
            return;
        }
    }
    if (call->context)
        call->done(std::move(answer));
}

void StockXClient::retry(std::shared_ptr<Call> call, const Error &why, qint64 serverDelayMs)
{
    if (call->attempt >= m_endpoints.maxAttempts) {
        Error error = why;
        error.message =
            QCoreApplication::translate("StockXClient", "%1 Gave up after %n attempts.", nullptr, call->attempt)
                .arg(why.message);
        fail(call, error);
        return;
    }
    const int delay = serverDelayMs > 0 ? int(serverDelayMs) : backoffMs(call->attempt);
    ++call->attempt;
    ++m_retries;
    qCInfo(lcStockX) << why.toString() << "retry" << call->attempt << "in" << delay << "ms";
    Q_EMIT retrying(why.message, call->attempt, delay);
    if (why.code == u"stockx.rate_limited"_s)
        m_limiter.holdFor(delay); // a 429 concerns every request, not just this one
    QTimer::singleShot(delay, this, [this, call] { attempt(call, false); });
}

void StockXClient::retryIfUnsent(std::shared_ptr<Call> call, const Error &why, bool mayHaveArrived)
{
    if (!mayHaveArrived || call->request.idempotent) {
        retry(call, why, 0);
        return;
    }
    fail(call, {outcomeUnknownCode,
                QCoreApplication::translate("StockXClient", "%1 StockX may have carried out the request anyway.")
                    .arg(why.message),
                why.context});
}

void StockXClient::fail(std::shared_ptr<Call> call, const Error &error)
{
    qCWarning(lcStockX) << error.toString();
    if (call->context)
        call->done(error);
}

} // namespace sf
