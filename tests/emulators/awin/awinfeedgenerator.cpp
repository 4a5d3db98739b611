#include "awinfeedgenerator.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sf::emu {

namespace {

struct ModelLine {
    const char *brand;
    int brandId;
    const char *name;
};

constexpr std::array kLines{
    ModelLine{"ASICS", 1114, "ASICS GEL-Kayano 14"},   ModelLine{"Jordan", 2931, "Air Jordan 1 Mid"},
    ModelLine{"Nike", 1000, "Nike Dunk Low Retro"},    ModelLine{"adidas", 1049, "adidas Samba OG"},
    ModelLine{"New Balance", 1210, "New Balance 550"}, ModelLine{"Salomon", 4410, "Salomon XT-6"},
};
constexpr std::array kSizes{"36",   "37.5", "38", "38.5", "39", "40",   "40.5", "41", "42",
                            "42.5", "43",   "44", "44.5", "45", "45.5", "46",   "47", "47.5"};
constexpr std::array kColours{"weiss", "schwarz", "grau", "beige", "rot", "blau"};

const ModelLine &lineOf(int model)
{
    return kLines.at(std::size_t(model) % kLines.size());
}

QString padded(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

QString money(qint64 cents)
{
    return QString::number(cents / 100) + u'.' + padded(cents % 100, 2);
}

} // namespace

const QStringList &AwinFeedGenerator::columns()
{
    static const QStringList all =
        u"aw_deep_link,product_name,aw_product_id,merchant_product_id,merchant_image_url,"
        "description,merchant_category,search_price,merchant_name,merchant_id,"
        "category_name,category_id,aw_image_url,currency,store_price,delivery_cost,"
        "merchant_deep_link,language,last_updated,display_price,data_feed_id,brand_name,"
        "brand_id,colour,product_short_description,specifications,condition,"
        "product_model,model_number,dimensions,keywords,promotional_text,product_type,"
        "commission_group,merchant_product_category_path,"
        "merchant_product_second_category,merchant_product_third_category,rrp_price,"
        "saving,savings_percent,base_price,base_price_amount,base_price_text,"
        "product_price_old,delivery_restrictions,delivery_weight,warranty,"
        "terms_of_contract,delivery_time,in_stock,stock_quantity,valid_from,valid_to,"
        "is_for_sale,web_offer,pre_order,stock_status,size_stock_status,"
        "size_stock_amount,merchant_thumb_url,large_image,alternate_image,aw_thumb_url,"
        "alternate_image_two,alternate_image_three,alternate_image_four,reviews,"
        "average_rating,rating,number_available,custom_1,custom_2,custom_3,custom_4,"
        "custom_5,custom_6,custom_7,custom_8,custom_9,ean,isbn,upc,mpn,"
        "parent_product_id,product_GTIN,basket_link,Fashion:suitable_for,"
        "Fashion:category,Fashion:size,Fashion:material,Fashion:pattern,Fashion:swatch"_s.split(u',');
    return all;
}

QString AwinFeedGenerator::ean(int model, int size)
{
    const QString body = QString::number(400000000000LL + qint64(model) * 100 + size);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += body.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return body + QString::number((10 - sum % 10) % 10);
}

QString AwinFeedGenerator::styleCode(int model)
{
    const int n = model / int(kLines.size());
    switch (model % int(kLines.size())) {
    case 0: return u"1203A"_s + padded(n % 1000, 3) + u'.' + padded(n / 1000 % 1000, 3);
    case 1: return u"DQ"_s + padded(n % 10000, 4) + u'-' + padded(n / 10000 % 1000, 3);
    case 2: return u"DD"_s + padded(n % 10000, 4) + u'-' + padded(n / 10000 % 1000, 3);
    case 3: return u"B"_s + padded(n % 1000000, 6);
    case 4: return u"BB"_s + padded(n % 1000000, 6);
    default: return u"L"_s + padded(n % 100000000, 8);
    }
}

QString AwinFeedGenerator::normalisedStyleCode(int model)
{
    return styleCode(model).replace(u'.', u'-');
}

QString AwinFeedGenerator::brand(int model)
{
    return QString::fromLatin1(lineOf(model).brand);
}

QString AwinFeedGenerator::euSize(int size)
{
    return QString::fromLatin1(kSizes.at(std::size_t(size)));
}

QString AwinFeedGenerator::awProductId(const AwinFeedSpec &feed, int row)
{
    return QString::number(qint64(feed.feedId) * 100000000LL + row);
}

qint64 AwinFeedGenerator::priceCents(const AwinFeedSpec &feed, int row)
{
    const int model = modelOf(feed, row);
    qint64 cents = 8000 + qint64(model * 37 % 15) * 1000 + (feed.feedId % 3) * 500;
    if (model % 4 == 0)
        cents -= 5; // 129.95
    if (feed.revision > 0 && (row + feed.revision) % 7 == 0)
        cents = cents * 90 / 100 / 100 * 100; // a 10 % markdown, to the euro
    return cents;
}

bool AwinFeedGenerator::inStock(const AwinFeedSpec &feed, int row)
{
    return (row * 7 + feed.revision) % 10 != 0;
}

bool AwinFeedGenerator::present(const AwinFeedSpec &feed, int row)
{
    return feed.revision == 0 || row % 25 != feed.revision % 25;
}

int AwinFeedGenerator::categoryId(int model)
{
    return model % 3 == 0 ? 194 : 187;
}

QStringList AwinFeedGenerator::row(const AwinFeedSpec &feed, int row, bool badRow)
{
    const int model = modelOf(feed, row);
    const int size = sizeOf(row);
    const ModelLine &line = lineOf(model);
    const QString colour = QString::fromLatin1(kColours.at(std::size_t(model) % kColours.size()));
    const QString name = QString::fromLatin1(line.name) + u' ' + padded(model, 5) + u' ' +
                         (categoryId(model) == 194 ? u"Damen"_s : u"Herren"_s) + u", " + colour;
    const QString id = awProductId(feed, row);
    const QString merchantSku = padded(qint64(model) * 100 + size, 9);
    const QString slug = name.toLower().replace(u' ', u'-').remove(u',');
    const QString image = u"https://images2.productserve.com/?w=200&h=200&bg=white&trim=5&t=letterbox&url=ssl%3A"
                          "www.sizeofficial.de%2Fproduct%2F"_s +
                          merchantSku + u".jpg"_s;
    const QString thumb = QString(image).replace(u"w=200&h=200"_s, u"w=70&h=70"_s);
    const qint64 price = priceCents(feed, row);
    const bool stocked = inStock(feed, row);
    const QString description = u"Der „"_s + QString::fromLatin1(line.name) +
                                u"“ vereint „Dämpfung“, Halt und Stabilität, für den Alltag gemacht. | "_s +
                                styleCode(model);
    QStringList f;
    f.reserve(columns().size());
    f << u"https://www.awin1.com/pclick.php?p="_s + id + u"&a=394937&m="_s + QString::number(feed.advertiserId) << name
      << id << merchantSku << image << description
      << (categoryId(model) == 194 ? u"Damen Schuhe"_s : u"Herren Schuhe"_s) << money(price) << feed.advertiserName
      << QString::number(feed.advertiserId) << (categoryId(model) == 194 ? u"Women's Footwear"_s : u"Men's Footwear"_s)
      << QString::number(categoryId(model)) << image << u"EUR"_s << QString() << (model % 5 == 0 ? u"4.95"_s : u"0"_s)
      << u"https://www.sizeofficial.de/product/"_s + slug + u'/' + merchantSku + u"_sizede/"_s << feed.language
      << QString() << u"EUR"_s + money(price) << QString::number(feed.feedId) << QString::fromLatin1(line.brand)
      << QString::number(line.brandId) << colour << QString() << QString() << QString() << QString() << merchantSku
      << QString() << QString() << QString() << QString() << QString() << QString() << QString() << QString()
      << QString() << QString() << QString() << QString() << QString() << QString() << QString() << QString()
      << QString() << QString() << QString() << u"5 to 7 days"_s << (stocked ? u"1"_s : u"0"_s)
      << QString::number(stocked ? 1 + row % 9 : 0) << QString() << QString() << u"1"_s << QString() << QString()
      << QString() << QString() << QString() << QString() << image << QString() << thumb << QString() << QString()
      << QString() << QString() << QString() << QString() << QString() << QString() << QString() << QString()
      << QString() << QString() << QString() << QString() << QString() << QString() << ean(model, size) << QString()
      << QString() << QString() << QString() << QString() << QString()
      << (categoryId(model) == 194 ? u"Damen"_s : u"Herren"_s) << u"Schuhe"_s << euSize(size) << u"Textil"_s
      << QString() << QString();
    Q_ASSERT(f.size() == columns().size());
    if (badRow) {
        switch (row % 3) {
        case 0: f[2].clear(); break;           // no aw_product_id: nothing identifies the offer
        case 1: f[7] = u"EUR 1a9,00"_s; break; // a price nobody can read
        default: f = f.mid(0, 40); break;      // cut short: fewer fields than the header
        }
    }
    return f;
}

QByteArray AwinFeedGenerator::csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString &field = fields.at(i);
        const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                           field.contains(u'\r') || field.contains(u' ');
        if (quote)
            line += '"' + QString(field).replace(u"\""_s, u"\"\""_s).toUtf8() + '"';
        else
            line += field.toUtf8();
    }
    line += '\n';
    return line;
}

} // namespace sf::emu
