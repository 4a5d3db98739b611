#pragma once

#include "textencoding.h"

#include <QStringList>

class QIODevice;

namespace sf {

// One record of a CSV file and where it stood: `line` is the physical line it starts on (1-based), so
// a record whose quoted field spans lines is reported where a person would look for it.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;
    qint64 lastLine = 0;
    QString error; // empty when the record is well-formed
};

// A streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line breaks, CRLF/LF/CR
// line ends, a UTF-8 BOM, blank lines skipped. Reads the device in chunks, so memory stays flat in the
// file's size. A malformed record is returned with an error and reading goes on with the next one.
class CsvReader {
public:
    CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter);

    // False at the end of the input.
    bool next(CsvRecord &record);
    qint64 bytesRead() const { return m_bytesRead; }
    bool hadEncodingErrors() const { return m_decoder.hadErrors(); }

private:
    static constexpr int kEndOfInput = -1;

    bool fill();
    // The next UTF-16 unit, or kEndOfInput (a NUL in the data is an ordinary character).
    int peek(qsizetype ahead = 0);

    QIODevice &m_device;
    TextDecoder m_decoder;
    QChar m_delimiter;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_eof = false;
};

// What a file looks like from its first bytes: encoding and delimiter (`,` `;` tab or `|`).
struct CsvDialect {
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    QChar delimiter = u',';
};

CsvDialect sniffCsv(const QByteArray &sample);

} // namespace sf
