#include "money.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

std::optional<Money> Money::parse(const QString &text, const QString &currency)
{
    QString s = text.trimmed();
    static const QRegularExpression decoration(u"[€$£\\s\\x{00A0}\\x{202F}']|EUR|USD|GBP|CHF"_s);
    s.remove(decoration);
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'\x2212')) {
        negative = true;
        s.remove(0, 1);
    }
    static const QRegularExpression shape(u"^[0-9][0-9.,]*$"_s);
    if (!shape.match(s).hasMatch())
        return std::nullopt;

    // The last separator followed by one or two digits is the decimal separator; all others group thousands.
    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype lastSep = qMax(lastDot, lastComma);
    QString integerPart = s;
    QString fraction;
    if (lastSep >= 0) {
        const qsizetype digitsAfter = s.size() - lastSep - 1;
        const bool onlyOneKind = lastDot < 0 || lastComma < 0;
        const bool bothPresent = !onlyOneKind;
        const QChar sep = s.at(lastSep);
        const bool repeated = s.count(sep) > 1;
        const bool isDecimal = bothPresent || (!repeated && digitsAfter != 3) || digitsAfter == 0;
        if (isDecimal) {
            if (digitsAfter > 2)
                return std::nullopt;
            integerPart = s.left(lastSep);
            fraction = s.mid(lastSep + 1);
        }
    }
    // Whatever separators remain group thousands: 1.234.567 or 1,234 but never 1.2.3 or 12,34,5.
    static const QRegularExpression grouped(u"^[0-9]{1,3}([.,][0-9]{3})*$"_s);
    if ((integerPart.contains(u'.') || integerPart.contains(u',')) &&
        (!grouped.match(integerPart).hasMatch() || (integerPart.contains(u'.') && integerPart.contains(u','))))
        return std::nullopt;
    if (!fraction.isEmpty() && integerPart.contains(s.at(lastSep)))
        return std::nullopt;
    integerPart.remove(u'.').remove(u',');
    if (integerPart.isEmpty())
        integerPart = u"0"_s;
    if (integerPart.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 major = integerPart.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    while (fraction.size() < 2)
        fraction.append(u'0');
    const qint64 minor = major * 100 + fraction.toLongLong();
    return Money(negative ? -minor : minor, currency);
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    return Money(divideRounded(m_minor * numerator, denominator), m_currency);
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return m_minor <=> other.m_minor;
}

QString Money::toDecimalString() const
{
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    return (m_minor < 0 ? u"-"_s : QString()) + QString::number(absMinor / 100) + u'.' +
           QString::number(absMinor % 100).rightJustified(2, u'0');
}

QString Money::toDisplayString(const QLocale &locale) const
{
    return locale.toCurrencyString(double(m_minor) / 100.0,
                                   m_currency == u"EUR"_s   ? u"€"_s
                                   : m_currency == u"USD"_s ? u"$"_s
                                   : m_currency == u"GBP"_s ? u"£"_s
                                                            : m_currency,
                                   2);
}

} // namespace sf
