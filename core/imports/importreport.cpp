#include "importreport.h"

#include <QCoreApplication>

namespace sf {

QString ImportReport::summary() const
{
    const QString counts =
        QCoreApplication::translate("ImportReport", "%1 rows: %2 imported, %3 updated, %4 duplicates skipped, "
                                                    "%5 rejected.")
            .arg(rows())
            .arg(imported)
            .arg(updated)
            .arg(duplicates)
            .arg(rejected);
    QString text = counts;
    if (dryRun)
        text = QCoreApplication::translate("ImportReport", "Dry run, nothing was stored. %1").arg(counts);
    else if (cancelled)
        text = QCoreApplication::translate("ImportReport", "Cancelled; the rows before stay stored. %1").arg(counts);
    if (retried > 0)
        text += u' ' + QCoreApplication::translate("ImportReport",
                                                   "%n time(s), another client's write got in the way and the rows "
                                                   "were tried again.",
                                                   nullptr, retried);
    for (const QString &warning : warnings)
        text += u' ' + warning;
    return text;
}

} // namespace sf
