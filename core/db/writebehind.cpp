#include "writebehind.h"

#include "multirowinsert.h"
#include "transaction.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
struct HeldInserts {
    QString into;
    QString values;
    WriteBehind::Stage stage;
    QList<WriteBehind::Values> rows;
};

// Per connection, in the order each kind of insert was first held. Connections are per thread.
thread_local QHash<QString, QList<HeldInserts>> t_held;
thread_local qsizetype t_heldRows = 0; // on every connection of this thread: the cheap "nothing held" test

// A chunk's rows in one or two statements: a round trip costs more than a long statement.
constexpr int kRowsPerStatement = 250;

const QRegularExpression kPlainInsert(u"^\\s*INSERT\\s+INTO\\s+(.+?)\\s+VALUES\\s*\\((.*)\\)\\s*$"_s,
                                      QRegularExpression::DotMatchesEverythingOption |
                                          QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kPlaceholder(u"(?<![:\\w]):([A-Za-z_]\\w*)"_s);

// The value list of a one-row insert; nothing when anything follows it (ON CONFLICT, RETURNING).
std::optional<std::pair<QString, QString>> split(const QString &sql)
{
    const QRegularExpressionMatch match = kPlainInsert.match(sql);
    if (!match.hasMatch())
        return std::nullopt;
    const QString values = match.captured(2);
    int depth = 0;
    for (QChar c : values) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            return std::nullopt; // the list closed earlier: something follows it
    }
    if (depth != 0)
        return std::nullopt;
    return std::pair(match.captured(1), values);
}
} // namespace

QStringList WriteBehind::placeholders(const QString &sql)
{
    const auto parts = split(sql);
    if (!parts)
        return {};
    QStringList names;
    for (const QRegularExpressionMatch &match : kPlaceholder.globalMatch(parts->second))
        if (!names.contains(u':' + match.captured(1)))
            names << u':' + match.captured(1);
    return names;
}

bool WriteBehind::hold(const Database &db, const QString &sql, const Values &values, Stage stage)
{
    if (!db.dialect().isPostgres() || !Transaction::isOpen(db))
        return false;
    const auto parts = split(sql);
    if (!parts)
        return false;
    QList<HeldInserts> &held = t_held[db.connection().connectionName()];
    auto group = std::find_if(held.begin(), held.end(), [&](const HeldInserts &g) {
        return g.stage == stage && g.into == parts->first && g.values == parts->second;
    });
    if (group == held.end())
        group = held.insert(held.end(), HeldInserts{parts->first, parts->second, stage, {}});
    group->rows << values;
    ++t_heldRows;
    return true;
}

Status WriteBehind::flush(const Database &db)
{
    if (t_heldRows == 0)
        return {};
    const auto found = t_held.find(db.connection().connectionName());
    if (found == t_held.end())
        return {};
    const QList<HeldInserts> held = std::move(found.value());
    t_held.erase(found); // taken first: the inserts below run through SqlQuery, which flushes
    for (const HeldInserts &group : held)
        t_heldRows -= group.rows.size();
    for (Stage stage : {Stage::Catalog, Stage::Rows, Stage::Dependents}) {
        for (const HeldInserts &group : held) {
            if (group.stage != stage)
                continue;
            const MultiRowInsert insert(db, group.into, group.values, kRowsPerStatement);
            const Status written = insert.run(group.rows.size(), [&](MultiRowInsert::Row &row, qsizetype i) {
                for (const auto &[name, value] : group.rows.at(i))
                    row.bind(name, value);
            });
            if (!written)
                return written;
        }
    }
    return {};
}

void WriteBehind::discard(const Database &db)
{
    if (t_heldRows == 0)
        return;
    const auto found = t_held.find(db.connection().connectionName());
    if (found == t_held.end())
        return;
    for (const HeldInserts &group : found.value())
        t_heldRows -= group.rows.size();
    t_held.erase(found);
}

} // namespace sf
