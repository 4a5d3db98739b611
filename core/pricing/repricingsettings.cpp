#include "repricingsettings.h"

#include "db/systemconfig.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kEnabled = u"pricing.auto_reprice"_s;
const QString kInterval = u"pricing.reprice_interval_minutes"_s;
const QString kMaxDrop = u"pricing.reprice_max_drop_bp"_s;
const QString kMaxRise = u"pricing.reprice_max_rise_bp"_s;
const QString kBeatBy = u"pricing.reprice_beat_lowest_ask_by"_s;
const QString kBeatAfter = u"pricing.reprice_beat_after_days"_s;
const QString kMinimumChange = u"pricing.reprice_minimum_change_cents"_s;
const QString kBrands = u"pricing.reprice_brands"_s;
const QString kCategories = u"pricing.reprice_categories"_s;

template <typename IdType> QSet<IdType> idsFrom(const std::optional<QString> &text)
{
    QSet<IdType> ids;
    for (const QString &part : text.value_or(QString()).split(u',', Qt::SkipEmptyParts))
        if (const IdType id = IdType::fromString(part.trimmed()); !id.isNull())
            ids.insert(id);
    return ids;
}

template <typename IdType> QString idsText(const QSet<IdType> &ids)
{
    QStringList parts;
    for (const IdType &id : ids)
        parts.append(id.toString());
    parts.sort();
    return parts.join(u',');
}
} // namespace

Result<bool> RepricingSettings::isEnabled(const Database &db)
{
    const auto on = SystemConfig(db).value(kEnabled);
    if (!on)
        return on.error();
    return on.value().value_or(QString()).trimmed() == u"on"_s;
}

Status RepricingSettings::setEnabled(const Database &db, bool enabled)
{
    return SystemConfig(db).setValue(kEnabled, enabled ? u"on"_s : u"off"_s,
                                     u"Auto-repricing on StockX: on or off (the kill switch)"_s);
}

Result<RepricingSettings> RepricingSettings::load(const Database &db)
{
    const SystemConfig config(db);
    RepricingSettings settings;
    const RepricingPolicy defaults;
    const auto enabled = isEnabled(db);
    const auto interval = config.number(kInterval, settings.intervalMinutes);
    const auto drop = config.number(kMaxDrop, int(defaults.maxDropBp));
    const auto rise = config.number(kMaxRise, int(defaults.maxRiseBp));
    const auto after = config.number(kBeatAfter, defaults.beatAfterDaysListed);
    const auto change = config.number(kMinimumChange, int(defaults.minimumChangeCents));
    const auto beatBy = config.value(kBeatBy);
    const auto brands = config.value(kBrands);
    const auto categories = config.value(kCategories);
    if (!enabled)
        return enabled.error();
    if (!beatBy || !brands || !categories)
        return (!beatBy ? beatBy.error() : !brands ? brands.error() : categories.error());
    settings.enabled = enabled.value();
    settings.intervalMinutes = qBound(5, interval.value_or(60), 24 * 60);
    settings.policy.maxDropBp = qBound(0, drop.value_or(500), 9000);
    settings.policy.maxRiseBp = qBound(0, rise.value_or(1000), 100000);
    settings.policy.beatAfterDaysListed = qMax(0, after.value_or(7));
    settings.policy.minimumChangeCents = qMax(0, change.value_or(100));
    settings.policy.beatLowestAskBy = Money::parse(beatBy.value().value_or(QString()), u"EUR"_s);
    settings.policy.brands = idsFrom<BrandId>(brands.value());
    settings.policy.categories = idsFrom<CategoryId>(categories.value());
    return settings;
}

Status RepricingSettings::save(const Database &db) const
{
    Transaction tx(db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    const SystemConfig config(db);
    const QList<std::pair<QString, QString>> values = {
        {kInterval, QString::number(intervalMinutes)},
        {kMaxDrop, QString::number(policy.maxDropBp)},
        {kMaxRise, QString::number(policy.maxRiseBp)},
        {kBeatBy, policy.beatLowestAskBy ? policy.beatLowestAskBy->toDecimalString() : QString()},
        {kBeatAfter, QString::number(policy.beatAfterDaysListed)},
        {kMinimumChange, QString::number(policy.minimumChangeCents)},
        {kBrands, idsText(policy.brands)},
        {kCategories, idsText(policy.categories)},
    };
    for (const auto &[key, value] : values)
        if (Status set = config.setValue(key, value); !set)
            return set;
    if (Status set = setEnabled(db, enabled); !set)
        return set;
    return tx.commit();
}

} // namespace sf
