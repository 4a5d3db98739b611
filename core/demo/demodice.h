#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

namespace sf {

// The demo's random source: small integers, chances, version-4 UUIDs and codes from a pattern, all
// from one seeded generator, so a seed always gives the same data.
class DemoDice {
public:
    explicit DemoDice(quint32 seed)
        : m_rng(seed)
    {}
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    QUuid uuid()
    {
        quint64 hi = m_rng.generate64(), lo = m_rng.generate64();
        hi = (hi & ~quint64(0xF000)) | 0x4000;                      // version 4
        lo = (lo & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56); // RFC 4122 variant
        return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48), uchar(lo >> 40),
                     uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8), uchar(lo));
    }
    QString code(const QString &pattern)
    {
        QString out;
        for (QChar c : pattern) {
            if (c == u'A')
                out += QChar(u'A' + below(26));
            else if (c == u'9')
                out += QChar(u'0' + below(10));
            else
                out += c;
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace sf
