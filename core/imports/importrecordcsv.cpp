#include "importrecordcsv.h"

#include "inventory/stockcsvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace sf {

bool writeImportRecordsCsv(QIODevice &out, const QList<ImportRecord> &records)
{
    QStringList columns;
    for (const ImportRecord &record : records)
        for (auto it = record.sourceData.begin(); it != record.sourceData.end(); ++it)
            if (!columns.contains(it.key()))
                columns << it.key();
    auto line = [&out](const QStringList &fields) {
        QStringList escaped;
        for (const QString &field : fields)
            escaped << StockCsvWriter::escape(field);
        return out.write((escaped.join(u',') + u"\r\n"_s).toUtf8()) >= 0;
    };
    bool ok = line(QStringList{u"Line"_s, u"Outcome"_s, u"Problem"_s} + columns);
    for (const ImportRecord &record : records) {
        QStringList fields{QString::number(record.line), record.status, record.errorMessage};
        for (const QString &column : std::as_const(columns))
            fields << record.sourceData.value(column).toString();
        ok = ok && line(fields);
    }
    return ok;
}

} // namespace sf
