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
        m_values += QStringView(values).sliced(copied, match.capturedStart() - copied);
        m_values += occurrence == 1 ? name : copyName(name, occurrence);
        copied = match.capturedEnd();
    }
    m_values += QStringView(values).sliced(copied);
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
    m_fullGroup = statementFor(m_rowsPerStatement);
    return *this;
}

Status MultiRowInsert::run(qsizetype count, const BindRow &bindRow) const
{
    for (qsizetype first = 0; first < count; first += m_rowsPerStatement) {
        const int rows = int(qMin<qsizetype>(m_rowsPerStatement, count - first));
        // A full group's statement is the same every time, so the statement cache prepares it once.
        SqlQuery query(m_db, rows == m_rowsPerStatement ? m_fullGroup : statementFor(rows));
        for (int row = 0; row < rows; ++row) {
            Row binder(*this, query, m_suffixes.at(row));
            bindRow(binder, first + row);
        }
        if (Status status = query.exec(); !status)
            return status;
    }
    return {};
}

} // namespace sf
