#pragma once

#include <QDateTime>
#include <QString>

namespace sf {

// A feed as Awin's feed list names it, and what SoleFlipper last did with it.
struct AwinFeed {
    int feedId = 0;
    int advertiserId = 0;
    QString advertiserName;
    QString feedName;
    QString language;
    QString membershipStatus;
    int productsListed = 0;
    QDateTime listedAt;         // the list's "Last Imported"
    QDateTime importedListedAt; // that value when the feed was last imported here
    QDateTime lastImportAt;
    qint64 lastImportRows = 0;
    qint64 lastImportRejected = 0;
    QString lastError;
    qint64 offers = 0;  // offers stored from it
    qint64 matched = 0; // of them matched to a catalog variant

    bool changedSinceImport() const { return !importedListedAt.isValid() || listedAt > importedListedAt; }
};

} // namespace sf
