#pragma once

#include "dialect.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace sf {

// What a statement binds for a value on a dialect: money, time and ids converted as the schema stores
// them, a null QString as NULL text. SqlQuery and MultiRowInsert bind through these.
inline QVariant nullTextValue()
{
    return QVariant(QMetaType::fromType<QString>());
}
inline QVariant dbValue(const Dialect &, const QVariant &value)
{
    return value;
}
inline QVariant dbValue(const Dialect &, const QString &value)
{
    return value.isNull() ? nullTextValue() : QVariant(value);
}
inline QVariant dbValue(const Dialect &dialect, const char16_t *value)
{
    return dbValue(dialect, QString::fromUtf16(value));
}
inline QVariant dbValue(const Dialect &, qint64 value)
{
    return QVariant(value);
}
inline QVariant dbValue(const Dialect &, int value)
{
    return QVariant(value);
}
inline QVariant dbValue(const Dialect &, bool value)
{
    return QVariant(value);
}
inline QVariant dbValue(const Dialect &dialect, const Money &value)
{
    return dialect.toDb(value);
}
inline QVariant dbValue(const Dialect &dialect, const std::optional<Money> &value)
{
    return value ? dialect.toDb(*value) : nullTextValue();
}
inline QVariant dbValue(const Dialect &dialect, const QDateTime &value)
{
    return dialect.toDb(value);
}
inline QVariant dbValue(const Dialect &dialect, const QDate &value)
{
    return dialect.toDb(value);
}
template <typename Tag> QVariant dbValue(const Dialect &, const Id<Tag> &id)
{
    return id.isNull() ? nullTextValue() : QVariant(id.toString());
}

} // namespace sf
