#include "csvsource.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Error fileError(const QString &path, const QString &message)
{
    return Error{u"import.file"_s, message, path};
}

QString knownFormats()
{
    QStringList lines;
    for (const ImportFormat &format : ImportFormat::all())
        lines << QCoreApplication::translate("CsvSource", "%1 (needs the columns %2)")
                     .arg(format.title, format.requiredColumns.join(u", "_s));
    return lines.join(u"; "_s);
}
} // namespace

Result<std::unique_ptr<CsvSource>> CsvSource::open(const QString &path, const QString &formatKey)
{
    std::unique_ptr<CsvSource> source(new CsvSource(path));
    QFile &file = source->m_file;
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path,
                         QCoreApplication::translate("CsvSource", "Cannot open the file: %1").arg(file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || !file.seek(0))
        return fileError(path,
                         QCoreApplication::translate("CsvSource", "Cannot read the file: %1").arg(file.errorString()));
    source->m_sha256 = QString::fromLatin1(hash.result().toHex());
    source->m_dialect = sniffCsv(file.peek(64 * 1024));
    source->m_reader = std::make_unique<CsvReader>(file, source->m_dialect.encoding, source->m_dialect.delimiter);
    CsvRecord header;
    if (!source->m_reader->next(header))
        return fileError(path, QCoreApplication::translate("CsvSource", "The file is empty."));
    if (!header.error.isEmpty())
        return fileError(
            path, QCoreApplication::translate("CsvSource", "The header row cannot be read: %1").arg(header.error));
    source->m_columns = CsvColumns(header.fields);
    const auto format = formatKey.isEmpty() ? ImportFormat::detect(source->m_columns) : ImportFormat::byKey(formatKey);
    if (!format) {
        if (!formatKey.isEmpty())
            return fileError(path, QCoreApplication::translate(
                                       "CsvSource", "There is no import format called \"%1\". Known formats: %2")
                                       .arg(formatKey, knownFormats()));
        return fileError(path,
                         QCoreApplication::translate(
                             "CsvSource", "SoleFlipper does not recognise the columns of this file. Known formats: %1")
                             .arg(knownFormats()));
    }
    QStringList missing;
    for (const QString &column : format->requiredColumns)
        if (!source->m_columns.has(column))
            missing << column;
    if (!missing.isEmpty())
        return fileError(path, QCoreApplication::translate("CsvSource", "The file lacks columns that %1 needs: %2")
                                   .arg(format->title, missing.join(u", "_s)));
    source->m_format = *format;
    return source;
}

} // namespace sf
