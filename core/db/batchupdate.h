#pragma once

#include "database.h"
#include "dbvalue.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace sf {

// PostgreSQL: updates many versioned rows of one table (see rowversion.h) with one statement per group
// of rows, where an UPDATE per row would cost one round trip each across the network. The rows travel as
// one JSON array that json_populate_recordset types by the table's own row type, so no value needs a
// cast (PostgreSQL would type bound VALUES as text). Every row raises its version and names the operator.
//
//   BatchUpdate update(db, u"inventory.stock"_s, {{u"location"_s, u":location"_s}});
//   update.run(items.size(), [&](BatchUpdate::Row &row, qsizetype i) { row.bind(u":id"_s, …); });
class BatchUpdate {
public:
    struct Column {
        QString name;
        QString placeholder;
    };

    class Row {
    public:
        // Placeholders the update does not set (":id" and ":version" excepted) are ignored, so a
        // repository can bind a row with the same function as its one-row statements.
        template <typename T> Row &bind(const QString &placeholder, const T &value)
        {
            return bindValue(placeholder, dbValue(m_dialect, value));
        }

    private:
        friend class BatchUpdate;
        Row(const Dialect &dialect, const QHash<QString, QString> &columns)
            : m_dialect(dialect)
            , m_columns(columns)
        {}
        Row &bindValue(const QString &placeholder, const QVariant &value);

        const Dialect &m_dialect;
        const QHash<QString, QString> &m_columns;
        QJsonObject m_object;
    };
    using BindRow = std::function<void(Row &, qsizetype)>;

    // `table` is a schema.table name; `columns` the columns every row sets.
    BatchUpdate(const Database &db, const QString &table, const QList<Column> &columns);

    // Only rows whose stored version equals the row's bound ":version" are updated.
    BatchUpdate &checkVersions();
    // Updates rows 0..count-1 and returns the ids of those updated. A row that is gone, or stale when
    // versions are checked, is missing from them. An id must not be named twice in one run.
    Result<QSet<QString>> run(qsizetype count, const BindRow &bindRow) const;

private:
    static constexpr qsizetype kRowsPerStatement = 500;

    const Database &m_db;
    QString m_table;
    QHash<QString, QString> m_columns; // placeholder -> column
    QString m_set;
    bool m_checkVersions = false;
};

} // namespace sf
