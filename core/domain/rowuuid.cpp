#include "rowuuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace sf {

namespace {
// The 12 bits after the version count ids made within one millisecond (RFC 9562, method 1), so ids of
// the same millisecond keep their order too. When they run out, the time moves on by a millisecond.
struct Clock {
    std::mutex mutex;
    qint64 lastMs = 0;
    quint16 counter = 0;

    std::pair<qint64, quint16> next()
    {
        const std::lock_guard lock(mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now > lastMs) {
            lastMs = now;
            counter = quint16(QRandomGenerator::global()->bounded(0x400)); // leaves room to count up
        } else if (++counter > 0xfff) {
            ++lastMs;
            counter = 0;
        }
        return {lastMs, counter};
    }
};
} // namespace

QUuid newRowUuid()
{
    static Clock clock;
    const auto [ms, counter] = clock.next();
    std::array<char, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    bytes[6] = char(0x70 | (counter >> 8));
    bytes[7] = char(counter);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = char(random >> (56 - 8 * i));
    bytes[8] = char(0x80 | (bytes[8] & 0x3f)); // the RFC variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

} // namespace sf
