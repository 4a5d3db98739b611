#include "database.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
std::atomic<int> g_instanceCounter{0};

Dialect::Kind dialectKind(const DatabaseConfig &config)
{
    return config.kind == DatabaseConfig::Kind::PostgreSQL ? Dialect::Kind::PostgreSQL : Dialect::Kind::SQLite;
}
} // namespace

Error databaseError(const QString &what, const QString &driverText, const QString &context)
{
    return Error{u"db"_s, driverText.isEmpty() ? what : what + u": "_s + driverText, context};
}

QString Database::certificateHint(const QString &driverText) const
{
    if (!m_dialect.isPostgres() || !driverText.contains(u"certificate"_s, Qt::CaseInsensitive))
        return {};
    return u' ' + (m_config.sslRootCert.isEmpty()
                       ? QCoreApplication::translate("Database", "Choose the file of the certificate authority that "
                                                                 "signed the server's certificate in Settings, "
                                                                 "Database, CA file.")
                       : QCoreApplication::translate("Database", "The server's certificate was not signed by the "
                                                                 "CA in %1, or it is made out to another name than "
                                                                 "%2.")
                             .arg(m_config.sslRootCert, m_config.host));
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_dialect(dialectKind(m_config))
    , m_namePrefix(u"sf-db-"_s + QString::number(++g_instanceCounter) + u'-')
{
    setOperatorName(m_config.operatorName);
}

void Database::setOperatorName(const QString &name)
{
    m_operatorName = name.trimmed().isEmpty() ? systemOperatorName() : name.trimmed().left(200);
}

QString Database::systemOperatorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", qEnvironmentVariable("USERNAME", u"?"_s));
    return user + u'@' + QSysInfo::machineHostName();
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    m_statements.clear();
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return m_namePrefix + QString::number(quintptr(QThread::currentThread()), 16);
}

Status Database::open() const
{
    const QString name = connectionName();
    const bool pg = m_config.kind == DatabaseConfig::Kind::PostgreSQL;
    // A connection closed after a failure is opened again as the same object: queries that still refer
    // to it stay safe to destroy, which they would not be if it were removed.
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, name);
    if (db.isOpen())
        return {};
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames.append(name);
    }
    if (!db.isValid())
        return databaseError(QCoreApplication::translate("Database", "The %1 driver is not installed")
                                 .arg(pg ? u"PostgreSQL"_s : u"SQLite"_s),
                             {}, m_config.displayString());
    if (pg) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        const Result<QString> options = m_config.connectOptions();
        if (!options)
            return options.error();
        db.setConnectOptions(options.value());
    } else {
        const QFileInfo file(m_config.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return databaseError(QCoreApplication::translate("Database", "Cannot create the data folder"), {},
                                 file.absolutePath());
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(m_config.readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                               : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open())
        return databaseError(QCoreApplication::translate("Database", "Cannot open the database"),
                             db.lastError().text() + certificateHint(db.lastError().text()), m_config.displayString());
    return configure(db);
}

Status Database::configure(QSqlDatabase &db) const
{
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QStringList statements = m_dialect.isPostgres()
                                 ? QStringList{u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages = warning"_s}
                                 : QStringList{u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                               u"PRAGMA synchronous = NORMAL"_s,
                                               // Room for the hot pages of the stock table's many
                                               // indexes (the 2 MiB default rereads them on big imports),
                                               // and statement journals in memory, not in temp files.
                                               u"PRAGMA cache_size = -65536"_s, u"PRAGMA temp_store = MEMORY"_s,
                                               // Reads of a big file straight from the page cache: the
                                               // dashboard's joins over a million orders take half the time.
                                               u"PRAGMA mmap_size = %1"_s.arg(kSqliteMapBytes)};
    if (m_config.readOnly && m_dialect.isPostgres())
        statements << u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s;
    else if (m_config.readOnly) // the file's journal mode is the writers' business
        statements.removeFirst();
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return databaseError(QCoreApplication::translate("Database", "Cannot configure the connection"),
                                 query.lastError().text(), statement);
    }
    qCDebug(lcDb) << "opened" << m_config.displayString() << "in thread" << QThread::currentThread();
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid() || !db.isOpen()) {
        if (const Status status = open(); !status)
            qCWarning(lcDb) << status.error().toString();
        db = QSqlDatabase::database(name, false);
    }
    return db;
}

namespace {
bool connectionLost(const QSqlError &error)
{
    // SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down), or libpq's own words.
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    return error.type() == QSqlError::ConnectionError || code.startsWith(u"08"_s) || code.startsWith(u"57P"_s) ||
           text.contains(u"server closed the connection"_s) || text.contains(u"no connection to the server"_s) ||
           text.contains(u"terminating connection"_s);
}

// SQLSTATE 42501: the login's role may not do this (a grant or a row-level policy refused it). Said in
// the user's words, naming what was refused, never as the server's raw message.
Error permissionRefused(const QSqlError &error, const QString &sql)
{
    static const QRegularExpression object(u"for (?:table|relation|schema|sequence) \"?([\\w.]+)"_s);
    const QString target = object.match(error.databaseText()).captured(1);
    const QString verb = sql.section(u' ', 0, 0).toUpper();
    QString action;
    if (verb == u"INSERT"_s)
        action = QCoreApplication::translate("Database", "add records to %1");
    else if (verb == u"UPDATE"_s)
        action = QCoreApplication::translate("Database", "change records of %1");
    else if (verb == u"DELETE"_s)
        action = QCoreApplication::translate("Database", "delete records of %1");
    else if (verb == u"SELECT"_s)
        action = QCoreApplication::translate("Database", "read %1");
    else if (verb == u"CREATE"_s || verb == u"ALTER"_s || verb == u"DROP"_s || verb == u"DO"_s)
        action = QCoreApplication::translate("Database", "change the structure of %1");
    else
        action = QCoreApplication::translate("Database", "change %1");
    const QString what = target.isEmpty() ? QCoreApplication::translate("Database", "the team's data") : target;
    return Error{u"db.permission"_s,
                 QCoreApplication::translate("Database", "Your role may not %1. Nothing was changed; an admin of "
                                                         "your team can grant it.")
                     .arg(action.arg(what)),
                 sql.left(120)};
}
} // namespace

Error Database::statementFailure(const QString &what, const QSqlError &error, const QString &context) const
{
    if (m_dialect.isPostgres() && connectionLost(error)) {
        closeThreadConnection();
        return Error{u"db.connection_lost"_s,
                     QCoreApplication::translate("Database", "The connection to the database server was lost (%1). "
                                                             "Nothing more was saved; try again to reconnect.")
                         .arg(error.text().simplified()),
                     m_config.displayString()};
    }
    if (m_dialect.isPostgres() && error.nativeErrorCode() == u"42501"_s)
        return permissionRefused(error, context);
    Error failure = databaseError(what, error.text(), context);
    // 40P01 deadlock, 40001 serialization failure, 23505 a unique key (when another client just took it)
    if (m_dialect.isPostgres() && QStringList{u"40P01"_s, u"40001"_s, u"23505"_s}.contains(error.nativeErrorCode()))
        failure.code = kContentionCode;
    return failure;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    {
        // Prepared statements belong to the server session that is ending.
        QMutexLocker lock(&m_mutex);
        m_statements.remove(name);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isOpen())
        db.close();
}

void Database::releaseThreadConnection() const
{
    closeThreadConnection();
    const QString name = connectionName();
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

std::shared_ptr<QSqlQuery> Database::preparedStatement(const QString &sql, QSqlError &error) const
{
    // Generated SQL (filters, sorts) can vary; beyond this many texts per connection the cache starts over.
    constexpr qsizetype kMaxStatements = 256;
    const QString name = connectionName();
    const QSqlDatabase db = connection();
    {
        QMutexLocker lock(&m_mutex);
        auto &statements = m_statements[name];
        if (const auto it = statements.constFind(sql); it != statements.cend() && it->use_count() == 1)
            return *it;
    }
    auto statement = std::make_shared<QSqlQuery>(db);
    statement->setForwardOnly(true);
    if (!statement->prepare(sql)) {
        error = statement->lastError();
        return nullptr;
    }
    QMutexLocker lock(&m_mutex);
    auto &statements = m_statements[name];
    if (statements.size() >= kMaxStatements)
        statements.clear();
    if (!statements.contains(sql))
        statements.insert(sql, statement);
    return statement;
}

} // namespace sf
