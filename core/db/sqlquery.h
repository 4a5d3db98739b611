#pragma once

#include "database.h"
#include "dbvalue.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "writebehind.h"

#include <QSqlQuery>

#include <optional>

namespace sf {

// A prepared statement on this thread's connection, written once for both dialects with {{placeholders}}.
// Every value is bound by name; money, time and ids are converted by the dialect. Statements are reused
// (see Database::preparedStatement), so every placeholder must be bound before each exec().
class SqlQuery {
public:
    SqlQuery(const Database &db, const QString &sqlTemplate);
    ~SqlQuery();
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(const QString &name, const QVariant &value);
    // Money, time, ids and text converted for the dialect (dbvalue.h).
    template <typename T> SqlQuery &bind(const QString &name, const T &value)
    {
        return bind(name, dbValue(m_dialect, value));
    }

    Status exec();
    // For a plain one-row INSERT whose caller needs nothing back: on PostgreSQL inside a transaction it is
    // held and written together with others of its kind (WriteBehind), else it runs now. Its errors come
    // from the statement or commit that writes it.
    Status execLater(WriteBehind::Stage stage = WriteBehind::Stage::Rows);
    bool next() { return m_query->next(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

    QVariant value(int column) const { return m_query->value(column); }
    QString string(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    double real(int column) const { return m_query->value(column).toDouble(); }
    bool boolean(int column) const;
    bool isNull(int column) const { return m_query->isNull(column); }
    std::optional<Money> money(int column, const QString &currency) const;
    // A NUMERIC(x,2) that is not money (a percentage, a rate) in hundredths: "19.00" -> 1900.
    std::optional<qint64> hundredths(int column) const;
    QDateTime dateTime(int column) const;
    QDate date(int column) const;
    template <typename IdType> IdType id(int column) const
    {
        return m_query->isNull(column) ? IdType() : IdType::fromString(m_query->value(column).toString());
    }

    static QVariant nullText() { return nullTextValue(); }

private:
    const Database &m_db;
    const Dialect &m_dialect;
    std::shared_ptr<QSqlQuery> m_query; // shared with the database's statement cache
    QString m_sql;
    std::optional<Error> m_prepareError;
};

// `text` for a LIKE pattern with ESCAPE '\\': %, _ and \\ match themselves.
QString escapeLike(const QString &text);

// Runs a statement without values (DDL, fixed seed rows) directly, without preparing it.
Status execStatement(const Database &db, const QString &sqlTemplate);
// Runs such statements in order; the first failure stops and is returned.
Status execAll(const Database &db, const QStringList &sqlTemplates);

} // namespace sf
