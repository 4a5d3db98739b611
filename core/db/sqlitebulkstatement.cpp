#include "sqlitebulkstatement.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString failed()
{
    return QCoreApplication::translate("Database", "A database statement failed");
}
} // namespace

SqliteBulkStatement::SqliteBulkStatement(const Database &db, QString sql)
    : m_sql(std::move(sql))
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_prepared = databaseError(failed(), u"no SQLite connection"_s, m_sql.left(200));
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const int code =
        sqlite3_prepare16_v2(m_handle, m_sql.utf16(), int(m_sql.size() * sizeof(char16_t)), &m_statement, nullptr);
    if (code != SQLITE_OK)
        m_prepared = databaseError(failed(), QString::fromUtf8(sqlite3_errmsg(m_handle)), m_sql.simplified().left(200));
}

SqliteBulkStatement::~SqliteBulkStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteBulkStatement::bind(int position, const QVariant &value)
{
    if (!m_statement)
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short: sqlite3_bind_int64(m_statement, position, value.toLongLong()); return;
    case QMetaType::Double: sqlite3_bind_double(m_statement, position, value.toDouble()); return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        // Text, and whatever else as Qt's driver would store it: its text.
        const QString text = value.toString();
        sqlite3_bind_text16(m_statement, position, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    }
}

Status SqliteBulkStatement::exec()
{
    if (!m_prepared)
        return m_prepared;
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    // The message belongs to the step; reset() would replace it.
    const QString message = code == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code != SQLITE_DONE)
        return databaseError(failed(), message, m_sql.simplified().left(200));
    return {};
}

} // namespace sf
