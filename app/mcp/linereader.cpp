#include "linereader.h"

#include <cstring>

namespace sf::mcp {

std::optional<LineReader::Line> LineReader::next()
{
    Line line;
    bool readAny = false;
    char buffer[8192];
    while (std::fgets(buffer, sizeof buffer, m_in)) {
        readAny = true;
        const qsizetype length = qsizetype(std::strlen(buffer));
        const bool ended = length > 0 && buffer[length - 1] == '\n';
        if (!line.tooLong) {
            line.text.append(buffer, ended ? length - 1 : length);
            if (line.text.size() > m_limit) {
                line.tooLong = true;
                line.text.clear();
            }
        }
        if (ended)
            break;
    }
    if (!readAny)
        return std::nullopt;
    if (line.text.endsWith('\r'))
        line.text.chop(1);
    return line;
}

} // namespace sf::mcp
