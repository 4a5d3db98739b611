#include "migrator.h"

#include "logcategories.h"

#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace sf {

Migrator::Migrator(const Database &db)
    : m_db(db)
{}

QStringList Migrator::statementsFor(const QString &text, const Dialect &dialect)
{
    static const QRegularExpression comment(u"^\\s*--[^\\n]*$"_s, QRegularExpression::MultilineOption);
    QString withoutComments = text;
    withoutComments.remove(comment);
    QStringList statements;
    const QString own = u'@' + dialect.name() + u' ';
    for (QString chunk : withoutComments.split(u";;"_s)) {
        chunk = chunk.trimmed();
        if (chunk.isEmpty())
            continue;
        if (chunk.startsWith(u'@')) {
            if (!chunk.startsWith(own))
                continue;
            chunk = chunk.mid(own.size()).trimmed();
        }
        statements.append(chunk);
    }
    return statements;
}

QList<Migration> Migrator::load(const Dialect &dialect)
{
    initMigrationResources();
    QList<Migration> migrations;
    static const QRegularExpression fileName(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    const QDir dir(u":/migrations"_s);
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = fileName.match(entry);
        if (!m.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {m.captured(1).toInt(), m.captured(2), statementsFor(QString::fromUtf8(file.readAll()), dialect)});
    }
    return migrations;
}

int Migrator::latestVersion()
{
    const auto all = load(Dialect(Dialect::Kind::SQLite));
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::ensureVersionTable() const
{
    QStringList statements;
    if (m_db.dialect().isPostgres()) {
        // A team member without the right to create (an operator or a viewer) must still be able to
        // open a server whose schema is there: PostgreSQL checks the right before it sees the table.
        SqlQuery exists(m_db, u"SELECT to_regclass('core.schema_version') IS NOT NULL"_s);
        if (Status status = exists.exec(); !status)
            return status;
        if (exists.next() && exists.boolean(0))
            return {};
        statements << u"CREATE SCHEMA IF NOT EXISTS core"_s;
    }
    statements << u"CREATE TABLE IF NOT EXISTS {{core.schema_version}} (version INTEGER PRIMARY KEY, "
                  "name VARCHAR(200) NOT NULL, applied_at {{ts}} NOT NULL)"_s;
    return execAll(m_db, statements);
}

Result<int> Migrator::currentVersion() const
{
    if (Status status = ensureVersionTable(); !status)
        return status.error();
    SqlQuery query(m_db, u"SELECT COALESCE(MAX(version), 0) FROM {{core.schema_version}}"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? int(query.integer(0)) : 0;
}

Result<int> Migrator::migrate(int targetVersion) const
{
    const Result<int> current = currentVersion();
    if (!current)
        return current;
    const QList<Migration> migrations = load(m_db.dialect());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current.value() > latest)
        return Error{u"db.too_new"_s,
                     QCoreApplication::translate("Migrator",
                                                 "This database was written by a newer SoleFlipper (schema version "
                                                 "%1; this app knows up to %2). Update the app before opening it; "
                                                 "nothing was changed.")
                         .arg(current.value())
                         .arg(latest),
                     m_db.config().displayString()};
    const int target = targetVersion < 0 ? latest : targetVersion;
    int reached = current.value();
    for (const Migration &migration : migrations) {
        if (migration.version <= reached || migration.version > target)
            continue;
        if (Status status = apply(migration); !status)
            return status.error();
        reached = migration.version;
    }
    return reached;
}

Status Migrator::apply(const Migration &migration) const
{
    // SQLite changes a table's constraints only by rebuilding it, which its foreign keys would refuse;
    // they are switched off around the migration (the pragma is ignored inside a transaction) and
    // checked before it commits.
    const bool sqlite = !m_db.dialect().isPostgres();
    if (sqlite) {
        if (Status off = execStatement(m_db, u"PRAGMA foreign_keys = OFF"_s); !off)
            return off;
    }
    Status applied = applyInTransaction(migration);
    if (applied)
        qCDebug(lcDb).noquote() << "applied migration" << migration.version << migration.name;
    else
        qCWarning(lcDb).noquote() << "migration" << migration.version << "failed:" << applied.error().toString();
    if (sqlite) {
        if (Status on = execStatement(m_db, u"PRAGMA foreign_keys = ON"_s); !on && applied)
            applied = on;
    }
    return applied;
}

Status Migrator::applyInTransaction(const Migration &migration) const
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const QString &statement : migration.statements) {
        if (Status status = execStatement(m_db, statement); !status)
            return Error{u"db.migration"_s,
                         QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3")
                             .arg(migration.version)
                             .arg(migration.name, status.error().message),
                         status.error().context};
    }
    if (!m_db.dialect().isPostgres()) {
        SqlQuery check(m_db, u"PRAGMA foreign_key_check"_s);
        if (Status status = check.exec(); !status)
            return status;
        if (check.next())
            return Error{
                u"db.migration"_s,
                QCoreApplication::translate("Migrator", "Migration %1 (%2) would break a reference in table %3.")
                    .arg(migration.version)
                    .arg(migration.name, check.string(0)),
                check.string(0)};
    }
    SqlQuery record(m_db, u"INSERT INTO {{core.schema_version}} (version, name, applied_at) "
                          "VALUES (:version, :name, :at)"_s);
    record.bind(u":version"_s, migration.version)
        .bind(u":name"_s, migration.name)
        .bind(u":at"_s, QDateTime::currentDateTimeUtc());
    if (Status status = record.exec(); !status)
        return status;
    return transaction.commit();
}

} // namespace sf
