#include "pricingstrategy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf::pricingstrategy {

QString key(PricingStrategy strategy)
{
    switch (strategy) {
    case PricingStrategy::CostPlus: return u"cost_plus"_s;
    case PricingStrategy::MarketBased: return u"market_based"_s;
    case PricingStrategy::Competitive: return u"competitive"_s;
    case PricingStrategy::ValueBased: return u"value_based"_s;
    case PricingStrategy::Dynamic: return u"dynamic"_s;
    }
    Q_UNREACHABLE();
}

std::optional<PricingStrategy> fromKey(const QString &key)
{
    for (const auto strategy : {PricingStrategy::CostPlus, PricingStrategy::MarketBased, PricingStrategy::Competitive,
                                PricingStrategy::ValueBased, PricingStrategy::Dynamic})
        if (pricingstrategy::key(strategy) == key)
            return strategy;
    return std::nullopt;
}

QString displayName(PricingStrategy strategy)
{
    switch (strategy) {
    case PricingStrategy::CostPlus: return QCoreApplication::translate("Pricing", "Cost plus");
    case PricingStrategy::MarketBased: return QCoreApplication::translate("Pricing", "Market based");
    case PricingStrategy::Competitive: return QCoreApplication::translate("Pricing", "Competitive");
    case PricingStrategy::ValueBased: return QCoreApplication::translate("Pricing", "Value based");
    case PricingStrategy::Dynamic: return QCoreApplication::translate("Pricing", "Dynamic");
    }
    Q_UNREACHABLE();
}

double selectionWeight(PricingStrategy strategy)
{
    switch (strategy) {
    case PricingStrategy::Dynamic: return 1.0;
    case PricingStrategy::MarketBased: return 0.9;
    case PricingStrategy::ValueBased: return 0.85;
    case PricingStrategy::Competitive: return 0.8;
    case PricingStrategy::CostPlus: return 0.7;
    }
    Q_UNREACHABLE();
}

} // namespace sf::pricingstrategy
