#include "sizeclassifier.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kLetter = u"(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)"_s;
const QString kNumber = u"(\\d{1,2}(?:[.,]\\d{1,2})?(?: \\d/\\d)?)"_s;

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(u"^(?:"_s + text + u")$"_s, QRegularExpression::CaseInsensitiveOption);
}

// "10,5" -> "10.5", "9.0" -> "9"; fractions ("41 1/3") as written.
QString normalizedNumber(QString number)
{
    number.replace(u',', u'.');
    if (number.contains(u' '))
        return number;
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok ? QString::number(value, 'g', 6) : number;
}

std::optional<double> numberOf(const QString &text)
{
    QString number = text;
    number.replace(u',', u'.');
    double whole = 0.0;
    if (const qsizetype space = number.indexOf(u' '); space > 0) {
        const QStringList fraction = number.mid(space + 1).split(u'/');
        bool okWhole = false, okNum = false, okDen = false;
        whole = number.left(space).toDouble(&okWhole);
        const double num = fraction.value(0).toDouble(&okNum);
        const double den = fraction.value(1).toDouble(&okDen);
        if (!okWhole || !okNum || !okDen || den == 0.0)
            return std::nullopt;
        return whole + num / den;
    }
    bool ok = false;
    whole = number.toDouble(&ok);
    return ok ? std::optional<double>(whole) : std::nullopt;
}

SizeClass filed(const QString &region, const QString &value)
{
    SizeClass size;
    size.region = region;
    size.value = value;
    return size;
}

SizeClass usSize(const QString &region, const QString &value, const QString &gender, const QString &number)
{
    SizeClass size = filed(region, value);
    size.gender = gender;
    size.usSize = numberOf(number);
    return size;
}

std::optional<SizeClass> shoeSize(const QString &text)
{
    static const QRegularExpression shoe =
        pattern(u"(US ?M(?:en'?s)?|US ?W(?:omen'?s)?|US|EU|UK|CM|KR|JP|Mondo)? ?"_s + kNumber + u" ?([WMCYKT])?"_s);
    const auto m = shoe.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString prefix = m.captured(1).toUpper().remove(u' ').remove(u'\'');
    const QString number = normalizedNumber(m.captured(2));
    const QString suffix = m.captured(3).toUpper();
    if (prefix == u"MONDO"_s)
        prefix = u"JP"_s;
    if (suffix == u"W"_s || prefix.startsWith(u"USW"_s))
        return usSize(u"US-W"_s, number + u'W', u"women"_s, number);
    if (suffix == u"Y"_s)
        return usSize(u"US-Y"_s, number + u'Y', {}, number);
    if (suffix == u"C"_s)
        return usSize(u"US-K"_s, number + u'C', {}, number);
    if (suffix == u"K"_s || suffix == u"T"_s)
        return usSize(u"US-T"_s, number + suffix, {}, number);
    if (!prefix.isEmpty() && !prefix.startsWith(u"US"_s)) {
        SizeClass size = filed(prefix, number);
        if (prefix == u"EU"_s)
            size.euSize = numberOf(number);
        return size;
    }
    const double value = numberOf(number).value_or(0.0);
    if (!prefix.isEmpty() || suffix == u"M"_s || value <= 22.0)
        return usSize(u"US"_s, number, u"men"_s, number);
    // A bare 30-52 is a European shoe size (StockX files Birkenstock and other EU-sized pairs so).
    if (value >= 30.0 && value <= 52.0) {
        SizeClass size = filed(u"EU"_s, number);
        size.euSize = value;
        return size;
    }
    return std::nullopt;
}

std::optional<SizeClass> dualSize(const QString &text)
{
    static const QRegularExpression dual = pattern(kNumber + u" ?([WM]) ?/ ?"_s + kNumber + u" ?([WM])"_s);
    const auto m = dual.match(text);
    if (!m.hasMatch() || m.captured(2).toUpper() == m.captured(4).toUpper())
        return std::nullopt;
    const QString first = normalizedNumber(m.captured(1)) + m.captured(2).toUpper();
    const QString second = normalizedNumber(m.captured(3)) + m.captured(4).toUpper();
    const QString men = m.captured(2).toUpper() == u"M"_s ? m.captured(1) : m.captured(3);
    return usSize(u"DUAL"_s, first + u" / "_s + second, u"men"_s, normalizedNumber(men));
}

std::optional<SizeClass> apparelSize(const QString &text)
{
    static const QRegularExpression letter = pattern(kLetter);
    static const QRegularExpression letterRange = pattern(kLetter + u" ?/ ?"_s + kLetter);
    static const QRegularExpression letterWithText = pattern(kLetter + u" ?/ ?.+"_s);
    static const QRegularExpression waistLength = pattern(u"W?(\\d{2}) ?(W?) ?[/xX]? ?(L?)(\\d{2}) ?(L?)"_s);
    static const QRegularExpression numericRange = pattern(u"(\\d{1,3}(?:[.,]\\d)?) ?([/-]) ?(\\d{1,3}(?:[.,]\\d)?)"_s);
    if (letter.match(text).hasMatch())
        return filed(u"INT"_s, text.toUpper());
    if (letterRange.match(text).hasMatch())
        return filed(u"INT"_s, text.toUpper().remove(u' '));
    if (letterWithText.match(text).hasMatch())
        return filed(u"INT"_s, text);
    if (const auto m = waistLength.match(text);
        m.hasMatch() && text.contains(u'W', Qt::CaseInsensitive) && text.contains(u'L', Qt::CaseInsensitive))
        return filed(u"WL"_s, m.captured(1) + u"W/"_s + m.captured(4) + u'L');
    if (const auto m = numericRange.match(text); m.hasMatch())
        return filed(u"RANGE"_s, normalizedNumber(m.captured(1)) + m.captured(2) + normalizedNumber(m.captured(3)));
    return std::nullopt;
}

bool isOneSize(const QString &text)
{
    static const QRegularExpression one = pattern(u"one ?-?size|os|o/s|osfa|n/?a|none|-|one size fits all"_s);
    return text.isEmpty() || one.match(text).hasMatch();
}
} // namespace

SizeClass SizeClassifier::classify(const QString &written)
{
    const QString text = written.simplified();
    if (isOneSize(text))
        return filed(u"ONE"_s, u"One Size"_s);
    std::optional<SizeClass> size = shoeSize(text);
    if (!size)
        size = dualSize(text);
    if (!size)
        size = apparelSize(text);
    if (!size)
        size = filed(u"TEXT"_s, text);
    // The column holds 60 characters; free text ("S / Men's 9-10 ...") can be longer.
    size->value.truncate(kMaxValueLength);
    return *size;
}

} // namespace sf
