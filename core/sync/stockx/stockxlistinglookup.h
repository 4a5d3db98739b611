#pragma once

#include "stockxclient.h"
#include "stockxmapping.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace sf {

// One of our listings as StockX shows it now.
struct StockXListingToFind {
    QString listingId;
    QString variantId; // empty when the size's StockX variant is not known here
};

// Reads the current state of some listings from StockX before they are changed: listings of known
// variants a page of 100 at a time (one or two requests for a batch), the others one by one. A listing
// missing from the answer is no longer active or inactive there (sold, deleted, expired).
class StockXListingLookup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXListingLookup)

public:
    using Found = QHash<QString, StockXListingData>; // by StockX listing id
    using Done = std::function<void(Result<Found>)>;

    StockXListingLookup(StockXClient &client, QObject *parent = nullptr);
    void find(const QList<StockXListingToFind> &listings, Done done);

private:
    void nextVariantPage(int page);
    void nextSingle();
    void take(const QJsonObject &listing);
    void fail(const Error &error);

    StockXClient &m_client;
    QStringList m_variants;
    QSet<QString> m_wanted;
    QStringList m_singles;
    Found m_found;
    Done m_done;
};

} // namespace sf
