#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sf {

SqlQuery::SqlQuery(const Database &db, const QString &sqlTemplate)
    : m_db(db)
    , m_dialect(db.dialect())
    , m_sql(db.dialect().render(sqlTemplate))
{
    QSqlError error;
    m_query = db.preparedStatement(m_sql, error);
    if (!m_query) {
        m_prepareError = db.statementFailure(QCoreApplication::translate("Database", "The database rejected a query"),
                                             error, m_sql.simplified().left(200));
        m_query = std::make_shared<QSqlQuery>(db.connection()); // accessors stay safe; exec() reports the error
    }
}

SqlQuery::~SqlQuery()
{
    // Ends the result set, so a reused statement holds no read cursor between uses.
    m_query->finish();
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query->bindValue(name, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (m_prepareError)
        return *m_prepareError;
    if (Status written = WriteBehind::flush(m_db); !written)
        return written;
    if (!m_query->exec())
        return m_db.statementFailure(QCoreApplication::translate("Database", "A database statement failed"),
                                     m_query->lastError(), m_sql.simplified().left(200));
    return {};
}

Status SqlQuery::execLater(WriteBehind::Stage stage)
{
    if (m_prepareError || !m_db.dialect().isPostgres())
        return exec();
    WriteBehind::Values values;
    for (const QString &name : WriteBehind::placeholders(m_sql))
        values.append({name, m_query->boundValue(name)});
    return !values.isEmpty() && WriteBehind::hold(m_db, m_sql, values, stage) ? Status{} : exec();
}

bool SqlQuery::boolean(int column) const
{
    const QVariant v = m_query->value(column);
    if (v.metaType() == QMetaType::fromType<QString>())
        return v.toString() == u"t"_s || v.toString() == u"true"_s || v.toString() == u"1"_s;
    return v.toBool();
}

std::optional<Money> SqlQuery::money(int column, const QString &currency) const
{
    return m_dialect.moneyFromDb(m_query->value(column), currency);
}

std::optional<qint64> SqlQuery::hundredths(int column) const
{
    if (m_query->isNull(column))
        return std::nullopt;
    const auto parsed = Money::parse(m_query->value(column).toString(), QString());
    return parsed ? std::optional(parsed->minor()) : std::nullopt;
}

QDateTime SqlQuery::dateTime(int column) const
{
    return m_dialect.dateTimeFromDb(m_query->value(column));
}

QDate SqlQuery::date(int column) const
{
    return m_dialect.dateFromDb(m_query->value(column));
}

Status execStatement(const Database &db, const QString &sqlTemplate)
{
    // Not prepared: PostgreSQL cannot PREPARE DDL, and these statements carry no values.
    if (Status written = WriteBehind::flush(db); !written)
        return written;
    const QString sql = db.dialect().render(sqlTemplate);
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return db.statementFailure(QCoreApplication::translate("Database", "A database statement failed"),
                                   query.lastError(), sql.simplified().left(200));
    return {};
}

Status execAll(const Database &db, const QStringList &sqlTemplates)
{
    for (const QString &sql : sqlTemplates) {
        if (Status status = execStatement(db, sql); !status)
            return status;
    }
    return {};
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped;
}

} // namespace sf
