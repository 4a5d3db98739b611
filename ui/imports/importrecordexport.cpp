#include "importrecordexport.h"

#include "imports/importrecordcsv.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace sf {

void exportImportRecords(QWidget *parent, const QList<ImportRecord> &records, const QString &suggestedName)
{
    const QString title = QCoreApplication::translate("ImportRecordExport", "Export rejected rows");
    const QString target = QFileDialog::getSaveFileName(
        parent, title, suggestedName, QCoreApplication::translate("ImportRecordExport", "CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !writeImportRecordsCsv(file, records) || !file.commit())
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("ImportRecordExport", "Could not write %1: %2")
                                 .arg(target, file.errorString()));
}

} // namespace sf
