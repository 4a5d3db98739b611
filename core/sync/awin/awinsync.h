#pragma once

#include "awinfeedclient.h"
#include "awinsettings.h"
#include "db/database.h"
#include "sourcing/awinimportreport.h"
#include "sourcing/awinmatcher.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <optional>

namespace sf {

struct AwinFeedOutcome {
    int feedId = 0;
    QString name;
    bool skipped = false; // unchanged since its last import
    std::optional<AwinImportReport> report;
    std::optional<Error> error;
};

struct AwinSyncResult {
    QList<AwinFeedOutcome> feeds;
    std::optional<AwinMatchReport> matches;
    qint64 valued = 0;          // offers with opportunity figures afterwards
    std::optional<Error> error; // what stopped the whole run (the feed list, the database)
    bool cancelled = false;

    bool failed() const;
    qint64 rejected() const;
};

struct AwinSyncRequest {
    QString file;       // import this file (.csv or .csv.gz) instead of downloading
    QList<int> feedIds; // download these feeds, changed or not; empty: the configured ones that changed
};

// One Awin run: the feed list, then each chosen feed that changed since its last import downloaded
// (streamed to a temporary file) and imported, one after another; then matching and the opportunity
// figures. Database work runs on a thread of its own with its own connection, so neither the window nor
// the database worker's queue waits for a million-row import. A feed that fails is reported and the
// run goes on with the next one; cancel stops after the chunk being stored.
class AwinSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinSync)

public:
    // `client` may be null for a run that only imports a file.
    AwinSync(const Database &db, AwinFeedClient *client, AwinSettings settings, QObject *parent = nullptr);
    ~AwinSync() override;

    void start(const AwinSyncRequest &request);
    void cancel();
    bool running() const { return m_running; }
    const AwinSyncResult &result() const { return m_result; }

Q_SIGNALS:
    void logLine(const QString &line);
    void progress(const QString &what, qint64 done, qint64 total); // total < 0: unknown
    void finished(const AwinSyncResult &result);

private:
    void background(std::function<void()> work, std::function<void()> done);
    void chooseFeeds(const QList<AwinFeed> &listed, const QList<AwinFeed> &known, const QList<int> &forced);
    void nextFeed();
    void importFile(const QString &path, AwinFeedOutcome outcome, const QDateTime &listedAt, bool removeAfter);
    void matchAndValue();
    void finish();

    const Database &m_db;
    QPointer<AwinFeedClient> m_client;
    AwinSettings m_settings;
    AwinSyncResult m_result;
    QList<AwinFeed> m_queue;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    bool m_running = false;
};

} // namespace sf
