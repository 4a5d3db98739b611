#include "dialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sf {

QString Dialect::render(const QString &sqlTemplate) const
{
    // One cache per thread and dialect: the GUI thread and the workers render at the same time, and a
    // shared hash would need a lock around every statement.
    thread_local QHash<QString, QString> caches[2];
    QHash<QString, QString> &cache = caches[isPostgres() ? 1 : 0];
    const auto cached = cache.constFind(sqlTemplate);
    if (cached != cache.constEnd())
        return cached.value();
    static const QRegularExpression token(u"\\{\\{([^}]+)\\}\\}"_s);
    QString out;
    out.reserve(sqlTemplate.size() + 64);
    qsizetype last = 0;
    for (auto it = token.globalMatch(sqlTemplate); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(sqlTemplate).mid(last, m.capturedStart() - last);
        out += renderToken(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(sqlTemplate).mid(last);
    cache.insert(sqlTemplate, out);
    return out;
}

QString Dialect::tableName(const QString &qualified) const
{
    const qsizetype dot = qualified.indexOf(u'.');
    Q_ASSERT(dot > 0);
    if (isPostgres())
        return u'"' + qualified.left(dot) + u"\".\""_s + qualified.mid(dot + 1) + u'"';
    return qualified.left(dot) + u'_' + qualified.mid(dot + 1);
}

QString Dialect::renderToken(const QString &token) const
{
    const bool pg = isPostgres();
    if (token == u"uuid")
        return pg ? u"UUID"_s : u"TEXT"_s;
    if (token == u"ts")
        return pg ? u"TIMESTAMP WITH TIME ZONE"_s : u"TEXT"_s;
    if (token == u"date")
        return pg ? u"DATE"_s : u"TEXT"_s;
    if (token == u"json")
        return pg ? u"JSONB"_s : u"TEXT"_s;
    if (token == u"money")
        return pg ? u"NUMERIC(10,2)"_s : u"INTEGER"_s;
    if (token == u"money12")
        return pg ? u"NUMERIC(12,2)"_s : u"INTEGER"_s;
    if (token == u"now")
        return pg ? u"now()"_s : u"(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"_s;
    if (token == u"new_uuid") // a random (version 4) UUID per row, for INSERT … SELECT
        return pg ? u"gen_random_uuid()"_s
                  : u"lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) "
                    "|| '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || "
                    "hex(randomblob(6)))"_s;
    if (token == u"without_rowid") // after a CREATE TABLE's closing parenthesis: SQLite stores the table as its key
        return pg ? QString() : u" WITHOUT ROWID"_s;
    // A column compared with an expression index's expression: SQLite would apply the column's TEXT
    // affinity to the expression and then cannot use the index (a scan per row); unary + drops it.
    if (token.startsWith(u"no_affinity:"))
        return pg ? token.mid(12) : u'+' + token.mid(12);
    if (token.startsWith(u"indexed_by:")) // after a FROM item's alias: SQLite must use this index (no stats needed)
        return pg ? QString() : u" INDEXED BY "_s + token.mid(11);
    if (token == u"ts_min")
        return pg ? u"'0001-01-01T00:00:00Z'::timestamptz"_s : u"''"_s;
    if (token.startsWith(u"money:")) {
        const auto value = Money::parse(token.mid(6), QString());
        Q_ASSERT(value);
        return pg ? value->toDecimalString() : QString::number(value->minor());
    }
    if (token.startsWith(u"days_since:")) {
        const QString column = token.mid(11);
        return pg ? u"(EXTRACT(EPOCH FROM (now() - "_s + column + u")) / 86400.0)"_s
                  : u"(julianday('now') - julianday("_s + column + u"))"_s;
    }
    if (token.startsWith(u"days_between:")) { // fractional days from the first timestamp to the second
        const QStringList ends = token.mid(13).split(u';');
        Q_ASSERT(ends.size() == 2);
        return pg ? u"(EXTRACT(EPOCH FROM (CAST("_s + ends.at(1) + u" AS TIMESTAMPTZ) - CAST("_s + ends.at(0) +
                        u" AS TIMESTAMPTZ))) / 86400.0)"_s
                  : u"(julianday("_s + ends.at(1) + u") - julianday("_s + ends.at(0) + u"))"_s;
    }
    if (token.startsWith(u"round_money:")) { // an amount to the cent, in the storage unit (cents or decimals)
        const QString expression = token.mid(12);
        return pg ? u"ROUND("_s + expression + u", 2)"_s : u"ROUND("_s + expression + u")"_s;
    }
    if (token.startsWith(u"utc_day:")) { // the UTC calendar day of a timestamp, as YYYY-MM-DD text
        const QString column = token.mid(8);
        return pg ? u"to_char("_s + column + u" AT TIME ZONE 'UTC', 'YYYY-MM-DD')"_s
                  : u"substr("_s + column + u", 1, 10)"_s;
    }
    if (token.startsWith(u"utc_month:")) { // the first day of a timestamp's UTC month, as a date
        const QString column = token.mid(10);
        return pg ? u"CAST(date_trunc('month', "_s + column + u" AT TIME ZONE 'UTC') AS DATE)"_s
                  : u"(substr("_s + column + u", 1, 7) || '-01')"_s;
    }
    Q_ASSERT_X(token.contains(u'.'), "Dialect::render", "unknown placeholder");
    return tableName(token);
}

QVariant Dialect::toDb(const Money &money) const
{
    if (isPostgres())
        return money.toDecimalString();
    return money.minor();
}

QVariant Dialect::toDb(const QDateTime &time) const
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // Fixed-width UTC text sorts correctly on SQLite and is read unambiguously by PostgreSQL.
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QVariant Dialect::toDb(const QDate &date) const
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

std::optional<Money> Dialect::moneyFromDb(const QVariant &value, const QString &currency) const
{
    if (value.isNull())
        return std::nullopt;
    if (!isPostgres())
        return Money(value.toLongLong(), currency);
    // NUMERIC arrives as text (QSql::HighPrecision), so no binary floating point is involved.
    return Money::parse(value.toString(), currency);
}

QDateTime Dialect::dateTimeFromDb(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>()) {
        QDateTime dt = value.toDateTime();
        return dt.toUTC();
    }
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt.toUTC();
}

QDate Dialect::dateFromDb(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace sf
