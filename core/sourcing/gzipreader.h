#pragma once

#include "domain/result.h"

#include <QIODevice>

#include <memory>

struct z_stream_s;

namespace sf {

// The plain bytes of a gzip file, read incrementally from an open device (zlib, so memory stays flat in
// the file's size); several gzip members one after another read as one stream, and input that is not
// gzip at all passes through unchanged. Input that ends inside a gzip stream, or is corrupt, ends the
// reading with an error the caller can ask for: a truncated download must never pass for a short feed.
class GzipReader final : public QIODevice {
public:
    explicit GzipReader(QIODevice &source);
    ~GzipReader() override;

    bool isSequential() const override { return true; }
    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    qint64 compressedBytesRead() const { return m_sourceRead; }

    // Reads a whole file through the reader: whether it ends where its gzip stream says it ends.
    static Status verify(const QString &path);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool refill();

    QIODevice &m_source;
    std::unique_ptr<z_stream_s> m_zs;
    QByteArray m_input;
    qint64 m_sourceRead = 0;
    bool m_gzip = false;
    bool m_sourceDone = false;
    bool m_streamEnded = false;
    QString m_problem;
};

} // namespace sf
