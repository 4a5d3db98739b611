#pragma once

#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace sf {

// Everything that differs between SQLite and PostgreSQL lives here: table names ("inventory.stock" is
// inventory_stock on SQLite and "inventory"."stock" on PostgreSQL), column types, and how money and time
// travel as bound values. SQL elsewhere is written once with {{placeholders}} and rendered by render().
class Dialect {
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit Dialect(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    QString name() const { return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }

    // Renders {{schema.table}}, {{uuid}}, {{ts}}, {{date}}, {{json}}, {{money}}, {{money12}}, {{now}},
    // {{new_uuid}}, {{money:12.34}}, {{days_since:column}}, {{days_between:a;b}}, {{utc_day:column}},
    // {{utc_month:column}} and
    // {{round_money:expression}}. Results are cached: rendering is done once per text and thread.
    QString render(const QString &sqlTemplate) const;
    QString tableName(const QString &qualified) const;

    QVariant toDb(const Money &money) const;
    QVariant toDb(const QDateTime &time) const;
    QVariant toDb(const QDate &date) const;
    std::optional<Money> moneyFromDb(const QVariant &value, const QString &currency) const;
    QDateTime dateTimeFromDb(const QVariant &value) const;
    QDate dateFromDb(const QVariant &value) const;

private:
    QString renderToken(const QString &token) const;

    Kind m_kind;
};

} // namespace sf
