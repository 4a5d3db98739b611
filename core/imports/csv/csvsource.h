#pragma once

#include "csvcolumns.h"
#include "domain/result.h"
#include "imports/importformat.h"

#include <QFile>

#include <memory>

namespace sf {

// An opened import file: its encoding and delimiter sniffed, its header read and its format known
// (detected from the header or forced by key).
class CsvSource {
public:
    static Result<std::unique_ptr<CsvSource>> open(const QString &path, const QString &formatKey = {});

    bool next(CsvRecord &record) { return m_reader->next(record); }
    const CsvColumns &columns() const { return m_columns; }
    const ImportFormat &format() const { return m_format; }
    const CsvDialect &dialect() const { return m_dialect; }
    const QString &sha256() const { return m_sha256; }
    qint64 size() const { return m_file.size(); }
    qint64 bytesRead() const { return m_reader->bytesRead(); }
    bool hadEncodingErrors() const { return m_reader->hadEncodingErrors(); }

private:
    explicit CsvSource(const QString &path)
        : m_file(path)
    {}

    QFile m_file;
    CsvDialect m_dialect;
    std::unique_ptr<CsvReader> m_reader;
    CsvColumns m_columns;
    ImportFormat m_format;
    QString m_sha256;
};

} // namespace sf
