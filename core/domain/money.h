#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

class QLocale;

namespace sf {

// An exact amount of money in minor units (cents) of a currency. Every currency the app handles has two
// decimal places. Arithmetic never mixes currencies silently: mixing is a programmer error (asserted).
class Money {
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    {}

    static Money fromMajor(qint64 major, const QString &currency) { return Money(major * 100, currency); }
    // Parses "1234.5", "1.234,50", "€ 99,90", "-3.07": both decimal separators, thousands separators,
    // currency symbols. Rejects anything with more than two decimals or other garbage.
    static std::optional<Money> parse(const QString &text, const QString &currency);

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }
    // Multiplies by numerator/denominator and rounds half away from zero to the cent.
    Money scaled(qint64 numerator, qint64 denominator) const;
    // Divides into `parts`, rounded half away from zero.
    Money dividedBy(qint64 parts) const { return scaled(1, parts); }

    friend bool operator==(const Money &a, const Money &b) = default;
    std::strong_ordering operator<=>(const Money &other) const;

    // "1234.50" — the exchange format used in CSV, JSON and PostgreSQL NUMERIC.
    QString toDecimalString() const;
    // "1.234,50 €" / "€1,234.50" — for people.
    QString toDisplayString(const QLocale &locale) const;

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("EUR");
};

// Rounds numerator/denominator half away from zero; the one rounding rule used for money and percentages.
qint64 divideRounded(qint64 numerator, qint64 denominator);

} // namespace sf
