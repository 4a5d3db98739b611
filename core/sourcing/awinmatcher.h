#pragma once

#include "db/database.h"

#include <QDateTime>

namespace sf {

// How many offers each matching step found (original-system.md §5.3, plus what the original missed).
struct AwinMatchReport {
    qint64 byGtin = 0;       // the offer's EAN is a StockX variant's GTIN (UPC read as EAN too): 1.00
    qint64 byProductEan = 0; // the EAN of a catalog product, size by its EU size: 0.95
    qint64 byStockEan = 0;   // the EAN of a pair in stock, that pair's size: 0.95
    qint64 byStyleSize = 0;  // the style code in the description, size by its EU size: 0.85
    qint64 byStyleOnly = 0;  // the style code, but no variant of that size yet: 0.60, no opportunity
    qint64 matchedTotal() const { return byGtin + byProductEan + byStockEan + byStyleSize; }
};

// Links Awin offers to catalog variants, recording the method and a confidence on each. Only offers
// without a variant are looked at, so a rerun after the catalog grew (enrichment, a sync) finds more.
// Each step is one set-based UPDATE; the sizes' standardized_value is the EU size for every region.
class AwinMatcher {
public:
    explicit AwinMatcher(const Database &db)
        : m_db(db)
    {}

    Result<AwinMatchReport> run() const;

private:
    Result<qint64> step(const QString &sql, const QDateTime &now) const;

    const Database &m_db;
};

} // namespace sf
