#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace sf {

// A row of a feed that was not stored, or was stored with something flagged, and where it stands.
struct AwinRowNote {
    qint64 line = 0;
    QString awinProductId;
    QString text;
};

struct AwinImportReport {
    static constexpr int kNotesKept = 1000; // the first ones; the counts count them all

    qint64 rows = 0; // data rows read
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 priceChanges = 0;
    qint64 markedUnavailable = 0;
    qint64 rejected = 0;
    qint64 flagged = 0;
    QList<AwinRowNote> rejections;
    QList<AwinRowNote> flags;
    QSet<int> feeds; // data_feed_id values seen
    bool cancelled = false;
    QDateTime stamp; // the import's time, on every row it wrote

    QString summary() const;
    // A row refused, or stored with something flagged: counted, and its note kept if there is room.
    void reject(AwinRowNote row);
    void flag(AwinRowNote row);
    // What a reader noted about a chunk's rows, added to this report.
    void absorb(const AwinImportReport &notes);
};

} // namespace sf
