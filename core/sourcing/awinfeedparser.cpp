#include "awinfeedparser.h"

#include "domain/money.h"
#include "gzipreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sf {

namespace {

const QRegularExpression kStyleCode(u"^[A-Z0-9]{2,12}([-. _][A-Z0-9]{2,8}){0,2}$"_s,
                                    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kStyleAtEnd(u"(?:^|\\s)([A-Z]{1,3}\\d{4}[-.]\\d{3}|\\d{4}[A-Z]\\d{3}[-.]\\d{3})\\s*$"_s,
                                     QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kEuSize(u"^\\d{2}(\\.5)?$"_s);

// VARCHAR limits of integration.awin_products: longer text is cut there and flagged.
struct Limit {
    QString AwinOffer::*member;
    const char *column;
    int length;
};
const Limit kLimits[] = {
    {&AwinOffer::merchantProductId, "merchant_product_id", 100},
    {&AwinOffer::merchantName, "merchant_name", 200},
    {&AwinOffer::productName, "product_name", 500},
    {&AwinOffer::brandName, "brand_name", 200},
    {&AwinOffer::ean, "ean", 20},
    {&AwinOffer::productGtin, "product_GTIN", 20},
    {&AwinOffer::mpn, "mpn", 100},
    {&AwinOffer::productModel, "product_model", 200},
    {&AwinOffer::colour, "colour", 100},
    {&AwinOffer::size, "Fashion:size", 20},
    {&AwinOffer::material, "Fashion:material", 200},
    {&AwinOffer::deliveryTime, "delivery_time", 100},
    {&AwinOffer::imageUrl, "merchant_image_url", 1000},
    {&AwinOffer::thumbnailUrl, "aw_thumb_url", 1000},
    {&AwinOffer::affiliateLink, "aw_deep_link", 2000},
    {&AwinOffer::merchantLink, "merchant_deep_link", 2000},
    {&AwinOffer::categoryName, "category_name", 200},
    {&AwinOffer::styleCode, "description", 100},
};

std::optional<qint64> cents(const QString &text, const QString &currency)
{
    const auto money = Money::parse(text, currency);
    return money ? std::optional<qint64>(money->minor()) : std::nullopt;
}

} // namespace

bool AwinFeedParser::looksLikeFeed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    GzipReader plain(file);
    const QByteArray start = plain.read(4096);
    const QByteArray header = start.left(start.indexOf('\n'));
    return header.contains("aw_product_id") && header.contains("search_price");
}

const QStringList &AwinFeedParser::requestedColumns()
{
    static const QStringList columns =
        u"aw_deep_link,product_name,aw_product_id,merchant_product_id,merchant_image_url,description,search_price,"
        "merchant_name,merchant_id,category_name,currency,store_price,delivery_cost,merchant_deep_link,last_updated,"
        "data_feed_id,brand_name,brand_id,colour,product_short_description,product_model,rrp_price,delivery_time,"
        "in_stock,stock_quantity,large_image,alternate_image,aw_thumb_url,alternate_image_two,alternate_image_three,"
        "alternate_image_four,ean,mpn,product_GTIN,Fashion:size,Fashion:material"_s.split(u',');
    return columns;
}

QString AwinFeedParser::normaliseStyleCode(const QString &code)
{
    QString normal = code.trimmed().toUpper();
    normal.replace(u'.', u'-').replace(u' ', u'-').replace(u'_', u'-');
    return normal;
}

QString AwinFeedParser::styleCodeIn(const QString &description, const QString &name)
{
    const qsizetype pipe = description.lastIndexOf(u'|');
    if (pipe >= 0) {
        const QString candidate = description.mid(pipe + 1).trimmed();
        if (kStyleCode.match(candidate).hasMatch() && candidate.contains(QRegularExpression(u"\\d"_s)))
            return normaliseStyleCode(candidate);
    }
    if (const auto match = kStyleAtEnd.match(name); match.hasMatch())
        return normaliseStyleCode(match.captured(1));
    return {};
}

Status AwinFeedParser::readHeader(const QStringList &header)
{
    m_columns.clear();
    for (qsizetype i = 0; i < header.size(); ++i)
        m_columns.insert(header.at(i).trimmed(), int(i));
    m_headerSize = header.size();
    QStringList missing;
    for (const char *needed : {"aw_product_id", "search_price"})
        if (!m_columns.contains(QLatin1StringView(needed)))
            missing << QString::fromLatin1(needed);
    if (!missing.isEmpty())
        return Error{u"awin.header"_s,
                     QCoreApplication::translate("AwinFeedParser",
                                                 "This is not an Awin product feed: the columns %1 are missing.")
                         .arg(missing.join(u", "_s)),
                     QCoreApplication::translate("AwinFeedParser", "line 1")};
    return {};
}

QString AwinFeedParser::field(const CsvRecord &record, const char *column) const
{
    const int index = m_columns.value(QLatin1StringView(column), -1);
    return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
}

std::variant<AwinOffer, QString> AwinFeedParser::parse(const CsvRecord &record) const
{
    if (!record.error.isEmpty())
        return record.error;
    AwinOffer o;
    o.line = record.line;
    o.awinProductId = field(record, "aw_product_id");
    if (o.awinProductId.isEmpty())
        return QCoreApplication::translate("AwinFeedParser", "No aw_product_id: nothing identifies this offer.");
    if (o.awinProductId.size() > 50)
        return QCoreApplication::translate("AwinFeedParser", "The aw_product_id is longer than 50 characters.");
    const QString currency = field(record, "currency").toUpper();
    if (!currency.isEmpty()) {
        if (currency.size() == 3)
            o.currency = currency;
        else
            o.flags << QCoreApplication::translate("AwinFeedParser", "currency \"%1\" is not an ISO code; EUR assumed")
                           .arg(currency);
    }
    const QString price = field(record, "search_price");
    const auto priceCents = cents(price, o.currency);
    if (!priceCents || *priceCents < 0)
        return price.isEmpty()
                   ? QCoreApplication::translate("AwinFeedParser", "No search_price.")
                   : QCoreApplication::translate("AwinFeedParser", "The search_price \"%1\" cannot be read.")
                         .arg(price);
    o.priceCents = *priceCents;
    if (record.fields.size() != m_headerSize)
        o.flags << QCoreApplication::translate("AwinFeedParser", "%1 fields where the header has %2")
                       .arg(record.fields.size())
                       .arg(m_headerSize);

    const auto optionalCents = [&](const char *column) -> std::optional<qint64> {
        const QString text = field(record, column);
        if (text.isEmpty())
            return std::nullopt;
        const auto value = cents(text, o.currency);
        if (!value || *value < 0)
            o.flags << QCoreApplication::translate("AwinFeedParser", "%1 \"%2\" cannot be read")
                           .arg(QString::fromLatin1(column), text);
        return value && *value >= 0 ? value : std::nullopt;
    };
    const auto optionalInt = [&](const char *column) -> std::optional<int> {
        const QString text = field(record, column);
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!text.isEmpty() && !ok)
            o.flags << QCoreApplication::translate("AwinFeedParser", "%1 \"%2\" is not a number")
                           .arg(QString::fromLatin1(column), text);
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    o.storePriceCents = optionalCents("store_price");
    o.rrpPriceCents = optionalCents("rrp_price");
    o.deliveryCostCents = optionalCents("delivery_cost");
    o.merchantId = optionalInt("merchant_id").value_or(0);
    o.dataFeedId = optionalInt("data_feed_id");
    o.brandId = optionalInt("brand_id");
    const int quantity = optionalInt("stock_quantity").value_or(0);
    o.stockQuantity = std::max(quantity, 0);
    o.merchantProductId = field(record, "merchant_product_id");
    o.merchantName = field(record, "merchant_name");
    o.productName = field(record, "product_name");
    o.brandName = field(record, "brand_name");
    o.ean = field(record, "ean");
    o.productGtin = field(record, "product_GTIN");
    o.mpn = field(record, "mpn");
    o.productModel = field(record, "product_model");
    o.description = field(record, "description");
    o.shortDescription = field(record, "product_short_description");
    o.colour = field(record, "colour");
    o.size = field(record, "Fashion:size");
    if (kEuSize.match(o.size).hasMatch())
        o.sizeEu = o.size.toDouble();
    o.material = field(record, "Fashion:material");
    o.inStock = field(record, "in_stock") == u"1"_s;
    o.deliveryTime = field(record, "delivery_time");
    o.imageUrl = field(record, "merchant_image_url");
    o.thumbnailUrl = field(record, "aw_thumb_url");
    o.affiliateLink = field(record, "aw_deep_link");
    o.merchantLink = field(record, "merchant_deep_link");
    o.categoryName = field(record, "category_name");
    QJsonArray images;
    for (const char *column :
         {"large_image", "alternate_image", "alternate_image_two", "alternate_image_three", "alternate_image_four"})
        if (const QString url = field(record, column); !url.isEmpty())
            images.append(url);
    if (!images.isEmpty())
        o.alternateImagesJson = QString::fromUtf8(QJsonDocument(images).toJson(QJsonDocument::Compact));
    const QString updated = field(record, "last_updated");
    if (!updated.isEmpty()) {
        o.lastUpdated = QDateTime::fromString(updated, Qt::ISODate);
        if (!o.lastUpdated.isValid())
            o.lastUpdated = QDateTime::fromString(updated, u"yyyy-MM-dd HH:mm:ss"_s);
        if (o.lastUpdated.isValid())
            o.lastUpdated.setTimeZone(QTimeZone::utc());
        else
            o.flags << QCoreApplication::translate("AwinFeedParser", "last_updated \"%1\" is not a time").arg(updated);
    }
    o.styleCode = styleCodeIn(o.description, o.productName);
    if (o.productName.isEmpty())
        o.flags << QCoreApplication::translate("AwinFeedParser", "no product_name");
    for (const Limit &limit : kLimits) {
        QString &text = o.*limit.member;
        if (text.size() > limit.length) {
            o.flags << QCoreApplication::translate("AwinFeedParser", "%1 cut to %2 characters")
                           .arg(QString::fromLatin1(limit.column))
                           .arg(limit.length);
            text.truncate(limit.length);
        }
    }
    return o;
}

} // namespace sf
