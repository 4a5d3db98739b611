#include "stockxauth.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kAudience = u"gateway.stockx.com"_s;

QUrl tokenUrl(const StockXEndpoints &endpoints)
{
    QUrl url = endpoints.authUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/oauth/token"_s);
    return url;
}

bool transient(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status == 0 || status == 429 || status >= 500;
}
} // namespace

StockXAuth::StockXAuth(QNetworkAccessManager &network, const StockXEndpoints &endpoints,
                       const StockXCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(endpoints)
    , m_credentials(credentials)
{}

QUrl StockXAuth::authorizeUrl(const StockXEndpoints &endpoints, const QString &clientId, const QUrl &redirectUri,
                              const QString &state)
{
    QUrl url = endpoints.authUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/authorize"_s);
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, clientId);
    query.addQueryItem(u"redirect_uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(redirectUri.toString())));
    query.addQueryItem(u"scope"_s, u"offline_access openid"_s);
    query.addQueryItem(u"audience"_s, kAudience);
    query.addQueryItem(u"state"_s, state);
    url.setQuery(query);
    return url;
}

QNetworkReply *StockXAuth::postForm(const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(tokenUrl(m_endpoints));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"SoleFlipper/1.0"_s);
    request.setTransferTimeout(m_endpoints.timeoutMs);
    return m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
}

Error StockXAuth::tokenError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(u"error"_s).toString();
    if (code == u"invalid_grant"_s || code == u"access_denied"_s || status == 401 || status == 403)
        return {u"stockx.reconnect"_s,
                QCoreApplication::translate("StockXAuth",
                                            "StockX no longer accepts this connection. Connect StockX again in "
                                            "Settings."),
                json.value(u"error_description"_s).toString(code)};
    if (status == 0)
        return {u"stockx.network"_s,
                QCoreApplication::translate("StockXAuth", "The StockX login server cannot be reached: %1")
                    .arg(reply->errorString()),
                reply->url().host()};
    return {u"stockx.auth"_s,
            QCoreApplication::translate("StockXAuth", "The StockX login server answered with HTTP %1.").arg(status),
            json.value(u"error_description"_s).toString()};
}

void StockXAuth::withToken(bool forceRefresh, QObject *context, TokenCallback done)
{
    const bool fresh = !m_accessToken.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > 60;
    if (fresh && !forceRefresh) {
        done(m_accessToken);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (!m_refreshing) {
        m_refreshing = true;
        refresh(1);
    }
}

void StockXAuth::refresh(int attempt)
{
    QNetworkReply *reply = postForm({{u"grant_type"_s, u"refresh_token"_s},
                                     {u"client_id"_s, m_credentials.clientId},
                                     {u"client_secret"_s, m_credentials.clientSecret},
                                     {u"audience"_s, kAudience},
                                     {u"refresh_token"_s, m_credentials.refreshToken}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString token = json.value(u"access_token"_s).toString();
        if (reply->error() == QNetworkReply::NoError && !token.isEmpty()) {
            ++m_refreshes;
            m_accessToken = token;
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(json.value(u"expires_in"_s).toInt(3600));
            finishRefresh(token);
            return;
        }
        if (transient(reply) && attempt < 3) {
            QTimer::singleShot(qMin(m_endpoints.backoffBaseMs << (attempt - 1), m_endpoints.backoffMaxMs), this,
                               [this, attempt] { refresh(attempt + 1); });
            return;
        }
        const Error error = tokenError(reply, body);
        m_accessToken.clear();
        if (error.code == u"stockx.reconnect"_s)
            Q_EMIT reconnectNeeded(error.message);
        finishRefresh(error);
    });
}

void StockXAuth::finishRefresh(const Result<QString> &token)
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting)
        if (context)
            done(token);
}

void StockXAuth::exchangeCode(const QString &code, const QUrl &redirectUri, QObject *context,
                              std::function<void(Result<QString>)> refreshTokenDone)
{
    if (Status secure = m_endpoints.checkSecure(); !secure) {
        refreshTokenDone(secure.error());
        return;
    }
    QNetworkReply *reply = postForm({{u"grant_type"_s, u"authorization_code"_s},
                                     {u"client_id"_s, m_credentials.clientId},
                                     {u"client_secret"_s, m_credentials.clientSecret},
                                     {u"code"_s, code},
                                     {u"redirect_uri"_s, redirectUri.toString()}});
    connect(reply, &QNetworkReply::finished, context, [this, reply, refreshTokenDone] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString refreshToken = json.value(u"refresh_token"_s).toString();
        if (reply->error() != QNetworkReply::NoError || refreshToken.isEmpty()) {
            refreshTokenDone(tokenError(reply, body));
            return;
        }
        m_credentials.refreshToken = refreshToken;
        m_accessToken = json.value(u"access_token"_s).toString();
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(json.value(u"expires_in"_s).toInt(3600));
        refreshTokenDone(refreshToken);
    });
}

} // namespace sf
