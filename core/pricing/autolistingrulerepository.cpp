#include "autolistingrulerepository.h"

#include "db/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void bindRule(SqlQuery &q, const AutoListingRule &rule)
{
    q.bind(u":id"_s, rule.id);
    q.bind(u":name"_s, rule.name.trimmed());
    q.bind(u":priority"_s, rule.priority);
    q.bind(u":active"_s, rule.active);
    q.bind(u":conditions"_s, rule.conditions.toJson());
    q.bind(u":strategy"_s, autolistingstrategy::key(rule.strategy));
    q.bind(u":markup"_s, rule.markupBp);
    q.bind(u":expires"_s, rule.expiresDays);
}

Status checkNameFree(const Database &db, const AutoListingRule &rule)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM {{pricing.auto_listing_rules}} WHERE name = :name AND id <> :id"_s);
    q.bind(u":name"_s, rule.name.trimmed());
    q.bind(u":id"_s, rule.id);
    if (Status status = q.exec(); !status)
        return status;
    if (rule.name.trimmed().isEmpty() || (q.next() && q.integer(0) > 0))
        return Error{u"autolisting.name_taken"_s,
                     QCoreApplication::translate("AutoListing", "An auto-listing rule needs a name of its own; “%1” "
                                                                "is empty or taken.")
                         .arg(rule.name.trimmed()),
                     QString()};
    return {};
}
} // namespace

Result<QList<AutoListingRule>> AutoListingRuleRepository::all() const
{
    SqlQuery q(m_db, u"SELECT id, name, priority, position, active, conditions, strategy, markup_bp, expires_days "
                     "FROM {{pricing.auto_listing_rules}} ORDER BY priority, position, name"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<AutoListingRule> rules;
    while (q.next()) {
        AutoListingRule rule;
        rule.id = q.id<AutoListingRuleId>(0);
        rule.name = q.string(1);
        rule.priority = int(q.integer(2));
        rule.position = int(q.integer(3));
        rule.active = q.value(4).toBool();
        const auto conditions = AutoListingConditions::fromJson(q.string(5));
        if (!conditions)
            return Error{conditions.error().code, u"%1: %2"_s.arg(rule.name, conditions.error().message), QString()};
        rule.conditions = conditions.value();
        rule.strategy = autolistingstrategy::fromKey(q.string(6)).value_or(AutoListingStrategy::CostPlus);
        rule.markupBp = q.integer(7);
        rule.expiresDays = int(q.integer(8));
        rules.append(rule);
    }
    return rules;
}

Result<AutoListingRule> AutoListingRuleRepository::create(const AutoListingRule &rule) const
{
    AutoListingRule stored = rule;
    stored.id = AutoListingRuleId::create();
    if (Status free = checkNameFree(m_db, stored); !free)
        return free.error();
    SqlQuery last(m_db, u"SELECT COALESCE(MAX(position), 0) FROM {{pricing.auto_listing_rules}}"_s);
    if (Status status = last.exec(); !status)
        return status.error();
    stored.position = last.next() ? int(last.integer(0)) + 1 : 1;
    SqlQuery q(m_db, u"INSERT INTO {{pricing.auto_listing_rules}} (id, name, priority, position, active, conditions, "
                     "strategy, markup_bp, expires_days) VALUES (:id, :name, :priority, :position, :active, "
                     ":conditions, :strategy, :markup, :expires)"_s);
    bindRule(q, stored);
    q.bind(u":position"_s, stored.position);
    if (Status status = q.exec(); !status)
        return status.error();
    return stored;
}

Status AutoListingRuleRepository::update(const AutoListingRule &rule) const
{
    if (Status free = checkNameFree(m_db, rule); !free)
        return free;
    SqlQuery q(m_db, u"UPDATE {{pricing.auto_listing_rules}} SET name = :name, priority = :priority, active = "
                     ":active, conditions = :conditions, strategy = :strategy, markup_bp = :markup, expires_days = "
                     ":expires, updated_at = {{now}} WHERE id = :id"_s);
    bindRule(q, rule);
    return q.exec();
}

Status AutoListingRuleRepository::setActive(const AutoListingRuleId &id, bool active) const
{
    SqlQuery q(m_db, u"UPDATE {{pricing.auto_listing_rules}} SET active = :active, updated_at = {{now}} "
                     "WHERE id = :id"_s);
    q.bind(u":active"_s, active);
    q.bind(u":id"_s, id);
    return q.exec();
}

Status AutoListingRuleRepository::remove(const AutoListingRuleId &id) const
{
    SqlQuery q(m_db, u"DELETE FROM {{pricing.auto_listing_rules}} WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.exec();
}

} // namespace sf
