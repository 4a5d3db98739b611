#include "stockxconnector.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Error connectError(const QString &message)
{
    return Error{u"stockx.connect"_s, message, {}};
}

// The browser's request line: "GET /callback?code=…&state=… HTTP/1.1".
QUrl requestedUrl(const QByteArray &request)
{
    const QList<QByteArray> parts = request.left(request.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? QUrl(u"http://127.0.0.1"_s + QString::fromLatin1(parts.at(1))) : QUrl();
}

QByteArray page(const QString &text)
{
    const QByteArray body =
        u"<!doctype html><meta charset=\"utf-8\"><title>SoleFlipper</title>"
        "<body style=\"font-family:sans-serif;padding:3em\"><h2>%1</h2></body>"_s.arg(text.toHtmlEscaped())
            .toUtf8();
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

StockXConnector::StockXConnector(SecretStore &secrets, const StockXEndpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_endpoints(endpoints)
{}

StockXConnector::~StockXConnector() = default;

Result<QUrl> StockXConnector::begin(const QString &apiKey, const QString &clientId, const QString &clientSecret)
{
    if (apiKey.trimmed().isEmpty() || clientId.trimmed().isEmpty() || clientSecret.trimmed().isEmpty())
        return connectError(tr("Enter the API key, client ID and client secret from StockX's developer portal."));
    stopListening();
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0))
        return connectError(tr("Cannot wait for StockX's answer on this computer: %1").arg(m_listener->errorString()));
    connect(m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_listener ? m_listener->nextPendingConnection() : nullptr)
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readCallback(socket); });
    });
    m_pending = {apiKey.trimmed(), clientId.trimmed(), clientSecret.trimmed(), {}};
    m_state = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_redirect = QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_listener->serverPort()));
    m_auth = std::make_unique<StockXAuth>(m_network, m_endpoints, m_pending);
    return StockXAuth::authorizeUrl(m_endpoints, m_pending.clientId, m_redirect, m_state);
}

void StockXConnector::readCallback(QTcpSocket *socket)
{
    const QByteArray request = socket->readAll();
    const QUrlQuery query(requestedUrl(request));
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const bool ours = !code.isEmpty() && query.queryItemValue(u"state"_s, QUrl::FullyDecoded) == m_state;
    socket->write(page(ours ? tr("SoleFlipper received the StockX login. You can close this tab.")
                            : tr("This is not the answer SoleFlipper waits for.")));
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (ours)
        exchange(code);
}

void StockXConnector::submitCode(const QString &codeOrAddress)
{
    const QString text = codeOrAddress.trimmed();
    const QUrl url(text);
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"code"_s)) {
        if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != m_state) {
            Q_EMIT failed(tr("That address belongs to an older login attempt; start again."));
            return;
        }
        exchange(query.queryItemValue(u"code"_s, QUrl::FullyDecoded));
        return;
    }
    exchange(text);
}

void StockXConnector::exchange(const QString &code)
{
    if (!m_auth || code.isEmpty()) {
        Q_EMIT failed(tr("Start connecting first, then log in to StockX."));
        return;
    }
    m_auth->exchangeCode(code, m_redirect, this, [this](Result<QString> refreshToken) {
        if (!refreshToken) {
            Q_EMIT failed(refreshToken.error().message);
            return;
        }
        stopListening();
        StockXCredentials credentials = m_pending;
        credentials.refreshToken = refreshToken.value();
        StockXCredentials::save(m_secrets, credentials, [this, credentials](Status saved) {
            if (!saved)
                Q_EMIT failed(saved.error().message);
            else
                Q_EMIT connected(credentials.clientId);
        });
    });
}

void StockXConnector::disconnectAccount()
{
    stopListening();
    StockXCredentials::forget(m_secrets, [this](Status forgotten) {
        if (!forgotten)
            Q_EMIT failed(forgotten.error().message);
        else
            Q_EMIT disconnected();
    });
}

void StockXConnector::stopListening()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
}

} // namespace sf
