// libFuzzer target for the CSV reader and the import value parsers. Besides crashes and sanitizer
// findings it checks the reader's promises: records come in line order, each ends on or after the line
// it starts, and the reader always finishes.
#include "domain/money.h"
#include "imports/csv/csvreader.h"
#include "imports/importvalues.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sf::CsvDialect dialect = sf::sniffCsv(bytes.left(64 * 1024));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    sf::CsvReader reader(buffer, dialect.encoding, dialect.delimiter);
    sf::CsvRecord record;
    qint64 previousLine = 0;
    qint64 records = 0;
    while (reader.next(record)) {
        if (record.line < previousLine || record.lastLine < record.line || ++records > qint64(size) + 1)
            std::abort();
        previousLine = record.line;
        for (const QString &field : record.fields.mid(0, 4)) {
            (void)sf::parseImportDateTime(field);
            (void)sf::Money::parse(field, QStringLiteral("EUR"));
        }
    }
    return 0;
}
