#pragma once

#include <QTextStream>

namespace sf::cli {

// Results go to stdout, progress and errors to stderr, so `> file` keeps only the results.
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace sf::cli
