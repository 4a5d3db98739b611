#include "profitabilitycheck.h"

#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "db/sqlquery.h"
#include "pricingcontext.h"
#include "pricingengine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

ProfitabilityVerdict ProfitabilityCheck::judge(const std::optional<Money> &highestBid, const Money &supplierPrice,
                                               const QList<FeeRule> &fees)
{
    ProfitabilityVerdict verdict;
    verdict.highestBid = highestBid;
    if (!highestBid || highestBid->isZero()) {
        verdict.reason = QCoreApplication::translate("Profitability", "No StockX bid for this size yet: enrich the "
                                                                      "product from StockX to know.");
        return verdict;
    }
    const Money net = *highestBid - pricingengine::feesAt(fees, *highestBid);
    const Money profit = net - supplierPrice - Money(kOperationalCostCents, supplierPrice.currency());
    const double margin = double(profit.minor()) / double(highestBid->minor()) * 100.0;
    verdict.netProceeds = net;
    verdict.profit = profit;
    verdict.marginPercent = margin;
    const bool pays = margin * 100.0 >= double(kMinimumMarginBp) && profit.minor() > 0;
    verdict.kind = pays ? ProfitabilityVerdict::Kind::Profitable : ProfitabilityVerdict::Kind::NotProfitable;
    verdict.reason = (pays ? QCoreApplication::translate("Profitability", "Sold to the highest bid (%1) it nets %2 "
                                                                          "after fees: %3 profit, %4 % margin.")
                           : QCoreApplication::translate("Profitability", "Sold to the highest bid (%1) it nets %2 "
                                                                          "after fees: %3 profit, %4 % margin, "
                                                                          "below the 15 % needed."))
                         .arg(highestBid->toDecimalString(), net.toDecimalString(), profit.toDecimalString(),
                              QString::number(margin, 'f', 1));
    return verdict;
}

Result<std::optional<Money>> ProfitabilityCheck::highestBid(const QString &styleCode, const QString &sizeLabel,
                                                            const QString &currency) const
{
    const auto product = ProductRepository(m_db).findBySku(styleCode);
    if (!product)
        return product.error();
    if (!product.value())
        return std::optional<Money>();
    const auto size = SizeRepository(m_db).findByLabel(sizeLabel);
    if (!size)
        return size.error();
    if (!size.value())
        return std::optional<Money>();
    SqlQuery q(m_db, u"SELECT ml.highest_bid FROM {{pricing.market_latest}} ml JOIN {{catalog.product_variant}} v "
                     "ON v.id = ml.variant_id WHERE v.product_id = :product AND v.size_id = :size AND "
                     "ml.platform_name = 'stockx' AND ml.currency = :currency ORDER BY ml.price_date DESC LIMIT 1"_s);
    q.bind(u":product"_s, product.value()->id).bind(u":size"_s, size.value()->id).bind(u":currency"_s, currency);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.money(0, currency) : std::optional<Money>();
}

Result<ProfitabilityVerdict> ProfitabilityCheck::check(const QString &styleCode, const QString &sizeLabel,
                                                       const Money &supplierPrice) const
{
    if (!m_fees) {
        const auto context = PricingContext::load(m_db, QDateTime::currentDateTimeUtc(), supplierPrice.currency());
        if (!context)
            return context.error();
        m_fees = context.value().fees;
    }
    const auto bid = highestBid(styleCode, sizeLabel, supplierPrice.currency());
    if (!bid)
        return bid.error();
    return judge(bid.value(), supplierPrice, *m_fees);
}

} // namespace sf
