#pragma once

#include "awinfeedgenerator.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <deque>

namespace sf::emu {

struct AwinEmulatorOptions {
    QString key = QStringLiteral("sf-awin-feed-key");
    bool throttle = true;
    int maxParallel = 5;       // Awin: more than 5 downloads at once are blocked
    int maxPerFeedPerHour = 5; // and the same feed more than 5 times an hour
    int throttleStatus = 429;  // Awin does not document its status; a client must treat any non-200 as failure
    int gzipLevel = 6;
};

enum class AwinFault {
    TruncatedGzip, // the next download stops halfway through the gzip stream (the HTTP reply itself is whole)
    WrongKey,      // the next request is refused as if its key were wrong
};

// Awin's product-data service (productdata.awin.com) as one HTTP server on loopback, following the
// conformance list of protocols.md §2.7: the feed list CSV, feed downloads with path-segment parameters in
// any order, the key checked, `columns`/`fid`/`bid`/`cid`/`language`/`adultcontent` honoured, the body a
// gzip file served without Content-Encoding, throttling, and fault switches. Generated feeds are written
// to a gzip file once per selection and streamed from disk, so a 2 000 000-row feed costs no memory.
class AwinEmulator final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinEmulator)

public:
    explicit AwinEmulator(const AwinEmulatorOptions &options = {}, QObject *parent = nullptr);
    ~AwinEmulator() override;

    quint16 start(quint16 port = 0);
    QString baseUrl() const; // http://127.0.0.1:<port>
    AwinEmulatorOptions &options() { return m_options; }

    AwinFeedSpec &addFeed(AwinFeedSpec feed);
    AwinFeedSpec *feed(int feedId);
    // The advertiser updated the feed: a new revision and a new "Last Imported".
    void updateFeed(int feedId);
    void injectFault(AwinFault fault) { m_faults.push_back(fault); }
    void setBadRowEvery(int rows) { m_badRowEvery = rows; } // 0: every row is well-formed
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    // The download URL of the given feeds with every column, as the app builds it.
    QString downloadUrl(const QList<int> &feedIds) const;
    // Writes the gzip file of these feeds ahead of time (a benchmark should not time the generation).
    QString prepare(const QList<int> &feedIds);
    int downloadsServed() const { return m_downloadsServed; }
    int refusals() const { return m_refusals; }
    int downloadsInFlight() const { return m_inFlight; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Selection {
        QString language;
        QList<int> feedIds;       // empty: any
        QList<int> advertiserIds; // empty: any
        QList<int> categoryIds;   // empty: any
        QList<int> columnIndexes; // into AwinFeedGenerator::columns(), in output order
    };

    void sendText(QTcpSocket *socket, const QHttpServerRequest &request, int status, const QByteArray &text);
    void feedList(const QHttpServerRequest &request, QTcpSocket *socket);
    void download(const QHttpServerRequest &request, QTcpSocket *socket, const QStringList &segments);
    std::optional<QString> parseSelection(const QStringList &segments, Selection &selection) const;
    QList<const AwinFeedSpec *> feedsOf(const Selection &selection) const;
    QString throttled(const QList<const AwinFeedSpec *> &feeds);
    QString gzipFile(const Selection &selection, const QList<const AwinFeedSpec *> &feeds);
    QDateTime now() const;
    bool takeFault(AwinFault fault);

    AwinEmulatorOptions m_options;
    QList<AwinFeedSpec> m_feeds;
    quint16 m_port = 0;
    QTemporaryDir m_cacheDir;
    QHash<QString, QString> m_cache; // selection + revisions -> gzip file
    QElapsedTimer m_clock;
    qint64 m_clockOffset = 0;
    QHash<int, std::deque<qint64>> m_downloadTimes; // feed -> seconds of its recent downloads
    QList<AwinFault> m_faults;
    int m_badRowEvery = 0;
    int m_inFlight = 0;
    int m_downloadsServed = 0;
    int m_refusals = 0;
};

} // namespace sf::emu
