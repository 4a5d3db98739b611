#include "awinimportreport.h"

#include <QCoreApplication>

namespace sf {

namespace {
void keep(QList<AwinRowNote> &notes, qint64 &count, AwinRowNote row)
{
    ++count;
    if (notes.size() < AwinImportReport::kNotesKept)
        notes.append(std::move(row));
}

void keepAll(QList<AwinRowNote> &notes, const QList<AwinRowNote> &more)
{
    notes += more.first(qMin(more.size(), qMax<qsizetype>(0, AwinImportReport::kNotesKept - notes.size())));
}
} // namespace

QString AwinImportReport::summary() const
{
    return QCoreApplication::translate("AwinImport", "%1 rows: %2 new, %3 updated (%4 new prices), %5 no longer in "
                                                     "the feed, %6 rejected, %7 flagged%8")
        .arg(rows)
        .arg(inserted)
        .arg(updated)
        .arg(priceChanges)
        .arg(markedUnavailable)
        .arg(rejected)
        .arg(flagged)
        .arg(cancelled ? QCoreApplication::translate("AwinImport", " (stopped before the end)") : QString());
}

void AwinImportReport::reject(AwinRowNote row)
{
    keep(rejections, rejected, std::move(row));
}

void AwinImportReport::flag(AwinRowNote row)
{
    keep(flags, flagged, std::move(row));
}

void AwinImportReport::absorb(const AwinImportReport &notes)
{
    rows += notes.rows;
    rejected += notes.rejected;
    flagged += notes.flagged;
    keepAll(rejections, notes.rejections);
    keepAll(flags, notes.flags);
    feeds.unite(notes.feeds);
}

} // namespace sf
