#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sf::emu {

// Money in the emulator: minor units, written the way StockX writes it ("140", "76.81"), or as a JSON
// number when the "money as numbers" switch is on.
QJsonValue moneyJson(qint64 cents, bool asNumber);

struct EmuVariant {
    QString variantId;
    QString productId;
    QString size;                              // as StockX writes it: "10", "10.5", "M/L", "12W / 10.5M", "42"
    QString sizeType = QStringLiteral("us m"); // the size chart's default conversion: "us m", "eu", "us y" ...
    QString gtin;                              // 12-digit UPC with a valid check digit
    qint64 lowestAsk = 0;
    qint64 highestBid = 0;
};

struct EmuProduct {
    QString productId;
    QString urlKey;
    QString styleId;
    QString title;
    QString brand;
    QString colorway;
    QString gender;
    QDate releaseDate;
    qint64 retailCents = 0;
    QList<int> variantIndexes; // into EmulatorCatalog::variants()
};

// A deterministic catalog of sneakers: the same seed always gives the same products, ids, sizes,
// GTINs and prices, so tests can name them.
class EmulatorCatalog {
public:
    explicit EmulatorCatalog(quint32 seed = 42, int productCount = 300);

    const QList<EmuProduct> &products() const { return m_products; }
    const QList<EmuVariant> &variants() const { return m_variants; }
    const EmuProduct *product(const QString &productId) const;
    const EmuVariant *variant(const QString &variantId) const;
    const EmuVariant *variantByGtin(const QString &gtin) const;
    // Keyword, style id or GTIN, as the search endpoint takes them.
    QList<const EmuProduct *> search(const QString &query) const;
    // Adds a product with its variants (apparel, collectibles, EU-sized shoes ...) for a test to sell.
    void addProduct(const EmuProduct &product, const QList<EmuVariant> &variants);

    QJsonObject productJson(const EmuProduct &p, bool detailed) const;
    QJsonObject variantJson(const EmuVariant &v) const;
    QJsonObject marketDataJson(const EmuVariant &v, const QString &currency, bool asNumbers) const;

private:
    QList<EmuProduct> m_products;
    QList<EmuVariant> m_variants;
    QHash<QString, int> m_productIndex;
    QHash<QString, int> m_variantIndex;
    QHash<QString, int> m_gtinIndex;
};

} // namespace sf::emu
