#include "vatrate.h"

namespace sf {

std::optional<VatRate> VatRate::parse(const QString &percentText)
{
    const auto asMoney = Money::parse(QString(percentText).remove(u'%'), QString());
    if (!asMoney || asMoney->isNegative() || asMoney->minor() >= 10000)
        return std::nullopt;
    return VatRate(int(asMoney->minor()));
}

QString VatRate::toDecimalString() const
{
    return Money(m_basisPoints, QString()).toDecimalString();
}

} // namespace sf
