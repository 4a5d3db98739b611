#pragma once

#include <QUuid>

namespace sf {

// A new row id: a version 7 UUID (RFC 9562), the Unix time in milliseconds followed by a counter and
// random bits. Ids made later sort after earlier ones, also as text, so inserts append to the primary
// key and id indexes instead of touching a random page of each: an import of 100 000 rows writes a
// few pages per commit rather than thousands.
QUuid newRowUuid();

} // namespace sf
