#pragma once

#include <QDateTime>
#include <QStringList>

namespace sf::emu {

// One advertiser's feed as the emulator serves it. `revision` moves with every update the advertiser
// makes: some prices drop, some offers go and come back, stock changes.
struct AwinFeedSpec {
    int feedId = 0;
    int advertiserId = 0;
    QString advertiserName;
    QString language = QStringLiteral("de");
    int rows = 1000;
    int modelOffset = 0; // the feed's first model, so merchants' ranges overlap like real shops' ranges
    int revision = 0;
    QDateTime lastImported;
};

// Synthetic offers in the shape of a real size?Official DE feed (protocols.md §2.4): the 92-column
// header, one row per EU size with its own EAN, German descriptions with typographic quotes and the style
// code after a pipe, prices like 130.00, in-stock flags. Everything follows from the feed, the row and
// the revision, so tests can build the catalog an offer should match without reading the feed.
class AwinFeedGenerator {
public:
    static constexpr int kSizesPerModel = 18;

    static const QStringList &columns();
    static QString ean(int model, int size);       // the manufacturer's EAN-13 of a model's size
    static QString styleCode(int model);           // as the shop writes it (ASICS with a dot)
    static QString normalisedStyleCode(int model); // with a dash, as StockX writes it
    static QString brand(int model);
    static QString euSize(int size);
    static int modelOf(const AwinFeedSpec &feed, int row) { return feed.modelOffset + row / kSizesPerModel; }
    static int sizeOf(int row) { return row % kSizesPerModel; }
    static QString awProductId(const AwinFeedSpec &feed, int row);
    static qint64 priceCents(const AwinFeedSpec &feed, int row);
    static bool inStock(const AwinFeedSpec &feed, int row);
    static bool present(const AwinFeedSpec &feed, int row); // false: gone from the feed at this revision
    static int categoryId(int model);

    // All 92 fields of a row, in columns() order. `badRow` spoils it the way real feeds do now and then.
    static QStringList row(const AwinFeedSpec &feed, int row, bool badRow = false);
    // One CSV line (RFC 4180, quoted where a field holds the delimiter, a quote, a line break or a space).
    static QByteArray csvLine(const QStringList &fields);
};

} // namespace sf::emu
