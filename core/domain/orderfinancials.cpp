#include "orderfinancials.h"

namespace sf {

OrderFinancials computeFinancials(const SaleFigures &f)
{
    OrderFinancials r;
    const Money fees = f.sellerFee + f.processingFee + f.shippingFee + f.otherFees;
    r.netProceeds = f.salePrice - fees;
    r.grossProfit = f.salePrice - f.cost;
    r.netProfit = r.netProceeds - f.cost;
    r.roi = f.cost.isZero() ? 0 : divideRounded(r.netProfit.minor() * 10000, f.cost.minor());
    r.margin = f.salePrice.isZero() ? 0 : divideRounded(r.grossProfit.minor() * 10000, f.salePrice.minor());
    r.shelfLifeDays = daysInStock(f.purchaseDate, f.saleDate);
    if (r.shelfLifeDays && *r.shelfLifeDays > 0)
        r.profitPerShelfDay = r.netProfit.dividedBy(*r.shelfLifeDays);
    return r;
}

std::optional<int> daysInStock(const QDate &purchaseDate, const QDate &today)
{
    if (!purchaseDate.isValid() || !today.isValid())
        return std::nullopt;
    return int(qMax<qint64>(0, purchaseDate.daysTo(today)));
}

QString formatPercent(PercentBp value)
{
    return Money(value, QString()).toDecimalString() + u" %";
}

} // namespace sf
