#pragma once

#include "stockxauth.h"
#include "stockxcredentials.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace sf {

class SecretStore;

// Connecting a StockX account: the operator's API key and OAuth client, then StockX's login in the
// system browser, which sends the code back to a one-shot listener on 127.0.0.1 (or the operator
// pastes the code, or the whole address the browser ended on). The code is exchanged for the
// refresh token, and all four secrets go to the SecretStore.
class StockXConnector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXConnector)

public:
    StockXConnector(SecretStore &secrets, const StockXEndpoints &endpoints, QObject *parent = nullptr);
    ~StockXConnector() override;

    // Starts listening and returns the login address to open, or why not.
    Result<QUrl> begin(const QString &apiKey, const QString &clientId, const QString &clientSecret);
    // The paste fallback: a bare code, or the address the browser ended on.
    void submitCode(const QString &codeOrAddress);
    void disconnectAccount();

Q_SIGNALS:
    void connected(const QString &clientId);
    void disconnected();
    void failed(const QString &message);

private:
    void readCallback(QTcpSocket *socket);
    void exchange(const QString &code);
    void stopListening();

    SecretStore &m_secrets;
    StockXEndpoints m_endpoints;
    StockXCredentials m_pending;
    QString m_state;
    QUrl m_redirect;
    QNetworkAccessManager m_network;
    std::unique_ptr<StockXAuth> m_auth;
    QTcpServer *m_listener = nullptr;
};

} // namespace sf
