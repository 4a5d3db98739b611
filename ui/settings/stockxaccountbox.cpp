#include "stockxaccountbox.h"

#include "sync/stockx/stockxconnector.h"
#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxsession.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

StockXAccountBox::StockXAccountBox(SecretStore &secrets, const StockXEndpoints &endpoints, StockXSession &session,
                                   QWidget *parent)
    : QGroupBox(tr("StockX account"), parent)
    , m_secrets(secrets)
    , m_session(session)
{
    setObjectName(u"stockxAccountBox"_s);
    openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    m_connector = new StockXConnector(secrets, endpoints, this);

    m_status = new QLabel;
    m_status->setObjectName(u"stockxStatus"_s);
    m_status->setWordWrap(true);
    const auto secretEdit = [](const QString &name, bool hidden) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        if (hidden)
            edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_apiKey = secretEdit(u"stockxApiKey"_s, true);
    m_clientId = secretEdit(u"stockxClientId"_s, false);
    m_clientSecret = secretEdit(u"stockxClientSecret"_s, true);
    auto *connectButton = new QPushButton(tr("Connect in the browser\u2026"));
    connectButton->setObjectName(u"stockxConnect"_s);
    connect(connectButton, &QPushButton::clicked, this, &StockXAccountBox::beginConnect);
    m_disconnect = new QPushButton(tr("Disconnect"));
    m_disconnect->setObjectName(u"stockxDisconnect"_s);
    connect(m_disconnect, &QPushButton::clicked, this, &StockXAccountBox::disconnectAccount);
    m_loginUrl = new QLineEdit;
    m_loginUrl->setObjectName(u"stockxLoginUrl"_s);
    m_loginUrl->setReadOnly(true);
    m_loginUrl->setPlaceholderText(tr("The StockX login address appears here, to copy if no browser opens."));
    m_code = new QLineEdit;
    m_code->setObjectName(u"stockxCode"_s);
    m_code->setPlaceholderText(tr("Paste the code, or the address the browser ended on"));
    auto *useCodeButton = new QPushButton(tr("Use code"));
    useCodeButton->setObjectName(u"stockxUseCode"_s);
    connect(useCodeButton, &QPushButton::clicked, this, &StockXAccountBox::useCode);

    auto *form = new QFormLayout;
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("Client ID"), m_clientId);
    form->addRow(tr("Client secret"), m_clientSecret);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(connectButton);
    buttons->addStretch(1);
    buttons->addWidget(m_disconnect);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(useCodeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_loginUrl);
    layout->addLayout(codeRow);

    connect(m_connector, &StockXConnector::connected, this, [this](const QString &) {
        m_session.reset();
        m_code->clear();
        m_loginUrl->clear();
        refreshStatus();
        Q_EMIT accountChanged();
    });
    connect(m_connector, &StockXConnector::disconnected, this, [this] {
        m_session.reset();
        refreshStatus();
        Q_EMIT accountChanged();
    });
    connect(m_connector, &StockXConnector::failed, this, [this](const QString &message) {
        m_status->setText(u"<span style=\"color:#b3261e\">%1</span>"_s.arg(message.toHtmlEscaped()));
    });
    refreshStatus();
}

void StockXAccountBox::refreshStatus()
{
    if (StockXCredentials::fromEnvironment().complete()) {
        m_status->setText(tr("Using the SOLEFLIPPER_STOCKX_* variables of the environment."));
        return;
    }
    StockXCredentials::load(m_secrets, [this](Result<StockXCredentials> credentials) {
        m_disconnect->setEnabled(credentials.ok());
        if (!credentials) {
            m_status->setText(tr("Not connected. Enter your StockX API key and OAuth client, then log in."));
            return;
        }
        QString text = tr("Connected with OAuth client %1.").arg(credentials.value().clientId);
        const QDateTime expiry = m_session.tokenExpiry();
        text += u' ' + (expiry.isValid() ? tr("The current access token is valid until %1.")
                                               .arg(QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat))
                                         : tr("A fresh access token is fetched with the next request."));
        m_status->setText(text);
    });
}

void StockXAccountBox::beginConnect()
{
    const auto url = m_connector->begin(m_apiKey->text(), m_clientId->text(), m_clientSecret->text());
    if (!url) {
        m_status->setText(u"<span style=\"color:#b3261e\">%1</span>"_s.arg(url.error().message.toHtmlEscaped()));
        return;
    }
    m_loginUrl->setText(url.value().toString());
    m_status->setText(tr("Log in to StockX in the browser; SoleFlipper waits for its answer."));
    openUrl(url.value());
}

void StockXAccountBox::useCode()
{
    m_connector->submitCode(m_code->text());
}

void StockXAccountBox::disconnectAccount()
{
    m_connector->disconnectAccount();
}

QString StockXAccountBox::statusText() const
{
    return m_status->text();
}

} // namespace sf
