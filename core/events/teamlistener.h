#pragma once

#include <QSqlDriver>
#include <QThread>

#include <atomic>

namespace sf {

class ChangeNotifier;
class Database;

// Team mode on PostgreSQL: hears what other clients commit (LISTEN on the team channel, on a connection
// of its own thread, through QSqlDriver notifications) and feeds it into this client's change notifier,
// so every page follows other operators' changes without a refresh. When the server goes away it
// reconnects; since notifications sent meanwhile are lost, it then tells every view to reload.
class TeamListener final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListener)

public:
    TeamListener(const Database &db, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~TeamListener() override;

    // How often the connection is checked, and retried while it is down.
    void setCheckInterval(int ms) { m_checkMs = ms; }

Q_SIGNALS:
    // Emitted from the listener's thread: listening or not, and why not.
    void listeningChanged(bool listening, const QString &problem);
    // Another operator's committed changes, as they arrive.
    void heard(const QString &operatorName, int changes);

protected:
    void run() override;

private:
    enum class Link { Unknown, Up, Down };

    bool subscribe();
    void check();
    void setListening(bool listening, const QString &problem);
    void receive(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void reloadEverything();

    const Database &m_db;
    ChangeNotifier &m_notifier;
    std::atomic_int m_checkMs = 3000;
    Link m_link = Link::Unknown; // the listener's thread only, as the next
    qint64 m_backend = 0;        // the listening session's server process
};

} // namespace sf
