#pragma once

#include "sqlitebulkstatement.h"
#include "sqlquery.h"

#include <QHash>

#include <functional>

namespace sf {

// Inserts many rows with one statement per group of rows, so PostgreSQL answers once per group instead
// of once per row, and SQLite steps one statement per group. The row is written once, as for SqlQuery,
// with :placeholders; each row of a group gets its own copy of them. On PostgreSQL every occurrence of a
// placeholder gets its own name in the statement. On SQLite the statement is written with ? and its
// values go straight to SQLite by position (SqliteBulkStatement): Qt's binding cost as much as the insert.
//
//   MultiRowInsert insert(db, u"{{t}} (a, b, created_at)"_s, u":a, :b, {{now}}"_s);
//   insert.run(rows.size(), [&](MultiRowInsert::Row &row, qsizetype i) { row.bind(u":a"_s, ...); });
class MultiRowInsert {
public:
    class Row {
    public:
        template <typename T> Row &bind(const QString &name, const T &value)
        {
            return bindValue(name, dbValue(m_owner.m_db.dialect(), value));
        }

    private:
        friend class MultiRowInsert;
        Row(const MultiRowInsert &owner, SqlQuery *query, SqliteBulkStatement *direct, int row)
            : m_owner(owner)
            , m_query(query)
            , m_direct(direct)
            , m_row(row)
        {}
        Row &bindValue(const QString &name, const QVariant &value);

        const MultiRowInsert &m_owner;
        SqlQuery *m_query;             // PostgreSQL
        SqliteBulkStatement *m_direct; // SQLite
        int m_row;
    };
    using BindRow = std::function<void(Row &, qsizetype)>;

    // `into` is the table and its columns, `values` one row's value list (without parentheses).
    MultiRowInsert(const Database &db, QString into, QString values, int rowsPerStatement = 50);

    // Appended to every statement: an upsert's "ON CONFLICT (key) DO UPDATE SET …" (both dialects).
    MultiRowInsert &onConflict(const QString &clause);
    // Inserts rows 0..count-1; bindRow binds every placeholder of row i.
    Status run(qsizetype count, const BindRow &bindRow) const;

private:
    static QString copyName(const QString &name, int copy);
    QString statementFor(int rows) const;
    Status runOnSqlite(qsizetype count, const BindRow &bindRow) const;

    const Database &m_db;
    QString m_into;
    QString m_values;                   // every placeholder occurrence named apart
    QString m_positionalValues;         // the same with ? for every placeholder
    QHash<QString, int> m_occurrences;  // placeholder -> how often the row template names it
    QHash<QString, QList<int>> m_slots; // placeholder -> its 0-based positions within a row
    int m_slotsPerRow = 0;
    QStringList m_suffixes; // PostgreSQL: per row of a full group
    int m_rowsPerStatement;
    QString m_conflict;
    QString m_fullGroup; // PostgreSQL
};

} // namespace sf
