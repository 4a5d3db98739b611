#include "realsales.h"

#include "importfixtures.h"

#include <QFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf::test {

namespace {
QDateTime day(int n)
{
    return QDateTime(QDate(2023, 1, 2).addDays(n * 9), QTime(10 + n % 9, 15, 7), Qt::UTC);
}

QString cents(qint64 value)
{
    return QString::number(value / 100) + u'.' + QString::number(qAbs(value) % 100).rightJustified(2, u'0');
}

QString quoted(QString field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n'))
        return u'"' + field.replace(u'"', u"\"\""_s) + u'"';
    return field;
}
} // namespace

QList<RealSale> realSales()
{
    const QList<std::tuple<QString, QString, QString, QString, qint64>> rows{
        {u"Jordan 1 Retro High OG Chicago Lost and Found"_s, u"DZ5485-612"_s, u"10.5"_s, u"us m"_s, 24500},
        {u"Nike Dunk Low Retro White Black Panda (W)"_s, u"DD1503-101"_s, u"8.5W"_s, u"us w"_s, 12900},
        {u"Jordan 4 Retro Military Black (GS)"_s, u"408452-111"_s, u"4Y"_s, u"us y"_s, 16800},
        {u"adidas Yeezy Slide Pure (Kids)"_s, u"GZ5554"_s, u"3J"_s, u"us m"_s, 7400},
        {u"adidas Yeezy Boost 350 V2 Onyx (Infant)"_s, u"HQ4540"_s, u"6K"_s, u"us m"_s, 9100},
        {u"Nike Air Force 1 Low '07 White (PS)"_s, u"DH2920-111"_s, u"1.5C"_s, u"us m"_s, 6900},
        {u"Crocs Classic Clog Lightning McQueen"_s, u"205759-610"_s, u"12W / 10.5M"_s, u"us m"_s, 18000},
        {u"UGG Tasman Slipper Chestnut"_s, u"5950-CHE"_s, u"9W / 7M"_s, u"us m"_s, 15500},
        {u"Birkenstock Boston Soft Footbed Suede Taupe"_s, u"560771"_s, u"42"_s, u"eu"_s, 19900},
        {u"Birkenstock Arizona Soft Footbed Suede Mink"_s, u"951311"_s, u"EU 38"_s, u"eu"_s, 11000},
        {u"Supreme Box Logo Hooded Sweatshirt Black"_s, u"N/A"_s, u"M/L"_s, u"us m"_s, 52000},
        {u"Fear of God Essentials Hoodie Light Oatmeal"_s, u"N/A"_s, u"S/M"_s, u"us m"_s, 9800},
        {u"Stussy 8 Ball Tee Black"_s, u"N/A"_s, u"L/XL"_s, u"us m"_s, 7700},
        {u"Denim Tears The Cotton Wreath Jeans Light Wash"_s, u"N/A"_s, u"34W/32L"_s, u"us m"_s, 31000},
        {u"Carhartt WIP Single Knee Pant Black"_s, u"I031497"_s, u"32W/32L"_s, u"us m"_s, 13500},
        {u"Nike Everyday Plus Cushioned Crew Socks (3 Pack) White"_s, u"SX6888-100"_s, u"42/44"_s, u"us m"_s, 3400},
        {u"Stussy Stock Logo Socks Black"_s, u"N/A"_s, u"36/38"_s, u"us m"_s, 2900},
        {u"Nike x Nocta Cardinal Stock Socks White"_s, u"N/A"_s, u"S / Men's 9-10"_s, u"us m"_s, 2500},
        {u"Telfar Shopping Bag Medium Black"_s, u"N/A"_s, u""_s, u"us m"_s, 26000},
        {u"Louis Vuitton Keepall Bandouliere 50 Monogram"_s, u"M41416"_s, u"One Size"_s, u"us m"_s, 210000},
        {u"LEGO Star Wars Millennium Falcon Set 75192"_s, u"75192"_s, u"N/A"_s, u"us m"_s, 74900},
        {u"Pop Mart Labubu The Monsters Exciting Macaron"_s, u"N/A"_s, u"N/A"_s, u"us m"_s, 2350},
        {u"KAWS Holiday Japan Vinyl Figure Brown"_s, u"N/A"_s, u""_s, u"us m"_s, 31500},
        {u"Taschen Jean-Michel Basquiat XXL Hardcover Book"_s, u"N/A"_s, u""_s, u"us m"_s, 18900},
        {u"Pokemon TCG Scarlet & Violet 151 Booster Bundle"_s, u"N/A"_s, u"N/A"_s, u"us m"_s, 5600},
        {u"Nintendo Switch OLED Model Neon Red Blue"_s, u"HEG-S-KABAA"_s, u""_s, u"us m"_s, 31000},
        {u"New Era 59Fifty New York Yankees Fitted Navy"_s, u"N/A"_s, u"7 1/4"_s, u"us m"_s, 4200},
        {u"A Bathing Ape Bape Sta Low Black"_s, u"1I80191004"_s, u"US 9"_s, u"us m"_s, 23000},
        {u"Hoka Clifton 9 Black White"_s, u"1127895-BWHT"_s, u"10"_s, u"us m"_s, 11900},
        {u"Timberland 6\" Premium Waterproof Boot Wheat"_s, u"10061"_s, u"11"_s, u"us m"_s, 17500},
    };
    QList<RealSale> sales;
    int n = 0;
    for (const auto &[item, style, size, type, amount] : rows) {
        RealSale sale;
        sale.item = item;
        sale.style = style;
        sale.size = size;
        sale.sizeType = type;
        sale.amountCents = amount;
        sale.orderNumber = QString::number(81000001 + n) + u'-' + QString::number(91000001 + n);
        sale.soldAt = day(n);
        sales.append(sale);
        ++n;
    }
    return sales;
}

qint64 realSalePayoutCents(const RealSale &sale)
{
    return sale.amountCents - (sale.amountCents * 9 + 50) / 100 - (sale.amountCents * 3 + 50) / 100 - 500;
}

QString realSalesReportCsv()
{
    QFile stockx(importFixture(u"stockx_sales.csv"_s));
    if (!stockx.open(QIODevice::ReadOnly))
        return {};
    const QStringList header = QString::fromUtf8(stockx.readLine()).trimmed().split(u',');
    QString csv = header.join(u',') + u'\n';
    for (const RealSale &sale : realSales()) {
        QHash<QString, QString> f;
        const QString when = sale.soldAt.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +00"_s;
        f[u"Seller Name"_s] = u"Example Reseller"_s;
        f[u"Sold To Name"_s] = u"StockX B.V."_s;
        f[u"Payout date"_s] = sale.soldAt.addDays(4).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +00"_s;
        f[u"Invoice Date"_s] = when;
        f[u"Item"_s] = sale.item;
        f[u"Sku Name"_s] = sale.item;
        f[u"Sku Size"_s] = sale.size;
        f[u"Style"_s] = sale.style;
        f[u"Order Number"_s] = sale.orderNumber;
        f[u"Sale Date"_s] = when;
        f[u"Quantity"_s] = u"1"_s;
        f[u"Seller Fee"_s] = cents((sale.amountCents * 9 + 50) / 100);
        f[u"Payment Processing"_s] = cents((sale.amountCents * 3 + 50) / 100);
        f[u"Shipping Fee"_s] = u"5.00"_s;
        for (const QString &currency :
             {u"Seller Fee Currency"_s, u"Payment Processing Currency"_s, u"Shipping Fee Currency"_s,
              u"Listing Price Currency"_s, u"Total Gross Amount (Total Payout) Currency"_s})
            f[currency] = u"EUR"_s;
        f[u"Listing Price"_s] = cents(sale.amountCents);
        f[u"Total Gross Amount (Total Payout)"_s] = cents(realSalePayoutCents(sale));
        f[u"Total Net Amount (Payout Excluding VAT)"_s] = cents(realSalePayoutCents(sale));
        QStringList fields;
        for (const QString &column : header)
            fields << quoted(f.value(column));
        csv += fields.join(u',') + u'\n';
    }
    return csv;
}

void addRealSalesTo(emu::StockXEmulator &emulator)
{
    const QUuid space = QUuid::fromString(u"{5b0d3c1e-7a8f-4e62-9c1d-2a4b6c8e0f13}"_s);
    int n = 0;
    for (const RealSale &sale : realSales()) {
        emu::EmuProduct product;
        product.productId = QUuid::createUuidV5(space, sale.item).toString(QUuid::WithoutBraces);
        product.title = sale.item;
        product.styleId = sale.style == u"N/A"_s ? QString() : sale.style;
        product.urlKey = u"real-"_s + QString::number(n);
        emu::EmuVariant variant;
        variant.productId = product.productId;
        variant.variantId = QUuid::createUuidV5(space, sale.orderNumber).toString(QUuid::WithoutBraces);
        variant.size = sale.size == u"N/A"_s ? QString() : sale.size;
        variant.sizeType = sale.sizeType;
        variant.gtin = QString::number(4000000000000LL + n);
        emulator.catalog().addProduct(product, {variant});
        emu::EmuOrder order;
        order.orderNumber = sale.orderNumber;
        order.variantId = variant.variantId;
        order.amount = sale.amountCents;
        order.status = u"COMPLETED"_s;
        order.createdAt = sale.soldAt;
        order.updatedAt = sale.soldAt.addDays(4);
        emulator.market().addOrder(order);
        ++n;
    }
}

} // namespace sf::test
