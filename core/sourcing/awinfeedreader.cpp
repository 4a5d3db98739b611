#include "awinfeedreader.h"

#include "awinfeedparser.h"
#include "gzipreader.h"
#include "imports/csv/csvreader.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace sf {

AwinFeedReader::AwinFeedReader(QString path, int chunkRows)
    : m_path(std::move(path))
    , m_chunkRows(qMax(1, chunkRows))
    , m_thread([this] { read(); })
{}

AwinFeedReader::~AwinFeedReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

Result<std::optional<AwinFeedChunk>> AwinFeedReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    // The end and an error stay queued, so asking again gives the same answer.
    if (!m_ready.front() || !m_ready.front().value())
        return m_ready.front();
    Result<std::optional<AwinFeedChunk>> item = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return item;
}

bool AwinFeedReader::hand(Result<std::optional<AwinFeedChunk>> item)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < kChunksAhead; });
    if (m_stopping)
        return false;
    m_ready.push_back(std::move(item));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void AwinFeedReader::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        hand(Error{u"awin.open"_s, file.errorString(), m_path});
        return;
    }
    GzipReader plain(file);
    CsvReader reader(plain, TextEncoding::Utf8, u',');
    AwinFeedParser parser;
    CsvRecord record;
    if (!reader.next(record)) {
        hand(Error{u"awin.empty"_s, QCoreApplication::translate("AwinImport", "The feed is empty."), m_path});
        return;
    }
    if (Status header = parser.readHeader(record.fields); !header) {
        hand(Error{header.error().code, header.error().message, m_path + u", "_s + header.error().context});
        return;
    }
    AwinFeedChunk chunk;
    const auto handChunk = [&] {
        chunk.compressedBytes = plain.compressedBytesRead();
        return hand(std::optional(std::exchange(chunk, {})));
    };
    while (reader.next(record)) {
        ++chunk.notes.rows;
        auto parsed = parser.parse(record);
        if (auto *why = std::get_if<QString>(&parsed)) {
            const QString id = parser.idOf(record);
            if (!id.isEmpty())
                chunk.rejectedIds << id;
            chunk.notes.reject({record.line, id, *why});
            continue;
        }
        AwinOffer &offer = std::get<AwinOffer>(parsed);
        if (!offer.flags.isEmpty())
            chunk.notes.flag({offer.line, offer.awinProductId, offer.flags.join(u"; "_s)});
        if (offer.dataFeedId)
            chunk.notes.feeds.insert(*offer.dataFeedId);
        chunk.offers.append(std::move(offer));
        if (chunk.offers.size() >= m_chunkRows && !handChunk())
            return;
    }
    if (chunk.notes.rows > 0 && !handChunk())
        return;
    if (plain.failed())
        hand(Error{u"gzip.corrupt"_s, plain.problem(), m_path});
    else
        hand(std::optional<AwinFeedChunk>());
}

} // namespace sf
