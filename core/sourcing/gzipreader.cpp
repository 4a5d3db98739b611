#include "gzipreader.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr qint64 kChunk = 1 << 18;
constexpr int kGzipWindow = 16 + MAX_WBITS; // zlib: a gzip header and trailer around the deflate stream
} // namespace

GzipReader::GzipReader(QIODevice &source)
    : m_source(source)
    , m_zs(std::make_unique<z_stream_s>())
{
    const QByteArray magic = m_source.peek(2);
    m_gzip = magic.size() == 2 && uchar(magic.at(0)) == 0x1f && uchar(magic.at(1)) == 0x8b;
    if (m_gzip && inflateInit2(m_zs.get(), kGzipWindow) != Z_OK)
        m_problem = QCoreApplication::translate("Gzip", "The decompressor could not start.");
    open(QIODevice::ReadOnly);
}

GzipReader::~GzipReader()
{
    if (m_gzip)
        inflateEnd(m_zs.get());
}

bool GzipReader::refill()
{
    if (m_sourceDone)
        return false;
    m_input = m_source.read(kChunk);
    if (m_input.isEmpty()) {
        m_sourceDone = true;
        return false;
    }
    m_sourceRead += m_input.size();
    m_zs->next_in = reinterpret_cast<Bytef *>(m_input.data());
    m_zs->avail_in = uInt(m_input.size());
    return true;
}

qint64 GzipReader::readData(char *data, qint64 maxSize)
{
    if (!m_problem.isEmpty())
        return -1;
    if (!m_gzip) {
        const qint64 n = m_source.read(data, maxSize);
        m_sourceRead += std::max<qint64>(n, 0);
        return n;
    }
    m_zs->next_out = reinterpret_cast<Bytef *>(data);
    m_zs->avail_out = uInt(std::min<qint64>(maxSize, kChunk));
    const uInt wanted = m_zs->avail_out;
    while (m_zs->avail_out == wanted) {
        if (m_zs->avail_in == 0 && !refill()) {
            if (!m_streamEnded)
                m_problem = QCoreApplication::translate("Gzip", "The file ends in the middle of its gzip stream: "
                                                                "the download was cut short.");
            return m_streamEnded ? 0 : -1;
        }
        if (m_streamEnded) { // another gzip member follows the one that ended
            inflateReset(m_zs.get());
            m_streamEnded = false;
        }
        const int rc = inflate(m_zs.get(), Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            m_streamEnded = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_problem = QCoreApplication::translate("Gzip", "The gzip data is corrupt (%1).")
                            .arg(QString::fromLatin1(m_zs->msg ? m_zs->msg : "zlib"));
            return -1;
        }
    }
    return qint64(wanted - m_zs->avail_out);
}

Status GzipReader::verify(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"gzip.open"_s, file.errorString(), path};
    GzipReader reader(file);
    QByteArray sink(int(kChunk), Qt::Uninitialized);
    while (reader.read(sink.data(), sink.size()) > 0) {
    }
    if (reader.failed())
        return Error{u"gzip.corrupt"_s, reader.problem(), path};
    return {};
}

} // namespace sf
