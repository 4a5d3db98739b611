#pragma once

#include <QByteArray>

#include <cstdio>
#include <optional>

namespace sf::mcp {

// Reads a stream one line at a time, keeping at most `limit` bytes of a line: a longer line is read to
// its end and dropped, so a client cannot make the server hold an endless message.
class LineReader {
public:
    struct Line {
        QByteArray text;
        bool tooLong = false;
    };

    LineReader(std::FILE *in, qsizetype limit)
        : m_in(in)
        , m_limit(limit)
    {}

    // The next line without its end of line; nothing at the end of the stream.
    std::optional<Line> next();

private:
    std::FILE *m_in;
    qsizetype m_limit;
};

} // namespace sf::mcp
