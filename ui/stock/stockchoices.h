#pragma once

#include "db/database.h"
#include "domain/ids.h"

#include <QList>
#include <QString>

#include <utility>

namespace sf {

// What the Stock page's filters and its item dialog offer to pick from, read in one go on the
// database worker so that opening the dialog runs no query.
struct StockChoices {
    using Entries = QList<std::pair<QString, QString>>; // label, id (for locations: the location)
    Entries products;                                   // "SKU — name"
    Entries brands;
    Entries sizes;
    Entries suppliers;
    Entries locations;
    CategoryId defaultCategory; // new products go to Sneakers
    bool read = false;          // false until the first read arrived

    static StockChoices readFrom(const Database &db);
};

} // namespace sf
