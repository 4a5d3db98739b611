#include "marketplacerepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kSelect = u"SELECT id, name, slug, fee_percentage, supports_fees, active, default_currency "
                        "FROM {{platform.marketplace}} "_s;

Result<QList<Marketplace>> readMarketplaces(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Marketplace> result;
    while (q.next())
        result.append(Marketplace{q.id<MarketplaceId>(0), q.string(1), q.string(2), q.hundredths(3).value_or(0),
                                  q.boolean(4), q.boolean(5), q.string(6)});
    return result;
}
} // namespace

Result<QList<Marketplace>> MarketplaceRepository::all() const
{
    SqlQuery q(m_db, kSelect + u"ORDER BY name"_s);
    return readMarketplaces(q);
}

Result<std::optional<Marketplace>> MarketplaceRepository::findBySlug(const QString &slug) const
{
    SqlQuery q(m_db, kSelect + u"WHERE slug = :slug"_s);
    q.bind(u":slug"_s, slug);
    return firstOf(readMarketplaces(q));
}

Result<QList<FeeRule>> MarketplaceRepository::feeRules(const MarketplaceId &id, const QDateTime &at,
                                                       int sellerLevel) const
{
    SqlQuery q(m_db, u"SELECT fee_type, fee_calculation_type, fee_value, minimum_fee, seller_level, currency, "
                     "effective_from, effective_until FROM {{platform.marketplace_fee_structure}} "
                     "WHERE marketplace_id = :id AND active AND effective_from <= :at "
                     "AND (effective_until IS NULL OR effective_until > :at) "
                     "AND (seller_level IS NULL OR seller_level = :level) ORDER BY fee_type"_s);
    q.bind(u":id"_s, id).bind(u":at"_s, at).bind(u":level"_s, sellerLevel);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<FeeRule> rules;
    while (q.next()) {
        FeeRule rule;
        rule.feeType = q.string(0);
        rule.calculationType = q.string(1);
        // fee_value is NUMERIC(10,2) on both dialects: read it as an exact decimal.
        rule.valueBp = q.hundredths(2).value_or(0);
        if (!q.isNull(3))
            rule.minimumFee = q.money(3, q.string(5));
        if (!q.isNull(4))
            rule.sellerLevel = int(q.integer(4));
        rule.effectiveFrom = q.dateTime(6);
        rule.effectiveUntil = q.dateTime(7);
        rules.append(rule);
    }
    return rules;
}

Result<Marketplace> MarketplaceRepository::create(const Marketplace &marketplace) const
{
    Marketplace m = marketplace;
    if (m.id.isNull())
        m.id = MarketplaceId::create();
    if (m.slug.isEmpty())
        m.slug = slugify(m.name);
    SqlQuery q(m_db, u"INSERT INTO {{platform.marketplace}} (id, name, slug, fee_percentage, supports_fees, active, "
                     "default_currency) VALUES (:id, :name, :slug, :fee, :supports, :active, :currency)"_s);
    q.bind(u":id"_s, m.id)
        .bind(u":name"_s, m.name.trimmed())
        .bind(u":slug"_s, m.slug)
        .bind(u":fee"_s, Money(m.feePercentBp, QString()).toDecimalString())
        .bind(u":supports"_s, m.supportsFees)
        .bind(u":active"_s, m.active)
        .bind(u":currency"_s, m.defaultCurrency.isEmpty() ? u"EUR"_s : m.defaultCurrency);
    if (Status status = q.exec(); !status)
        return status.error();
    return m;
}

Status MarketplaceRepository::remove(const MarketplaceId &id) const
{
    return deleteById(m_db, u"platform.marketplace"_s, id.toString());
}

Status MarketplaceRepository::setActive(const MarketplaceId &id, bool active) const
{
    SqlQuery q(m_db, u"UPDATE {{platform.marketplace}} SET active = :active, updated_at = {{now}} WHERE id = :id"_s);
    q.bind(u":active"_s, active).bind(u":id"_s, id);
    return q.exec();
}

QHash<QString, Money> computeFees(const QList<FeeRule> &rules, const Money &salePrice)
{
    QHash<QString, Money> fees;
    for (const FeeRule &rule : rules) {
        Money fee(0, salePrice.currency());
        if (rule.calculationType == u"percentage"_s) {
            fee = salePrice.scaled(rule.valueBp, 10000);
            if (rule.minimumFee && rule.minimumFee->currency() == salePrice.currency() && fee < *rule.minimumFee)
                fee = *rule.minimumFee;
        } else if (rule.calculationType == u"fixed"_s) {
            fee = Money(rule.valueBp, salePrice.currency());
        }
        fees[rule.feeType] = fees.value(rule.feeType, Money(0, salePrice.currency())) + fee;
    }
    return fees;
}

} // namespace sf
