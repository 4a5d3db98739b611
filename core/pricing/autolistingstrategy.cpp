#include "autolistingstrategy.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace sf::autolistingstrategy {

QList<AutoListingStrategy> all()
{
    return {AutoListingStrategy::CostPlus, AutoListingStrategy::MarketBased, AutoListingStrategy::Competitive,
            AutoListingStrategy::Premium,  AutoListingStrategy::Clearance,   AutoListingStrategy::Aggressive};
}

QString key(AutoListingStrategy strategy)
{
    switch (strategy) {
    case AutoListingStrategy::CostPlus: return u"cost_plus"_s;
    case AutoListingStrategy::MarketBased: return u"market_based"_s;
    case AutoListingStrategy::Competitive: return u"competitive"_s;
    case AutoListingStrategy::Premium: return u"premium"_s;
    case AutoListingStrategy::Clearance: return u"clearance"_s;
    case AutoListingStrategy::Aggressive: return u"aggressive"_s;
    }
    Q_UNREACHABLE();
}

std::optional<AutoListingStrategy> fromKey(const QString &key)
{
    for (const AutoListingStrategy strategy : all())
        if (autolistingstrategy::key(strategy) == key)
            return strategy;
    return std::nullopt;
}

QString displayName(AutoListingStrategy strategy)
{
    switch (strategy) {
    case AutoListingStrategy::CostPlus: return QCoreApplication::translate("Pricing", "Cost plus");
    case AutoListingStrategy::MarketBased: return QCoreApplication::translate("Pricing", "Market based");
    case AutoListingStrategy::Competitive: return QCoreApplication::translate("Pricing", "Competitive");
    case AutoListingStrategy::Premium: return QCoreApplication::translate("Pricing", "Premium");
    case AutoListingStrategy::Clearance: return QCoreApplication::translate("Pricing", "Clearance");
    case AutoListingStrategy::Aggressive: return QCoreApplication::translate("Pricing", "Aggressive");
    }
    Q_UNREACHABLE();
}

} // namespace sf::autolistingstrategy
