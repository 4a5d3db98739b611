#pragma once

#include "domain/result.h"
#include "stockxcredentials.h"
#include "stockxendpoints.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sf {

// StockX's OAuth 2.0 (Auth0): the authorization-code exchange when the operator connects, and
// access tokens from the long-lived refresh token, cached until a minute before they expire. Several
// callers asking at once share one refresh.
class StockXAuth final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXAuth)

public:
    using TokenCallback = std::function<void(Result<QString>)>;

    StockXAuth(QNetworkAccessManager &network, const StockXEndpoints &endpoints, const StockXCredentials &credentials,
               QObject *parent = nullptr);

    // A valid access token; `forceRefresh` after the API refused the cached one (401).
    void withToken(bool forceRefresh, QObject *context, TokenCallback done);
    QDateTime expiresAt() const { return m_expiresAt; }
    int refreshCount() const { return m_refreshes; }

    // The browser step: where to send the operator, and the exchange of the code it brings back.
    static QUrl authorizeUrl(const StockXEndpoints &endpoints, const QString &clientId, const QUrl &redirectUri,
                             const QString &state);
    void exchangeCode(const QString &code, const QUrl &redirectUri, QObject *context,
                      std::function<void(Result<QString>)> refreshTokenDone);

Q_SIGNALS:
    // The refresh token was refused: only connecting again in Settings helps.
    void reconnectNeeded(const QString &why);

private:
    void refresh(int attempt);
    void finishRefresh(const Result<QString> &token);
    QNetworkReply *postForm(const QList<std::pair<QString, QString>> &fields);
    static Error tokenError(QNetworkReply *reply, const QByteArray &body);

    QNetworkAccessManager &m_network;
    StockXEndpoints m_endpoints;
    StockXCredentials m_credentials;
    QString m_accessToken;
    QDateTime m_expiresAt;
    bool m_refreshing = false;
    int m_refreshes = 0;
    QList<std::pair<QPointer<QObject>, TokenCallback>> m_waiting;
};

} // namespace sf
