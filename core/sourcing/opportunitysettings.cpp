#include "opportunitysettings.h"

#include "db/systemconfig.h"
#include "pricing/pricingcontext.h"

using namespace Qt::StringLiterals;

namespace sf {

Result<OpportunitySettings> OpportunitySettings::load(const Database &db)
{
    OpportunitySettings settings;
    const SystemConfig config(db);
    const auto level = config.number(QString::fromLatin1(PricingContext::kSellerLevelKey), 1);
    if (!level)
        return level.error();
    settings.sellerLevel = level.value();
    const auto basis = config.value(QString::fromLatin1(kBasisKey));
    if (!basis)
        return basis.error();
    if (basis.value().value_or(QString()) == u"sell_faster"_s)
        settings.basis = Basis::SellFaster;
    const auto shipping = config.value(QString::fromLatin1(kShippingKey));
    if (!shipping)
        return shipping.error();
    settings.shipping =
        Money::parse(shipping.value().value_or(u"0.00"_s), settings.currency).value_or(Money(0, settings.currency));
    return settings;
}

Status OpportunitySettings::save(const Database &db) const
{
    const SystemConfig config(db);
    if (Status s = config.setValue(QString::fromLatin1(PricingContext::kSellerLevelKey), QString::number(sellerLevel));
        !s)
        return s;
    if (Status s = config.setValue(QString::fromLatin1(kBasisKey),
                                   basis == Basis::SellFaster ? u"sell_faster"_s : u"lowest_ask"_s);
        !s)
        return s;
    return config.setValue(QString::fromLatin1(kShippingKey), shipping.toDecimalString());
}

} // namespace sf
