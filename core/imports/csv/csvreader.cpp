#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr qint64 kChunkSize = 64 * 1024;
}

CsvReader::CsvReader(QIODevice &device, TextEncoding encoding, QChar delimiter)
    : m_device(device)
    , m_decoder(encoding)
    , m_delimiter(delimiter)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device.read(kChunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    m_buffer = m_buffer.mid(m_pos) + m_decoder.decode(bytes);
    m_pos = 0;
    if (m_atStart && !m_buffer.isEmpty()) {
        if (m_buffer.front() == QChar(0xFEFF))
            m_buffer.remove(0, 1);
        m_atStart = false;
    }
    return true;
}

int CsvReader::peek(qsizetype ahead)
{
    while (m_pos + ahead >= m_buffer.size())
        if (!fill())
            return kEndOfInput;
    return m_buffer.at(m_pos + ahead).unicode();
}

bool CsvReader::next(CsvRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    record = CsvRecord{};
    for (;;) {
        if (peek() == kEndOfInput)
            return false;
        record.line = m_line;
        record.fields.clear();
        record.error.clear();
        QString field;
        State state = State::FieldStart;
        qint64 quoteOpenedOn = 0;
        bool sawQuotes = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            const int next = peek();
            if (next == kEndOfInput) {
                if (state == State::Quoted)
                    record.error =
                        QCoreApplication::translate("CsvReader", "A quoted field opened on line %1 is never closed; "
                                                                 "the rest of the file was read as part of it.")
                            .arg(quoteOpenedOn);
                break;
            }
            const QChar c = QChar(char16_t(next));
            ++m_pos;
            const bool lineBreak = c == u'\n' || c == u'\r';
            if (lineBreak && c == u'\r' && peek() == u'\n')
                ++m_pos;
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (state == State::FieldStart && c == u'"') {
                    state = State::Quoted;
                    sawQuotes = true;
                    quoteOpenedOn = m_line;
                } else if (c == m_delimiter) {
                    record.fields << field;
                    field.clear();
                    state = State::FieldStart;
                } else if (lineBreak) {
                    ++m_line;
                    endOfRecord = true;
                } else {
                    field += c;
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == u'"') {
                    if (peek() == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        state = State::AfterQuote;
                    }
                } else if (lineBreak) {
                    ++m_line;
                    field += u'\n';
                } else {
                    field += c;
                }
                break;
            case State::AfterQuote:
                if (c == m_delimiter) {
                    record.fields << field;
                    field.clear();
                    state = State::FieldStart;
                } else if (lineBreak) {
                    ++m_line;
                    endOfRecord = true;
                } else {
                    if (record.error.isEmpty())
                        record.error = QCoreApplication::translate(
                                           "CsvReader", "Text follows the closing quote of field %1 on line %2.")
                                           .arg(record.fields.size() + 1)
                                           .arg(m_line);
                    field += c;
                }
                break;
            }
        }
        record.fields << field;
        record.lastLine = endOfRecord ? m_line - 1 : m_line;
        const bool blank = record.fields.size() == 1 && field.isEmpty() && !sawQuotes;
        if (!blank || !record.error.isEmpty())
            return true;
    }
}

CsvDialect sniffCsv(const QByteArray &sample)
{
    CsvDialect dialect;
    dialect.encoding = detectEncoding(sample, &dialect.hasBom);
    // Count each candidate per line outside quotes; the delimiter is the one whose count is the same,
    // and largest, on most of the first lines.
    constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
    std::array<QList<int>, 4> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    int lines = 0;
    for (char c : sample) {
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\n') {
            for (size_t k = 0; k < kCandidates.size(); ++k) {
                counts[k] << current[k];
                current[k] = 0;
            }
            if (++lines == 50)
                break;
            continue;
        }
        for (size_t k = 0; k < kCandidates.size(); ++k)
            current[k] += c == kCandidates[k];
    }
    if (lines == 0)
        for (size_t k = 0; k < kCandidates.size(); ++k)
            counts[k] << current[k];
    qint64 bestScore = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        const int header = counts[k].value(0);
        if (header == 0)
            continue;
        const qint64 agreeing = counts[k].count(header);
        const qint64 score = agreeing * 1000 + header;
        if (score > bestScore) {
            bestScore = score;
            dialect.delimiter = QLatin1Char(kCandidates[k]);
        }
    }
    return dialect;
}

} // namespace sf
