#pragma once

#include "sqlquery.h"

#include <QHash>

#include <functional>

namespace sf {

// Inserts many rows with one statement per group of rows, so PostgreSQL answers once per group instead
// of once per row, and SQLite steps one statement per group. The row is written once, as for SqlQuery,
// with :placeholders; each row of a group gets its own copy of them. A placeholder may appear twice in
// the row; every occurrence gets its own name in the statement, because Qt's SQLite driver answers a
// repeated name with a search over all the statement's parameters for each of them.
//
//   MultiRowInsert insert(db, u"{{t}} (a, b, created_at)"_s, u":a, :b, {{now}}"_s);
//   insert.run(rows.size(), [&](MultiRowInsert::Row &row, qsizetype i) { row.bind(u":a"_s, ...); });
class MultiRowInsert {
public:
    class Row {
    public:
        template <typename T> Row &bind(const QString &name, const T &value)
        {
            m_query.bind(name + m_suffix, value);
            for (int copy = 2; copy <= m_owner.m_occurrences.value(name, 1); ++copy)
                m_query.bind(MultiRowInsert::copyName(name, copy) + m_suffix, value);
            return *this;
        }

    private:
        friend class MultiRowInsert;
        Row(const MultiRowInsert &owner, SqlQuery &query, const QString &suffix)
            : m_owner(owner)
            , m_query(query)
            , m_suffix(suffix)
        {}
        const MultiRowInsert &m_owner;
        SqlQuery &m_query;
        const QString &m_suffix;
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

    const Database &m_db;
    QString m_into;
    QString m_values;                  // every placeholder occurrence named apart
    QHash<QString, int> m_occurrences; // placeholder -> how often the row template names it
    QStringList m_suffixes;            // per row of a full group
    int m_rowsPerStatement;
    QString m_conflict;
    QString m_fullGroup;
};

} // namespace sf
