#pragma once

#include "awinimportreport.h"
#include "awinoffer.h"
#include "domain/result.h"

#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace sf {

// A chunk of parsed feed rows and what was noted while reading them.
struct AwinFeedChunk {
    QList<AwinOffer> offers;
    AwinImportReport notes;     // rows, rejected, flagged, their notes, the feeds seen
    QStringList rejectedIds;    // rows refused with an id: the feed still has them
    qint64 compressedBytes = 0; // of the file, read so far
};

// Reads an Awin feed file (.csv or .csv.gz) on a thread of its own: gunzip, CSV, offers, in chunks of
// `chunkRows`. It runs at most two chunks ahead of the one being stored, so parsing and writing overlap
// and memory stays bounded whatever the feed size. Destroying it stops the thread.
class AwinFeedReader {
public:
    AwinFeedReader(QString path, int chunkRows);
    ~AwinFeedReader();
    AwinFeedReader(const AwinFeedReader &) = delete;
    AwinFeedReader &operator=(const AwinFeedReader &) = delete;

    // The next chunk, waiting for it; nothing after the last; an error when the file cannot be read.
    Result<std::optional<AwinFeedChunk>> next();

private:
    static constexpr std::size_t kChunksAhead = 2;

    void read();
    // Hands a chunk (or the end, or an error) to next(); false when the reader is being destroyed.
    bool hand(Result<std::optional<AwinFeedChunk>> item);

    const QString m_path;
    const int m_chunkRows;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result<std::optional<AwinFeedChunk>>> m_ready;
    bool m_stopping = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace sf
