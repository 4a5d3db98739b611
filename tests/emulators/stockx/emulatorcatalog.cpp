#include "emulatorcatalog.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf::emu {

QJsonValue moneyJson(qint64 cents, bool asNumber)
{
    if (asNumber)
        return double(cents) / 100.0;
    if (cents % 100 == 0)
        return QString::number(cents / 100);
    return QString::number(double(cents) / 100.0, 'f', 2);
}

namespace {
struct BrandLine {
    const char *brand;
    const char *stylePrefix;
    QList<const char *> models;
};

const QList<BrandLine> &brandLines()
{
    static const QList<BrandLine> lines = {
        {"Nike", "DD", {"Dunk Low", "Air Force 1 '07", "Air Max 90", "Air Max 1", "Blazer Mid '77", "Vomero 5"}},
        {"Jordan",
         "DZ",
         {"Air Jordan 1 Retro High OG", "Air Jordan 4 Retro", "Air Jordan 3 Retro", "Air Jordan 11 Retro"}},
        {"adidas", "GW", {"Samba OG", "Gazelle Indoor", "Campus 00s", "Superstar", "Forum Low"}},
        {"New Balance", "U", {"990v6", "2002R", "550", "9060", "1906R"}},
        {"ASICS", "11", {"Gel-Kayano 14", "Gel-1130", "Gel-NYC", "GT-2160"}},
        {"Salomon", "L4", {"XT-6", "ACS Pro", "XT-4 OG"}},
        {"Converse", "A0", {"Chuck 70 Hi", "Run Star Hike"}},
        {"Vans", "VN", {"Old Skool", "Knu Skool", "Sk8-Hi"}},
    };
    return lines;
}

const QList<const char *> &colorways()
{
    static const QList<const char *> names = {
        "White/Black",       "Panda",          "Triple White", "University Blue", "Bred",
        "Sail/Coconut Milk", "Grey Fog",       "Medium Olive", "Black/Gum",       "Phantom/Light Bone",
        "Varsity Red",       "Cream/Sea Salt", "Pure Silver",  "Midnight Navy",   "Court Purple",
        "Pine Green",        "Wolf Grey",      "Sand Drift",   "Team Orange",     "Burgundy Crush"};
    return names;
}

QString upcWithCheckDigit(quint64 body11)
{
    QString digits = QString::number(body11).rightJustified(11, u'0');
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += (digits.at(i).digitValue()) * (i % 2 == 0 ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

QString slug(QString text)
{
    text = text.toLower();
    QString out;
    for (QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString styleIdFor(const BrandLine &line, QRandomGenerator &rng)
{
    const QString prefix = QString::fromLatin1(line.stylePrefix);
    if (prefix.size() == 1)
        return prefix + QString::number(rng.bounded(100, 999)) + u"GR"_s;
    if (prefix.at(0).isDigit())
        return prefix + QString::number(rng.bounded(10, 99)) + u"A"_s + QString::number(rng.bounded(100, 999)) +
               u"-"_s + QString::number(rng.bounded(100, 999));
    return prefix + QString::number(rng.bounded(1000, 9999)) + u"-"_s +
           QString::number(rng.bounded(0, 999)).rightJustified(3, u'0');
}
} // namespace

EmulatorCatalog::EmulatorCatalog(quint32 seed, int productCount)
{
    QRandomGenerator rng(seed);
    const QUuid space = QUuid::fromString(u"{7c0c4a3e-5d6b-4b7e-9a59-2f1f4d0a8e11}"_s);
    const auto &lines = brandLines();
    for (int i = 0; i < productCount; ++i) {
        const BrandLine &line = lines.at(i % lines.size());
        const QString model = QString::fromLatin1(line.models.at((i / lines.size()) % line.models.size()));
        const QString colorway = QString::fromLatin1(colorways().at(rng.bounded(colorways().size())));
        EmuProduct p;
        p.productId = QUuid::createUuidV5(space, u"product-"_s + QString::number(i)).toString(QUuid::WithoutBraces);
        p.brand = QString::fromLatin1(line.brand);
        p.title = p.brand + u' ' + model + u' ' + colorway;
        p.colorway = colorway;
        p.styleId = styleIdFor(line, rng);
        p.urlKey = slug(p.title) + u'-' + QString::number(i);
        p.gender = i % 7 == 0 ? u"women"_s : u"men"_s;
        p.releaseDate = QDate(2018, 1, 1).addDays(rng.bounded(2400));
        p.retailCents = (rng.bounded(80, 230)) * 100;
        QList<EmuVariant> variants;
        for (int half = 8; half <= 28; ++half) { // US 4 to 14 in half sizes
            EmuVariant v;
            v.productId = p.productId;
            v.size = half % 2 == 0 ? QString::number(half / 2) : QString::number(half / 2) + u".5"_s;
            v.variantId = QUuid::createUuidV5(space, p.productId + u':' + v.size).toString(QUuid::WithoutBraces);
            v.gtin = upcWithCheckDigit(19000000000ULL + quint64(i) * 100 + quint64(half));
            const qint64 premium = rng.bounded(-20, 180); // percent over retail
            v.lowestAsk = (p.retailCents * (100 + premium) / 100) / 100 * 100 + 100;
            v.highestBid = v.lowestAsk * (70 + rng.bounded(25)) / 100 / 100 * 100;
            variants.append(v);
        }
        addProduct(p, variants);
    }
}

void EmulatorCatalog::addProduct(const EmuProduct &product, const QList<EmuVariant> &variants)
{
    EmuProduct added = product;
    for (const EmuVariant &v : variants) {
        added.variantIndexes.append(int(m_variants.size()));
        m_variantIndex.insert(v.variantId, int(m_variants.size()));
        m_gtinIndex.insert(v.gtin, int(m_variants.size()));
        m_variants.append(v);
    }
    m_productIndex.insert(added.productId, int(m_products.size()));
    m_products.append(added);
}

const EmuProduct *EmulatorCatalog::product(const QString &productId) const
{
    const auto it = m_productIndex.constFind(productId);
    return it == m_productIndex.cend() ? nullptr : &m_products.at(*it);
}

const EmuVariant *EmulatorCatalog::variant(const QString &variantId) const
{
    const auto it = m_variantIndex.constFind(variantId);
    return it == m_variantIndex.cend() ? nullptr : &m_variants.at(*it);
}

const EmuVariant *EmulatorCatalog::variantByGtin(const QString &gtin) const
{
    const auto it = m_gtinIndex.constFind(gtin);
    return it == m_gtinIndex.cend() ? nullptr : &m_variants.at(*it);
}

QList<const EmuProduct *> EmulatorCatalog::search(const QString &query) const
{
    QList<const EmuProduct *> found;
    const QString q = query.trimmed();
    if (const EmuVariant *byGtin = variantByGtin(q))
        return {product(byGtin->productId)};
    const QStringList words = q.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const EmuProduct &p : m_products) {
        if (p.styleId.compare(q, Qt::CaseInsensitive) == 0) {
            found.prepend(&p);
            continue;
        }
        const QString haystack = (p.title + u' ' + p.styleId).toLower();
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return haystack.contains(w); }))
            found.append(&p);
    }
    return found;
}

QJsonObject EmulatorCatalog::productJson(const EmuProduct &p, bool detailed) const
{
    QJsonObject attributes{{u"gender"_s, p.gender},
                           {u"season"_s, QJsonValue::Null},
                           {u"releaseDate"_s, p.releaseDate.toString(Qt::ISODate)},
                           {u"retailPrice"_s, double(p.retailCents) / 100.0},
                           {u"colorway"_s, p.colorway},
                           {u"color"_s, QJsonValue::Null}};
    QJsonObject json{{u"productId"_s, p.productId},       {u"urlKey"_s, p.urlKey}, {u"styleId"_s, p.styleId},
                     {u"productType"_s, u"sneakers"_s},   {u"title"_s, p.title},   {u"brand"_s, p.brand},
                     {u"productAttributes"_s, attributes}};
    if (detailed) {
        json.insert(u"sizeChart"_s,
                    QJsonObject{{u"availableConversions"_s,
                                 QJsonArray{QJsonObject{{u"name"_s, u"US M"_s}, {u"type"_s, u"us m"_s}}}},
                                {u"defaultConversion"_s, QJsonObject{{u"name"_s, u"US M"_s}, {u"type"_s, u"us m"_s}}}});
        json.insert(u"isFlexEligible"_s, false);
        json.insert(u"isDirectEligible"_s, false);
    }
    return json;
}

QJsonObject EmulatorCatalog::variantJson(const EmuVariant &v) const
{
    const EmuProduct *p = product(v.productId);
    const QJsonObject conversion{{u"size"_s, v.size}, {u"type"_s, v.sizeType}};
    return {{u"productId"_s, v.productId},
            {u"variantId"_s, v.variantId},
            {u"variantName"_s, QString((p ? p->urlKey : QString()) + u':' + v.size)},
            {u"variantValue"_s, v.size},
            {u"sizeChart"_s,
             QJsonObject{{u"availableConversions"_s, QJsonArray{conversion}}, {u"defaultConversion"_s, conversion}}},
            {u"gtins"_s, QJsonArray{QJsonObject{{u"identifier"_s, v.gtin}, {u"type"_s, u"UPC"_s}}}},
            {u"isFlexEligible"_s, false},
            {u"isDirectEligible"_s, false}};
}

QJsonObject EmulatorCatalog::marketDataJson(const EmuVariant &v, const QString &currency, bool asNumbers) const
{
    const qint64 sellFaster = v.lowestAsk - 100;
    const qint64 earnMore = v.lowestAsk + 500;
    const QJsonObject standard{{u"beatUS"_s, moneyJson(sellFaster - 100, asNumbers)},
                               {u"earnMore"_s, moneyJson(earnMore, asNumbers)},
                               {u"sellFaster"_s, moneyJson(sellFaster, asNumbers)},
                               {u"highestBidAmount"_s, moneyJson(v.highestBid, asNumbers)},
                               {u"lowestAsk"_s, moneyJson(v.lowestAsk, asNumbers)}};
    return {{u"productId"_s, v.productId},
            {u"variantId"_s, v.variantId},
            {u"currencyCode"_s, currency},
            {u"lowestAskAmount"_s, moneyJson(v.lowestAsk, asNumbers)},
            {u"highestBidAmount"_s, moneyJson(v.highestBid, asNumbers)},
            {u"sellFasterAmount"_s, moneyJson(sellFaster, asNumbers)},
            {u"earnMoreAmount"_s, moneyJson(earnMore, asNumbers)},
            {u"flexLowestAskAmount"_s, QJsonValue::Null},
            {u"standardMarketData"_s, standard},
            {u"flexMarketData"_s, QJsonValue::Null},
            {u"directMarketData"_s, QJsonValue::Null}};
}

} // namespace sf::emu
