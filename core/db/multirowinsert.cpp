#include "multirowinsert.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// ":name" but not the second colon of a "::type" cast.
const QRegularExpression kPlaceholder(u"(?<![:\\w]):([A-Za-z_]\\w*)"_s);

QString suffix(int row)
{
    return u"_r"_s + QString::number(row);
}
} // namespace

MultiRowInsert::MultiRowInsert(const Database &db, QString into, QString values, int rowsPerStatement)
    : m_db(db)
    , m_into(std::move(into))
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    qsizetype copied = 0;
    for (const QRegularExpressionMatch &match : kPlaceholder.globalMatch(values)) {
        const QString name = match.captured(0);
        const int occurrence = ++m_occurrences[name];
        const QStringView before = QStringView(values).sliced(copied, match.capturedStart() - copied);
        m_values += before;
        m_values += occurrence == 1 ? name : copyName(name, occurrence);
        m_positionalValues += before;
        m_positionalValues += u'?';
        m_slots[name].append(m_slotsPerRow++);
        copied = match.capturedEnd();
    }
    m_values += QStringView(values).sliced(copied);
    m_positionalValues += QStringView(values).sliced(copied);
    if (!m_db.dialect().isPostgres())
        return; // SQLite's statements are written with ? (runOnSqlite)
    for (int row = 0; row < m_rowsPerStatement; ++row)
        m_suffixes << suffix(row);
    m_fullGroup = statementFor(m_rowsPerStatement);
}

QString MultiRowInsert::copyName(const QString &name, int copy)
{
    return name + u"_c"_s + QString::number(copy);
}

QString MultiRowInsert::statementFor(int rows) const
{
    QStringList groups;
    groups.reserve(rows);
    for (int row = 0; row < rows; ++row)
        groups << u'(' + QString(m_values).replace(kPlaceholder, u":\\1"_s + suffix(row)) + u')';
    return u"INSERT INTO "_s + m_into + u" VALUES "_s + groups.join(u", "_s) + m_conflict;
}

MultiRowInsert &MultiRowInsert::onConflict(const QString &clause)
{
    m_conflict = u' ' + clause;
    if (m_db.dialect().isPostgres())
        m_fullGroup = statementFor(m_rowsPerStatement);
    return *this;
}

Status MultiRowInsert::run(qsizetype count, const BindRow &bindRow) const
{
    if (!m_db.dialect().isPostgres())
        return runOnSqlite(count, bindRow);
    for (qsizetype first = 0; first < count; first += m_rowsPerStatement) {
        const int rows = int(qMin<qsizetype>(m_rowsPerStatement, count - first));
        // A full group's statement is the same every time, so the statement cache prepares it once.
        SqlQuery query(m_db, rows == m_rowsPerStatement ? m_fullGroup : statementFor(rows));
        for (int row = 0; row < rows; ++row) {
            Row binder(*this, &query, nullptr, row);
            bindRow(binder, first + row);
        }
        if (Status status = query.exec(); !status)
            return status;
    }
    return {};
}

Status MultiRowInsert::runOnSqlite(qsizetype count, const BindRow &bindRow) const
{
    const auto statementOf = [&](int rows) {
        QStringList groups(rows, u'(' + m_positionalValues + u')');
        return m_db.dialect().render(u"INSERT INTO "_s + m_into + u" VALUES "_s + groups.join(u", "_s) + m_conflict);
    };
    std::unique_ptr<SqliteBulkStatement> full;
    for (qsizetype first = 0; first < count; first += m_rowsPerStatement) {
        const int rows = int(qMin<qsizetype>(m_rowsPerStatement, count - first));
        std::unique_ptr<SqliteBulkStatement> partial;
        if (rows == m_rowsPerStatement && !full)
            full = std::make_unique<SqliteBulkStatement>(m_db, statementOf(rows));
        else if (rows < m_rowsPerStatement)
            partial = std::make_unique<SqliteBulkStatement>(m_db, statementOf(rows));
        SqliteBulkStatement &statement = partial ? *partial : *full;
        if (Status prepared = statement.prepared(); !prepared)
            return prepared;
        for (int row = 0; row < rows; ++row) {
            Row binder(*this, nullptr, &statement, row);
            bindRow(binder, first + row);
        }
        if (Status status = statement.exec(); !status)
            return status;
    }
    return {};
}

MultiRowInsert::Row &MultiRowInsert::Row::bindValue(const QString &name, const QVariant &value)
{
    if (m_direct) {
        const auto slots = m_owner.m_slots.constFind(name);
        Q_ASSERT_X(slots != m_owner.m_slots.cend(), "MultiRowInsert", "a placeholder the row does not have");
        if (slots != m_owner.m_slots.cend())
            for (int slot : *slots)
                m_direct->bind(m_row * m_owner.m_slotsPerRow + slot + 1, value);
        return *this;
    }
    const QString &rowSuffix = m_owner.m_suffixes.at(m_row);
    m_query->bind(name + rowSuffix, value);
    for (int copy = 2; copy <= m_owner.m_occurrences.value(name, 1); ++copy)
        m_query->bind(MultiRowInsert::copyName(name, copy) + rowSuffix, value);
    return *this;
}

} // namespace sf
