#pragma once

#include "databaseconfig.h"
#include "dialect.h"
#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QUuid>

#include <memory>

class QSqlQuery;

namespace sf {

class ChangeNotifier;

// The application's database. Hands out one QSqlDatabase connection per thread, created lazily in the
// thread that asks for it (Qt's rule), configured the same way every time: WAL, foreign keys and a busy
// timeout on SQLite; UTC session time zone and exact NUMERIC values on PostgreSQL.
class Database {
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // SQLite's memory-mapped window per connection (see StreamingWriteScope for when it is closed).
    static constexpr qint64 kSqliteMapBytes = 256 * 1024 * 1024;
    // A statement that lost to another client's concurrent write (a deadlock, a serialization failure, or
    // a key another transaction inserted first): undone and tried again, it usually succeeds.
    static inline const QString kContentionCode = QStringLiteral("db.contention");
    // How often a row or record that met contention is tried in all.
    static constexpr int kContentionAttempts = 3;

    const DatabaseConfig &config() const { return m_config; }
    const Dialect &dialect() const { return m_dialect; }

    // Opens (or reuses) this thread's connection. The error says what failed and where.
    Status open() const;
    // This thread's connection; open() must have succeeded in this thread or it is opened now.
    QSqlDatabase connection() const;
    // Closes this thread's connection so the next call reconnects (after a server restart, for example).
    void closeThreadConnection() const;
    // For a worker thread that is about to end: closes and forgets its connection. No query of this thread
    // may be alive.
    void releaseThreadConnection() const;
    // This thread's prepared statement for `sql`, prepared once per connection and reused, because
    // preparing costs as much as running (on PostgreSQL two round trips). A statement still in use by
    // someone else is not shared: the caller gets a fresh one. Null with `error` set if preparing failed.
    std::shared_ptr<QSqlQuery> preparedStatement(const QString &sql, QSqlError &error) const;
    // Turns a failed statement into an Error. A lost connection is said so and dropped, so the next
    // action reconnects instead of failing forever.
    Error statementFailure(const QString &what, const QSqlError &error, const QString &context) const;
    // Where committed writes are announced (see announceAfterCommit in transaction.h); none by default.
    void setChangeNotifier(ChangeNotifier *notifier) { m_notifier = notifier; }
    ChangeNotifier *changeNotifier() const { return m_notifier; }
    // Who this client writes as, on sync runs, log lines, events and team notifications: the OS user
    // and host unless Settings name the operator. Set once at start, like the notifier.
    const QString &operatorName() const { return m_operatorName; }
    void setOperatorName(const QString &name);
    static QString systemOperatorName();
    // This Database object's id in team notifications, so it can tell its own from other clients'.
    const QUuid &clientId() const { return m_clientId; }

private:
    QString connectionName() const;
    Status configure(QSqlDatabase &db) const;
    // What to do when TLS refused the server's certificate; empty for any other failure.
    QString certificateHint(const QString &driverText) const;

    DatabaseConfig m_config;
    Dialect m_dialect;
    ChangeNotifier *m_notifier = nullptr; // set once at start, before other threads use the database
    QString m_operatorName;
    const QUuid m_clientId = QUuid::createUuid();
    QString m_namePrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    // Prepared statements by connection name, then by SQL text.
    mutable QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> m_statements;
};

Error databaseError(const QString &what, const QString &driverText, const QString &context = {});

} // namespace sf
