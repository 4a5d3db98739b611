#include "fieldreader.h"

#include "imports/importvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

void FieldReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

QString FieldReader::text(const QString &column, Need need)
{
    const QString value = m_columns.value(m_record, column);
    if (!isMissingValue(value))
        return value;
    if (need == Required)
        fail(QCoreApplication::translate("FieldReader", "%1 is missing.").arg(column));
    return {};
}

QString FieldReader::firstText(const QStringList &columns)
{
    for (const QString &column : columns)
        if (m_columns.has(column))
            return text(column);
    return {};
}

std::optional<Money> FieldReader::optionalMoney(const QString &column, const QString &currency)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto amount = Money::parse(value, currency);
    if (!amount)
        fail(QCoreApplication::translate("FieldReader", "%1 \"%2\" is not an amount.").arg(column, value));
    return amount;
}

Money FieldReader::money(const QString &column, const QString &currency, Need need)
{
    if (need == Required && text(column, Required).isEmpty())
        return Money(0, currency);
    return optionalMoney(column, currency).value_or(Money(0, currency));
}

QDateTime FieldReader::dateTime(const QString &column, Need need)
{
    const QString value = text(column, need);
    if (value.isEmpty())
        return {};
    const auto parsed = parseImportDateTime(value);
    if (!parsed) {
        fail(QCoreApplication::translate("FieldReader", "%1 \"%2\" is not a date.").arg(column, value));
        return {};
    }
    return *parsed;
}

QString FieldReader::currency(const QString &column, const QString &fallback)
{
    const QString value = text(column).toUpper();
    if (value.isEmpty())
        return fallback;
    static const QHash<QString, QString> symbols{
        {u"€"_s, u"EUR"_s}, {u"$"_s, u"USD"_s}, {u"US$"_s, u"USD"_s}, {u"£"_s, u"GBP"_s}, {u"CHF"_s, u"CHF"_s}};
    if (const auto it = symbols.constFind(value); it != symbols.cend())
        return *it;
    static const QRegularExpression code(u"^[A-Z]{3}$"_s);
    if (code.match(value).hasMatch())
        return value;
    fail(QCoreApplication::translate("FieldReader", "%1 \"%2\" is not a currency.").arg(column, value));
    return fallback;
}

bool FieldReader::flag(const QString &column)
{
    static const QStringList yes{u"yes"_s, u"ja"_s, u"true"_s, u"1"_s, u"x"_s, u"✓"_s, u"checked"_s};
    return yes.contains(text(column).toLower());
}

} // namespace sf
