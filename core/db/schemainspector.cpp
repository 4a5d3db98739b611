#include "schemainspector.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kPgSchemas =
    u"('catalog','inventory','supplier','platform','sales','pricing','analytics','integration','logging','core')"_s;

Result<QStringList> collect(const Database &db, const QString &sql, int columns)
{
    SqlQuery query(db, sql);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << query.string(i);
        rows << fields.join(u" | "_s);
    }
    return rows;
}
} // namespace

Result<QStringList> SchemaInspector::tables() const
{
    if (m_db.dialect().isPostgres())
        return collect(m_db,
                       u"SELECT table_schema || '.' || table_name FROM information_schema.tables "
                       "WHERE table_schema IN "_s +
                           kPgSchemas + u" AND table_type = 'BASE TABLE' ORDER BY 1"_s,
                       1);
    return collect(m_db,
                   u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                   "AND name NOT LIKE '%_fts%' ORDER BY 1"_s,
                   1);
}

Result<QStringList> SchemaInspector::describe() const
{
    QStringList parts;
    QList<std::pair<QString, int>> queries;
    if (m_db.dialect().isPostgres()) {
        queries = {
            {u"SELECT table_schema, table_name, column_name, data_type, is_nullable, "
             u"COALESCE(column_default, ''), "
             "COALESCE(character_maximum_length, 0), COALESCE(numeric_precision, 0), COALESCE(numeric_scale, "
             "0) "
             "FROM information_schema.columns WHERE table_schema IN "_s +
                 kPgSchemas + u" ORDER BY 1, 2, 3"_s,
             9},
            {u"SELECT n.nspname, t.relname, c.contype, pg_get_constraintdef(c.oid) FROM pg_constraint c "
             "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
             "WHERE n.nspname IN "_s +
                 kPgSchemas + u" ORDER BY 1, 2, 3, 4"_s,
             4},
            {u"SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname IN "_s + kPgSchemas +
                 u" ORDER BY 1, 2, 3"_s,
             4},
        };
    } else {
        queries = {
            {u"SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY 1, 2"_s, 4},
            {u"SELECT m.name, c.name, c.type, c.\"notnull\", COALESCE(c.dflt_value, ''), c.pk FROM "
             u"sqlite_master m "
             "JOIN pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY 1, 2"_s,
             6},
            {u"SELECT m.name, f.\"table\", f.\"from\", f.\"to\", f.on_delete FROM sqlite_master m "
             "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 2, 3"_s,
             5},
        };
    }
    for (const auto &[sql, columns] : queries) {
        Result<QStringList> rows = collect(m_db, sql, columns);
        if (!rows)
            return rows;
        parts += rows.value();
    }
    return parts;
}

} // namespace sf
