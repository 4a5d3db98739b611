#include "settingsdialog.h"

#include "common/ownthread.h"

#include "db/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SettingsDialog::SettingsDialog(const DatabaseConfig &current, const QString &language, SecretStore &secrets,
                               QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    auto *dbBox = new QGroupBox(tr("Database"));
    m_sqlite = new QRadioButton(tr("This computer (SQLite file)"));
    m_sqlite->setObjectName(u"sqliteRadio"_s);
    m_postgres = new QRadioButton(tr("Team server (PostgreSQL)"));
    m_postgres->setObjectName(u"postgresRadio"_s);
    m_pages = new QStackedWidget;

    auto *sqlitePage = new QWidget;
    auto *sqliteRow = new QHBoxLayout(sqlitePage);
    sqliteRow->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(current.kind == DatabaseConfig::Kind::SQLite ? current.sqlitePath
                                                                        : DatabaseConfig::sqliteDefault().sqlitePath);
    m_path->setObjectName(u"sqlitePathEdit"_s);
    auto *browse = new QPushButton(tr("Browse\u2026"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(),
                                                          tr("SQLite databases (*.sqlite *.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_path->setText(path);
    });
    sqliteRow->addWidget(m_path, 1);
    sqliteRow->addWidget(browse);

    auto *pgPage = new QWidget;
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(current.host);
    m_host->setObjectName(u"hostEdit"_s);
    m_port = new QSpinBox;
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(current.port);
    m_database = new QLineEdit(current.databaseName);
    m_database->setObjectName(u"databaseEdit"_s);
    m_user = new QLineEdit(current.user);
    m_user->setObjectName(u"userEdit"_s);
    m_password = new QLineEdit(current.password);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(u"sslModeCombo"_s);
    m_sslMode->addItem(tr("automatic (required for another computer)"), QString());
    for (const QString &mode : {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_sslMode->addItem(mode, mode);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(current.sslMode)));
    pgForm->addRow(tr("Host"), m_host);
    pgForm->addRow(tr("Port"), m_port);
    pgForm->addRow(tr("Database"), m_database);
    pgForm->addRow(tr("User"), m_user);
    pgForm->addRow(tr("Password"), m_password);
    pgForm->addRow(tr("SSL mode"), m_sslMode);
    m_caFile = new QLineEdit(current.sslRootCert);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("the system's (~/.postgresql/root.crt)"));
    m_caFile->setToolTip(tr("The certificate authority that signed the server's certificate (PEM). With "
                            "verify-full the app connects only to a server that proves it holds that name."));
    auto *caBrowse = new QPushButton(tr("Browse\u2026"));
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                                          tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    pgForm->addRow(tr("CA file"), caRow);

    m_pages->addWidget(sqlitePage);
    m_pages->addWidget(pgPage);
    connect(m_postgres, &QRadioButton::toggled, this, [this](bool pg) { m_pages->setCurrentIndex(pg ? 1 : 0); });
    (current.kind == DatabaseConfig::Kind::PostgreSQL ? m_postgres : m_sqlite)->setChecked(true);
    m_pages->setCurrentIndex(current.kind == DatabaseConfig::Kind::PostgreSQL ? 1 : 0);

    m_test = new QPushButton(tr("Test connection"));
    m_test->setObjectName(u"testButton"_s);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_result = new QLabel;
    m_result->setObjectName(u"testResultLabel"_s);
    m_result->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    auto *dbLayout = new QVBoxLayout(dbBox);
    dbLayout->addWidget(m_sqlite);
    dbLayout->addWidget(m_postgres);
    dbLayout->addWidget(m_pages);
    dbLayout->addLayout(testRow);
    m_operator = new QLineEdit(current.operatorName);
    m_operator->setObjectName(u"operatorEdit"_s);
    m_operator->setPlaceholderText(Database::systemOperatorName());
    m_operator->setToolTip(tr("The name your team sees on your syncs, changes and log lines."));
    auto *operatorRow = new QFormLayout;
    operatorRow->addRow(tr("Operator name"), m_operator);
    dbLayout->addLayout(operatorRow);
    auto *note = new QLabel(tr("A new database location or name is used from the next start."));
    note->setStyleSheet(u"color: palette(mid);"_s);
    dbLayout->addWidget(note);

    auto *languageBox = new QGroupBox(tr("Language"));
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(new QLabel(tr("The language changes at the next start.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"buttons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save([this](Status status) {
            if (status)
                accept();
            else
                m_result->setText(status.error().message);
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dbBox);
    layout->addWidget(languageBox);
    layout->addWidget(buttons);
}

void SettingsDialog::addSection(QWidget *section)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, section);
}

DatabaseConfig SettingsDialog::config() const
{
    DatabaseConfig config;
    config.operatorName = m_operator->text().trimmed();
    if (m_sqlite->isChecked()) {
        config.kind = DatabaseConfig::Kind::SQLite;
        config.sqlitePath = m_path->text().trimmed();
        return config;
    }
    config.kind = DatabaseConfig::Kind::PostgreSQL;
    config.host = m_host->text().trimmed();
    config.port = m_port->value();
    config.databaseName = m_database->text().trimmed();
    config.user = m_user->text().trimmed();
    config.password = m_password->text();
    config.sslMode = m_sslMode->currentData().toString();
    config.sslRootCert = m_caFile->text().trimmed();
    return config;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::testResult() const
{
    return m_result->text();
}

void SettingsDialog::testConnection()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting\u2026"));
    // The connection is made, used and dropped inside its own thread, as Qt requires.
    runOnOwnThread<Status>(
        this,
        [config = config()] {
            const Database db(config);
            return db.open();
        },
        [this](Status outcome) {
            m_test->setEnabled(true);
            const bool ok = outcome.ok();
            m_result->setText(ok ? tr("Connected.") : outcome.error().toString());
            m_result->setStyleSheet(ok ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
            Q_EMIT connectionTested(ok);
        });
}

void SettingsDialog::save(const std::function<void(Status)> &done)
{
    const DatabaseConfig chosen = config();
    QSettings settings;
    chosen.saveTo(settings);
    settings.setValue(u"ui/language"_s, language());
    if (chosen.kind != DatabaseConfig::Kind::PostgreSQL || chosen.password.isEmpty()) {
        done({});
        return;
    }
    m_secrets.write(chosen.passwordKey(), chosen.password, [done](Status status) {
        if (!status)
            done(Error{status.error().code,
                       tr("Settings saved, but the password could not be remembered: %1").arg(status.error().message),
                       {}});
        else
            done({});
    });
}

} // namespace sf
