#pragma once

#include "deadstockitem.h"

#include <QMap>

namespace sf {

// The original's dead-stock rules (original-system.md §3.10) on real market figures instead of simulated
// ones: an age risk, a market risk from the market price over the purchase price, a velocity risk from
// the brand and category, weighted 0.3 / 0.3 / 0.4. Without a market figure the pair is classified by its
// age alone (age risk is the score). Pure functions: the repository reads, this classifies.
namespace deadstockanalysis {
double ageRisk(double days);
std::optional<double> marketRisk(const std::optional<Money> &market, const std::optional<Money> &purchase);
double velocityRisk(const QString &brand, const QString &category);
DeadStockLevel levelFor(double days, double score);
// Fills the item's risks, level, locked capital and potential loss.
void classify(DeadStockItem &item, const QString &currency);

struct Portfolio {
    QMap<DeadStockLevel, qint64> pairs;
    QMap<DeadStockLevel, Money> lockedCapital;
    QMap<DeadStockLevel, Money> potentialLoss;
    Money totalLocked;
    Money totalLoss;
    qint64 withoutMarket = 0;
    std::optional<double> lossPercent() const; // loss / locked × 100
    QStringList recommendations() const;
};
Portfolio summarise(const QList<DeadStockItem> &items, const QString &currency);
} // namespace deadstockanalysis

} // namespace sf
