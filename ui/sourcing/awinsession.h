#pragma once

#include "sync/awin/awinsync.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace sf {

class DatabaseWorker;
class SecretStore;

// The window's Awin runs: reads the settings (on the database worker) and the key (from the keychain),
// then runs one AwinSync at a time and passes on what it reports.
class AwinSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinSession)

public:
    AwinSession(DatabaseWorker &worker, SecretStore &secrets, QObject *parent = nullptr);
    ~AwinSession() override;

    void sync(const AwinSyncRequest &request = {});
    void importFile(const QString &path) { sync(AwinSyncRequest{path, {}}); }
    void cancel();
    bool running() const { return m_busy; }

Q_SIGNALS:
    void started();
    void logLine(const QString &line);
    void progress(const QString &what, qint64 done, qint64 total);
    void finished(const AwinSyncResult &result);
    void startFailed(const QString &message);

private:
    void run(const AwinSyncRequest &request, const AwinSettings &settings, const QString &key);
    void fail(const QString &message);

    DatabaseWorker &m_worker;
    SecretStore &m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<AwinFeedClient> m_client;
    std::unique_ptr<AwinSync> m_sync;
    bool m_busy = false;
};

} // namespace sf
