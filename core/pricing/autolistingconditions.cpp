#include "autolistingconditions.h"

#include "domain/itemstatus.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QStringList kKeys{u"min_margin_percent"_s,
                        u"status"_s,
                        u"min_age_days"_s,
                        u"market_condition"_s,
                        u"brands"_s,
                        u"categories"_s,
                        u"min_purchase_price"_s,
                        u"max_purchase_price"_s,
                        u"volatility"_s,
                        u"trend"_s,
                        u"min_competitor_gap_percent"_s,
                        u"min_demand_score"_s};

Error badCondition(const QString &key, const QString &why)
{
    return Error{u"autolisting.bad_condition"_s,
                 QCoreApplication::translate("AutoListing", "The auto-listing condition “%1” %2").arg(key, why),
                 QString()};
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return std::nullopt;
        out.append(item.toString().trimmed());
    }
    return out;
}

QString percent(qint64 bp)
{
    return QLocale().toString(double(bp) / 100.0, 'f', bp % 100 == 0 ? 0 : 2);
}

QString minorText(qint64 minor)
{
    return Money(minor, u"EUR"_s).toDecimalString();
}
} // namespace

QString AutoListingConditions::keyNames(const QStringList &keys)
{
    static const QHash<QString, const char *> names{{u"bullish"_s, QT_TRANSLATE_NOOP("AutoListing", "bullish")},
                                                    {u"stable"_s, QT_TRANSLATE_NOOP("AutoListing", "stable")},
                                                    {u"bearish"_s, QT_TRANSLATE_NOOP("AutoListing", "bearish")},
                                                    {u"volatile"_s, QT_TRANSLATE_NOOP("AutoListing", "volatile")},
                                                    {u"low"_s, QT_TRANSLATE_NOOP("AutoListing", "low")},
                                                    {u"moderate"_s, QT_TRANSLATE_NOOP("AutoListing", "moderate")},
                                                    {u"high"_s, QT_TRANSLATE_NOOP("AutoListing", "high")},
                                                    {u"rising"_s, QT_TRANSLATE_NOOP("AutoListing", "rising")},
                                                    {u"declining"_s, QT_TRANSLATE_NOOP("AutoListing", "declining")}};
    QStringList out;
    for (const QString &key : keys) {
        if (const auto status = itemstatus::fromKey(key))
            out << itemstatus::displayName(*status);
        else
            out << (names.contains(key) ? QCoreApplication::translate("AutoListing", names.value(key)) : key);
    }
    return out.join(u", "_s);
}

int AutoListingConditions::count() const
{
    int n = 0;
    for (const bool set :
         {minMarginBp.has_value(), !statuses.isEmpty(), minAgeDays.has_value(), !marketConditions.isEmpty(),
          !brands.isEmpty(), !categories.isEmpty(), minPurchaseMinor.has_value(), maxPurchaseMinor.has_value(),
          !volatilities.isEmpty(), !trends.isEmpty(), minCompetitorGapBp.has_value(), minDemandPermille.has_value()})
        n += set ? 1 : 0;
    return n;
}

QString AutoListingConditions::toJson() const
{
    QJsonObject o;
    const auto list = [&o](const QString &key, const QStringList &values) {
        if (!values.isEmpty())
            o.insert(key, QJsonArray::fromStringList(values));
    };
    if (minMarginBp)
        o.insert(u"min_margin_percent"_s, double(*minMarginBp) / 100.0);
    list(u"status"_s, statuses);
    if (minAgeDays)
        o.insert(u"min_age_days"_s, *minAgeDays);
    list(u"market_condition"_s, marketConditions);
    list(u"brands"_s, brands);
    list(u"categories"_s, categories);
    if (minPurchaseMinor)
        o.insert(u"min_purchase_price"_s, minorText(*minPurchaseMinor));
    if (maxPurchaseMinor)
        o.insert(u"max_purchase_price"_s, minorText(*maxPurchaseMinor));
    list(u"volatility"_s, volatilities);
    list(u"trend"_s, trends);
    if (minCompetitorGapBp)
        o.insert(u"min_competitor_gap_percent"_s, double(*minCompetitorGapBp) / 100.0);
    if (minDemandPermille)
        o.insert(u"min_demand_score"_s, double(*minDemandPermille) / 1000.0);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<AutoListingConditions> AutoListingConditions::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return badCondition(
            u"{}"_s,
            QCoreApplication::translate("AutoListing", "is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    AutoListingConditions c;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (!kKeys.contains(key))
            return badCondition(key, QCoreApplication::translate("AutoListing", "is not known."));
        if (value.isArray()) {
            const auto values = stringList(value);
            if (!values)
                return badCondition(key, QCoreApplication::translate("AutoListing", "must be a list of names."));
            QStringList *target = key == u"status"_s             ? &c.statuses
                                  : key == u"market_condition"_s ? &c.marketConditions
                                  : key == u"brands"_s           ? &c.brands
                                  : key == u"categories"_s       ? &c.categories
                                  : key == u"volatility"_s       ? &c.volatilities
                                  : key == u"trend"_s            ? &c.trends
                                                                 : nullptr;
            if (!target)
                return badCondition(key, QCoreApplication::translate("AutoListing", "must be a number."));
            *target = *values;
        } else if (key == u"min_purchase_price"_s || key == u"max_purchase_price"_s) {
            const auto price = Money::parse(value.toString(), u"EUR"_s);
            if (!value.isString() || !price)
                return badCondition(key,
                                    QCoreApplication::translate("AutoListing", "must be an amount like \"100.00\"."));
            (key == u"min_purchase_price"_s ? c.minPurchaseMinor : c.maxPurchaseMinor) = price->minor();
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            if (key == u"min_margin_percent"_s)
                c.minMarginBp = std::llround(number * 100.0);
            else if (key == u"min_age_days"_s)
                c.minAgeDays = int(std::lround(number));
            else if (key == u"min_competitor_gap_percent"_s)
                c.minCompetitorGapBp = std::llround(number * 100.0);
            else if (key == u"min_demand_score"_s && number >= 0 && number <= 1)
                c.minDemandPermille = int(std::lround(number * 1000.0));
            else
                return badCondition(key, QCoreApplication::translate("AutoListing", "has a value out of range."));
        } else {
            return badCondition(key, QCoreApplication::translate("AutoListing", "has a value of the wrong kind."));
        }
    }
    return c;
}

QStringList AutoListingConditions::describe() const
{
    QStringList lines;
    if (minMarginBp)
        lines << QCoreApplication::translate("AutoListing", "margin after fees ≥ %1 %").arg(percent(*minMarginBp));
    if (!statuses.isEmpty())
        lines << QCoreApplication::translate("AutoListing", "status: %1").arg(keyNames(statuses));
    if (minAgeDays)
        lines << QCoreApplication::translate("AutoListing", "bought ≥ %1 days ago").arg(*minAgeDays);
    if (!marketConditions.isEmpty())
        lines << QCoreApplication::translate("AutoListing", "market: %1").arg(keyNames(marketConditions));
    if (!brands.isEmpty())
        lines << QCoreApplication::translate("AutoListing", "brand: %1").arg(brands.join(u", "_s));
    if (!categories.isEmpty())
        lines << QCoreApplication::translate("AutoListing", "category: %1").arg(categories.join(u", "_s));
    if (minPurchaseMinor)
        lines << QCoreApplication::translate("AutoListing", "purchase price ≥ %1").arg(minorText(*minPurchaseMinor));
    if (maxPurchaseMinor)
        lines << QCoreApplication::translate("AutoListing", "purchase price ≤ %1").arg(minorText(*maxPurchaseMinor));
    if (!volatilities.isEmpty())
        lines << QCoreApplication::translate("AutoListing", "volatility: %1").arg(keyNames(volatilities));
    if (!trends.isEmpty())
        lines << QCoreApplication::translate("AutoListing", "trend: %1").arg(keyNames(trends));
    if (minCompetitorGapBp)
        lines << QCoreApplication::translate("AutoListing", "gap between ask and bid ≥ %1 %")
                     .arg(percent(*minCompetitorGapBp));
    if (minDemandPermille)
        lines << QCoreApplication::translate("AutoListing", "demand (bid ÷ ask) ≥ %1")
                     .arg(QLocale().toString(double(*minDemandPermille) / 1000.0, 'f', 2));
    return lines;
}

} // namespace sf
