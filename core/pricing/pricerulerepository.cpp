#include "pricerulerepository.h"

#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
std::optional<qint64> percentBp(const SqlQuery &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return qint64(std::llround(q.value(column).toString().toDouble() * 100.0));
}

QVariant percentText(const std::optional<qint64> &bp)
{
    return bp ? QVariant(QString::number(double(*bp) / 100.0, 'f', 2)) : QVariant(QMetaType::fromType<QString>());
}

// {"good": 0.75} → {"good": 750}
template <typename Key> QHash<Key, int> thousandths(const QString &json, const std::function<Key(const QString &)> &key)
{
    QHash<Key, int> out;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(key(it.key()), int(std::lround(it.value().toDouble() * 1000.0)));
    return out;
}

template <typename Key> QString toJson(const QHash<Key, int> &values, const std::function<QString(const Key &)> &key)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(key(it.key()), double(it.value()) / 1000.0);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

namespace {
const QString kRuleColumns = u"SELECT id, name, rule_type, priority, brand_id, category_id, platform_id, "
                             "base_markup_percent, minimum_margin_percent, maximum_discount_percent, "
                             "condition_multipliers, seasonal_adjustments, effective_from, effective_until, active "
                             "FROM {{pricing.price_rules}}"_s;

Result<QList<PriceRule>> readRules(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<PriceRule> rules;
    while (q.next()) {
        PriceRule rule;
        rule.id = q.id<PriceRuleId>(0);
        rule.name = q.string(1);
        rule.type = pricingstrategy::fromKey(q.string(2)).value_or(PricingStrategy::CostPlus);
        rule.priority = int(q.integer(3));
        rule.brand = q.id<BrandId>(4);
        rule.category = q.id<CategoryId>(5);
        rule.marketplace = q.id<MarketplaceId>(6);
        rule.baseMarkupBp = percentBp(q, 7);
        rule.minimumMarginBp = percentBp(q, 8);
        rule.maximumDiscountBp = percentBp(q, 9);
        rule.conditionMultipliers = thousandths<QString>(q.string(10), [](const QString &k) { return k; });
        rule.seasonalAdjustments = thousandths<int>(q.string(11), [](const QString &k) { return k.toInt(); });
        rule.effectiveFrom = q.dateTime(12);
        rule.effectiveUntil = q.dateTime(13);
        rule.active = q.value(14).toBool();
        rules.append(rule);
    }
    return rules;
}

// Binds every column of a rule but its id.
void bindRule(SqlQuery &q, const PriceRule &rule)
{
    q.bind(u":name"_s, rule.name)
        .bind(u":type"_s, pricingstrategy::key(rule.type))
        .bind(u":priority"_s, rule.priority)
        .bind(u":active"_s, rule.active)
        .bind(u":brand"_s, rule.brand)
        .bind(u":category"_s, rule.category)
        .bind(u":platform"_s, rule.marketplace)
        .bind(u":markup"_s, percentText(rule.baseMarkupBp))
        .bind(u":margin"_s, percentText(rule.minimumMarginBp))
        .bind(u":discount"_s, percentText(rule.maximumDiscountBp))
        .bind(u":conditions"_s, toJson<QString>(rule.conditionMultipliers, [](const QString &k) { return k; }))
        .bind(u":seasons"_s, toJson<int>(rule.seasonalAdjustments, [](const int &k) { return QString::number(k); }))
        .bind(u":from"_s, rule.effectiveFrom)
        .bind(u":until"_s, rule.effectiveUntil);
}
} // namespace

Result<QList<PriceRule>> PriceRuleRepository::activeRules(const QDateTime &at) const
{
    SqlQuery q(m_db, kRuleColumns + u" WHERE active AND effective_from <= :at AND (effective_until IS NULL OR "
                                    "effective_until >= :at) ORDER BY priority, name"_s);
    q.bind(u":at"_s, at);
    return readRules(q);
}

Result<QList<PriceRule>> PriceRuleRepository::allRules() const
{
    SqlQuery q(m_db, kRuleColumns + u" ORDER BY priority, name"_s);
    return readRules(q);
}

Result<PriceRule> PriceRuleRepository::create(const PriceRule &rule) const
{
    PriceRule stored = rule;
    stored.id = PriceRuleId::fromString(newRowUuid().toString(QUuid::WithoutBraces));
    if (!stored.effectiveFrom.isValid())
        stored.effectiveFrom = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db,
               u"INSERT INTO {{pricing.price_rules}} (id, name, rule_type, priority, active, brand_id, "
               "category_id, platform_id, base_markup_percent, minimum_margin_percent, maximum_discount_percent, "
               "condition_multipliers, seasonal_adjustments, effective_from, effective_until) VALUES (:id, :name, "
               ":type, :priority, :active, :brand, :category, :platform, :markup, :margin, :discount, :conditions, "
               ":seasons, :from, :until)"_s);
    q.bind(u":id"_s, stored.id);
    bindRule(q, stored);
    if (Status status = q.exec(); !status)
        return status.error();
    return stored;
}

Status PriceRuleRepository::update(const PriceRule &rule) const
{
    SqlQuery q(m_db, u"UPDATE {{pricing.price_rules}} SET name = :name, rule_type = :type, priority = :priority, "
                     "active = :active, brand_id = :brand, category_id = :category, platform_id = :platform, "
                     "base_markup_percent = :markup, minimum_margin_percent = :margin, maximum_discount_percent = "
                     ":discount, condition_multipliers = :conditions, seasonal_adjustments = :seasons, effective_from "
                     "= :from, effective_until = :until, updated_at = {{now}} WHERE id = :id"_s);
    q.bind(u":id"_s, rule.id);
    bindRule(q, rule);
    return q.exec();
}

Status PriceRuleRepository::removeRule(const PriceRuleId &id) const
{
    SqlQuery q(m_db, u"DELETE FROM {{pricing.price_rules}} WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.exec();
}

Result<qint64> PriceRuleRepository::pairsCovered(const BrandId &brand) const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM {{inventory.stock}} s JOIN {{catalog.product}} p ON p.id = s.product_id "
                     "WHERE s.status IN ('in_stock', 'listed_stockx')"_s +
                         (brand.isNull() ? QString() : u" AND p.brand_id = :brand"_s));
    if (!brand.isNull())
        q.bind(u":brand"_s, brand);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : 0;
}

Result<QList<BrandMultiplier>> PriceRuleRepository::allMultipliers() const
{
    SqlQuery q(m_db, u"SELECT id, brand_id, multiplier_type, multiplier_value, active, effective_from, "
                     "effective_until FROM {{pricing.brand_multipliers}} ORDER BY effective_from DESC, id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<BrandMultiplier> multipliers;
    while (q.next())
        multipliers.append({q.string(0), q.id<BrandId>(1), q.string(2),
                            int(std::lround(q.value(3).toString().toDouble() * 1000.0)), q.value(4).toBool(), q.date(5),
                            q.date(6)});
    return multipliers;
}

Status PriceRuleRepository::removeMultiplier(const QString &id) const
{
    SqlQuery q(m_db, u"DELETE FROM {{pricing.brand_multipliers}} WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.exec();
}

Result<QHash<BrandId, QList<int>>> PriceRuleRepository::brandMultipliers(const QDate &day) const
{
    SqlQuery q(m_db, u"SELECT brand_id, multiplier_value FROM {{pricing.brand_multipliers}} WHERE active "
                     "AND effective_from <= :day AND (effective_until IS NULL OR effective_until >= :day) "
                     "ORDER BY brand_id, multiplier_type"_s);
    q.bind(u":day"_s, day);
    if (Status status = q.exec(); !status)
        return status.error();
    QHash<BrandId, QList<int>> multipliers;
    while (q.next())
        multipliers[q.id<BrandId>(0)].append(int(std::lround(q.value(1).toString().toDouble() * 1000.0)));
    return multipliers;
}

Result<BrandMultiplier> PriceRuleRepository::create(const BrandMultiplier &multiplier) const
{
    BrandMultiplier stored = multiplier;
    stored.id = newRowUuid().toString(QUuid::WithoutBraces);
    if (!stored.effectiveFrom.isValid())
        stored.effectiveFrom = QDate::currentDate();
    SqlQuery q(m_db, u"INSERT INTO {{pricing.brand_multipliers}} (id, brand_id, multiplier_type, multiplier_value, "
                     "active, effective_from, effective_until) VALUES (:id, :brand, :type, :value, :active, :from, "
                     ":until)"_s);
    q.bind(u":id"_s, stored.id)
        .bind(u":brand"_s, stored.brand)
        .bind(u":type"_s, stored.type)
        .bind(u":value"_s, QString::number(double(stored.valueThousandths) / 1000.0, 'f', 3))
        .bind(u":active"_s, stored.active)
        .bind(u":from"_s, stored.effectiveFrom)
        .bind(u":until"_s, stored.effectiveUntil);
    if (Status status = q.exec(); !status)
        return status.error();
    return stored;
}

QList<PriceRule> rulesFor(const QList<PriceRule> &rules, const BrandId &brand, const CategoryId &category,
                          const MarketplaceId &marketplace)
{
    QList<PriceRule> matching;
    for (const PriceRule &rule : rules)
        if ((rule.brand.isNull() || rule.brand == brand) && (rule.category.isNull() || rule.category == category) &&
            (rule.marketplace.isNull() || rule.marketplace == marketplace))
            matching.append(rule);
    return matching;
}

} // namespace sf
