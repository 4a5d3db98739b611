#include "kpis.h"

namespace sf {

std::optional<Money> Kpis::averageSalePrice() const
{
    if (pairsSold == 0)
        return std::nullopt;
    return revenue.scaled(1, pairsSold); // rounded half away from zero to the cent, as every amount
}

std::optional<double> Kpis::roiPercent() const
{
    if (cost.minor() == 0)
        return std::nullopt;
    return 100.0 * double(netProfit.minor()) / double(cost.minor());
}

std::optional<double> Kpis::marginPercent() const
{
    if (revenueWithCost.minor() == 0)
        return std::nullopt;
    return 100.0 * double(netProfit.minor()) / double(revenueWithCost.minor());
}

std::optional<double> Kpis::sellThroughPercent() const
{
    if (pairsSold + pairsOnHand == 0)
        return std::nullopt;
    return 100.0 * double(pairsSold) / double(pairsSold + pairsOnHand);
}

std::optional<double> Kpis::marketCoveragePercent() const
{
    if (pairsOnHand == 0)
        return std::nullopt;
    return 100.0 * double(pairsWithMarket) / double(pairsOnHand);
}

} // namespace sf
