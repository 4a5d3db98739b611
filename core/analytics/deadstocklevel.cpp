#include "deadstocklevel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf::deadstocklevel {

QList<DeadStockLevel> all()
{
    return {DeadStockLevel::Hot, DeadStockLevel::Warm, DeadStockLevel::Cold, DeadStockLevel::Dead,
            DeadStockLevel::Critical};
}

QString key(DeadStockLevel level)
{
    switch (level) {
    case DeadStockLevel::Hot: return u"hot"_s;
    case DeadStockLevel::Warm: return u"warm"_s;
    case DeadStockLevel::Cold: return u"cold"_s;
    case DeadStockLevel::Dead: return u"dead"_s;
    case DeadStockLevel::Critical: return u"critical"_s;
    }
    return {};
}

QString displayName(DeadStockLevel level)
{
    switch (level) {
    case DeadStockLevel::Hot: return QCoreApplication::translate("DeadStock", "Hot");
    case DeadStockLevel::Warm: return QCoreApplication::translate("DeadStock", "Warm");
    case DeadStockLevel::Cold: return QCoreApplication::translate("DeadStock", "Cold");
    case DeadStockLevel::Dead: return QCoreApplication::translate("DeadStock", "Dead");
    case DeadStockLevel::Critical: return QCoreApplication::translate("DeadStock", "Critical");
    }
    return {};
}

QStringList recommendations(DeadStockLevel level)
{
    switch (level) {
    case DeadStockLevel::Critical:
        return {QCoreApplication::translate("DeadStock", "Cut the price by 30–50 %"),
                QCoreApplication::translate("DeadStock", "Liquidate: sell to the highest bid"),
                QCoreApplication::translate("DeadStock", "Offer it in a bundle or a flash sale")};
    case DeadStockLevel::Dead:
        return {QCoreApplication::translate("DeadStock", "Cut the price by 20–30 %"),
                QCoreApplication::translate("DeadStock", "Clear it out; push it on social media"),
                QCoreApplication::translate("DeadStock", "List it on another marketplace too")};
    case DeadStockLevel::Cold:
        return {QCoreApplication::translate("DeadStock", "Cut the price by 10–15 %"),
                QCoreApplication::translate("DeadStock", "Check what competitors ask"),
                QCoreApplication::translate("DeadStock", "Improve the photos")};
    case DeadStockLevel::Warm:
        return {QCoreApplication::translate("DeadStock", "Check the price weekly"),
                QCoreApplication::translate("DeadStock", "Refresh the listing")};
    case DeadStockLevel::Hot: return {QCoreApplication::translate("DeadStock", "Keep the price, or try a small rise")};
    }
    return {};
}

} // namespace sf::deadstocklevel
