#include "textencoding.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// Windows-1252 code points for bytes 0x80-0x9F; 0 marks the five undefined bytes (kept as C1 controls).
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the UTF-8 sequence a lead byte starts, 0 for a continuation or invalid byte.
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Whether `data` is valid UTF-8, allowing a sequence cut off at the very end (a sample's edge).
bool isUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const int len = sequenceLength(p[i]);
        if (len == 0)
            return false;
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return true;
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += len;
    }
    return true;
}
} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return u"UTF-8"_s;
    case TextEncoding::Windows1252: return u"Windows-1252"_s;
    case TextEncoding::Latin1: return u"ISO-8859-1"_s;
    }
    return {};
}

TextEncoding detectEncoding(const QByteArray &sample, bool *hasBom)
{
    const bool bom = sample.startsWith("\xEF\xBB\xBF");
    if (hasBom)
        *hasBom = bom;
    return bom || isUtf8(sample) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{}

QString TextDecoder::decode(const QByteArray &chunk)
{
    if (m_encoding != TextEncoding::Utf8) {
        QString out(chunk.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const uchar b = uchar(chunk.at(i));
            const bool high =
                m_encoding == TextEncoding::Windows1252 && b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80];
            out[i] = high ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
        }
        return out;
    }
    QByteArray data = m_pending + chunk;
    m_pending.clear();
    // Keep back a trailing incomplete sequence for the next chunk.
    qsizetype cut = data.size();
    for (qsizetype back = 1; back <= 3 && back <= data.size(); ++back) {
        const uchar b = uchar(data.at(data.size() - back));
        if ((b & 0xC0) == 0x80)
            continue;
        const int len = sequenceLength(b);
        if (len > back)
            cut = data.size() - back;
        break;
    }
    m_pending = data.mid(cut);
    data.truncate(cut);
    const QString text = QString::fromUtf8(data);
    if (!isUtf8(data))
        m_errors = true;
    return text;
}

} // namespace sf
