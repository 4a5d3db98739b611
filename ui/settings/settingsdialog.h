#pragma once

#include "db/databaseconfig.h"
#include "secrets/secretstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace sf {

// Where the data lives (SQLite file or PostgreSQL server, with "Test connection") and which language
// the app speaks. The PostgreSQL password goes to the keychain, never into the settings file.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const DatabaseConfig &current, const QString &language, SecretStore &secrets,
                   QWidget *parent = nullptr);

    DatabaseConfig config() const;
    QString language() const;
    // Starts a connection test on a worker thread; the result appears in the dialog.
    void testConnection();
    QString testResult() const;
    // Another group of settings that applies itself (e.g. the StockX account), above the buttons.
    void addSection(QWidget *section);
    // Saves to QSettings and, for PostgreSQL, the password to the keychain. `done` gets the outcome.
    void save(const std::function<void(Status)> &done);

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    SecretStore &m_secrets;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_operator = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace sf
