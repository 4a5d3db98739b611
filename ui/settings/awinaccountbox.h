#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sf {

class DatabaseWorker;
class SecretStore;

// The Awin feeds in Settings: the data-feed key (written to the keychain only, never shown again), the
// feed server, the language, and which feeds or advertisers to follow (kept in the database, so every
// client of a team database follows the same feeds). "Save" applies the box by itself.
class AwinAccountBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinAccountBox)

public:
    AwinAccountBox(DatabaseWorker &worker, SecretStore &secrets, QWidget *parent = nullptr);

    void save();
    QString statusText() const;

Q_SIGNALS:
    void saved();

private:
    void load();
    void showStatus(const QString &text, bool problem = false);

    DatabaseWorker &m_worker;
    SecretStore &m_secrets;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_feeds = nullptr;
    QLineEdit *m_advertisers = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sf
