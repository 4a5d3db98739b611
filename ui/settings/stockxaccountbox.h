#pragma once

#include "sync/stockx/stockxendpoints.h"

#include <QGroupBox>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sf {

class SecretStore;
class StockXConnector;
class StockXSession;

// The StockX account in Settings: which OAuth client is connected and until when the current token
// runs, connecting (login in the browser with the answer caught on 127.0.0.1, or the code pasted)
// and disconnecting. Secrets go straight to the keychain.
class StockXAccountBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXAccountBox)

public:
    StockXAccountBox(SecretStore &secrets, const StockXEndpoints &endpoints, StockXSession &session,
                     QWidget *parent = nullptr);

    std::function<void(const QUrl &)> openUrl; // seam: the system browser
    QString statusText() const;
    StockXConnector *connector() const { return m_connector; }

    void beginConnect();
    void useCode();
    void disconnectAccount();

Q_SIGNALS:
    void accountChanged();

private:
    void refreshStatus();

    SecretStore &m_secrets;
    StockXSession &m_session;
    StockXConnector *m_connector = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_disconnect = nullptr;
};

} // namespace sf
