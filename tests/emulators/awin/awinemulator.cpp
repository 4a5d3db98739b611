#include "awinemulator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QUrl>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace sf::emu {

namespace {

QList<int> intList(const QString &text, bool &ok)
{
    QList<int> values;
    ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        values.append(part.toInt(&ok));
        if (!ok)
            return {};
    }
    return values;
}

QString listTime(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

AwinEmulator::AwinEmulator(const AwinEmulatorOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
{
    m_clock.start();
}

AwinEmulator::~AwinEmulator() = default;

quint16 AwinEmulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString AwinEmulator::baseUrl() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_port);
}

QDateTime AwinEmulator::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

AwinFeedSpec &AwinEmulator::addFeed(AwinFeedSpec feed)
{
    if (!feed.lastImported.isValid())
        feed.lastImported = now().addSecs(-3600);
    m_feeds.append(std::move(feed));
    return m_feeds.last();
}

AwinFeedSpec *AwinEmulator::feed(int feedId)
{
    for (AwinFeedSpec &f : m_feeds)
        if (f.feedId == feedId)
            return &f;
    return nullptr;
}

void AwinEmulator::updateFeed(int feedId)
{
    if (AwinFeedSpec *f = feed(feedId)) {
        ++f->revision;
        f->lastImported = std::max(now(), f->lastImported.addSecs(1));
    }
}

bool AwinEmulator::takeFault(AwinFault fault)
{
    return m_faults.removeOne(fault);
}

QString AwinEmulator::downloadUrl(const QList<int> &feedIds) const
{
    QStringList ids;
    for (int id : feedIds)
        ids << QString::number(id);
    return baseUrl() + u"/datafeed/download/apikey/"_s + m_options.key + u"/language/de/fid/"_s + ids.join(u',') +
           u"/columns/"_s + AwinFeedGenerator::columns().join(u',') +
           u"/format/csv/delimiter/%2C/compression/gzip/adultcontent/1/"_s;
}

void AwinEmulator::sendText(QTcpSocket *socket, const QHttpServerRequest &request, int status, const QByteArray &text)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(text, "text/plain; charset=utf-8", QHttpServerResponder::StatusCode(status));
}

void AwinEmulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    sendText(socket, request, 404, "Not found");
}

bool AwinEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QStringList segments = request.url().path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 4 || segments.at(0) != u"datafeed"_s || segments.at(2) != u"apikey"_s)
        return false;
    if (segments.at(3) != m_options.key || takeFault(AwinFault::WrongKey)) {
        sendText(socket, request, 403, "Invalid datafeed API key.");
        return true;
    }
    if (segments.at(1) == u"list"_s && segments.size() == 4)
        feedList(request, socket);
    else if (segments.at(1) == u"download"_s)
        download(request, socket, segments.mid(4));
    else
        return false;
    return true;
}

void AwinEmulator::feedList(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QByteArray csv = "Advertiser ID,Advertiser Name,Primary Region,Membership Status,Feed ID,Feed Name,Language,"
                     "Vertical,Last Imported,Last Checked,No of products,URL\n";
    for (const AwinFeedSpec &f : std::as_const(m_feeds)) {
        int products = 0;
        for (int row = 0; row < f.rows; ++row)
            products += AwinFeedGenerator::present(f, row) ? 1 : 0;
        csv += AwinFeedGenerator::csvLine(
            {QString::number(f.advertiserId), f.advertiserName, u"DE"_s, u"Joined"_s, QString::number(f.feedId),
             u"Default"_s, f.language == u"de"_s ? u"German"_s : u"English"_s, QString(), listTime(f.lastImported),
             listTime(now()), QString::number(products), downloadUrl({f.feedId})});
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(csv, "text/csv; charset=utf-8");
}

std::optional<QString> AwinEmulator::parseSelection(const QStringList &segments, Selection &selection) const
{
    for (int i = 0; i < AwinFeedGenerator::columns().size(); ++i)
        selection.columnIndexes.append(i);
    for (qsizetype i = 0; i + 1 < segments.size(); i += 2) {
        const QString name = segments.at(i);
        const QString value = QUrl::fromPercentEncoding(segments.at(i + 1).toUtf8());
        bool ok = true;
        if (name == u"language"_s) {
            selection.language = value;
        } else if (name == u"fid"_s) {
            selection.feedIds = intList(value, ok);
        } else if (name == u"bid"_s) {
            selection.advertiserIds = intList(value, ok);
        } else if (name == u"cid"_s) {
            selection.categoryIds = intList(value, ok);
        } else if (name == u"columns"_s) {
            selection.columnIndexes.clear();
            for (const QString &column : value.split(u',', Qt::SkipEmptyParts)) {
                const qsizetype index = AwinFeedGenerator::columns().indexOf(column);
                if (index < 0)
                    return u"Unknown column: "_s + column;
                selection.columnIndexes.append(int(index));
            }
        } else if (name == u"format"_s) {
            ok = value == u"csv"_s;
        } else if (name == u"delimiter"_s) {
            ok = value == u","_s;
        } else if (name == u"compression"_s) {
            ok = value == u"gzip"_s;
        } else if (name == u"adultcontent"_s) {
            ok = value == u"0"_s || value == u"1"_s; // the generated shops sell no adult content either way
        } else {
            return u"Unknown parameter: "_s + name;
        }
        if (!ok)
            return u"Bad value for "_s + name + u": "_s + value;
    }
    if (segments.size() % 2 != 0)
        return u"Parameter without a value: "_s + segments.last();
    if (selection.columnIndexes.isEmpty())
        return u"No columns requested"_s;
    return std::nullopt;
}

QList<const AwinFeedSpec *> AwinEmulator::feedsOf(const Selection &selection) const
{
    QList<const AwinFeedSpec *> feeds;
    for (const AwinFeedSpec &f : m_feeds) {
        if (!selection.language.isEmpty() && f.language != selection.language)
            continue;
        if (!selection.feedIds.isEmpty() && !selection.feedIds.contains(f.feedId))
            continue;
        if (!selection.advertiserIds.isEmpty() && !selection.advertiserIds.contains(f.advertiserId))
            continue;
        feeds.append(&f);
    }
    return feeds;
}

QString AwinEmulator::throttled(const QList<const AwinFeedSpec *> &feeds)
{
    if (!m_options.throttle)
        return {};
    if (m_inFlight >= m_options.maxParallel)
        return u"Too many parallel downloads: at most %1 at a time."_s.arg(m_options.maxParallel);
    const qint64 nowS = now().toSecsSinceEpoch();
    for (const AwinFeedSpec *f : feeds) {
        std::deque<qint64> &times = m_downloadTimes[f->feedId];
        while (!times.empty() && times.front() <= nowS - 3600)
            times.pop_front();
        if (int(times.size()) >= m_options.maxPerFeedPerHour)
            return u"Feed %1 was downloaded %2 times in the last hour; try again later."_s.arg(f->feedId).arg(
                times.size());
    }
    for (const AwinFeedSpec *f : feeds)
        m_downloadTimes[f->feedId].push_back(nowS);
    return {};
}

QString AwinEmulator::gzipFile(const Selection &selection, const QList<const AwinFeedSpec *> &feeds)
{
    QStringList keyParts{selection.language, QString::number(m_badRowEvery)};
    for (int c : selection.columnIndexes)
        keyParts << QString::number(c);
    for (int c : selection.categoryIds)
        keyParts << u'c' + QString::number(c);
    for (const AwinFeedSpec *f : feeds)
        keyParts << u"f%1r%2n%3"_s.arg(f->feedId).arg(f->revision).arg(f->rows);
    const QString key =
        QString::fromLatin1(QCryptographicHash::hash(keyParts.join(u'/').toUtf8(), QCryptographicHash::Sha1).toHex());
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;

    const QString path = m_cacheDir.filePath(key + u".csv.gz"_s);
    gzFile out = gzopen(QFile::encodeName(path).constData(),
                        QByteArray("wb" + QByteArray::number(m_options.gzipLevel)).constData());
    if (!out)
        return {};
    gzbuffer(out, 1 << 18);
    QStringList header;
    for (int c : selection.columnIndexes)
        header << AwinFeedGenerator::columns().at(c);
    QByteArray chunk = AwinFeedGenerator::csvLine(header);
    int written = 0;
    for (const AwinFeedSpec *f : feeds) {
        for (int row = 0; row < f->rows; ++row) {
            if (!AwinFeedGenerator::present(*f, row))
                continue;
            if (!selection.categoryIds.isEmpty() &&
                !selection.categoryIds.contains(AwinFeedGenerator::categoryId(AwinFeedGenerator::modelOf(*f, row))))
                continue;
            ++written;
            const bool bad = m_badRowEvery > 0 && written % m_badRowEvery == 0;
            const QStringList all = AwinFeedGenerator::row(*f, row, bad);
            QStringList fields;
            for (int c : selection.columnIndexes)
                if (c < all.size())
                    fields << all.at(c);
            chunk += AwinFeedGenerator::csvLine(fields);
            if (chunk.size() > (1 << 20)) {
                gzwrite(out, chunk.constData(), unsigned(chunk.size()));
                chunk.clear();
            }
        }
    }
    gzwrite(out, chunk.constData(), unsigned(chunk.size()));
    gzclose(out);
    m_cache.insert(key, path);
    return path;
}

QString AwinEmulator::prepare(const QList<int> &feedIds)
{
    Selection selection;
    selection.language = u"de"_s;
    selection.feedIds = feedIds;
    for (int i = 0; i < AwinFeedGenerator::columns().size(); ++i)
        selection.columnIndexes.append(i);
    return gzipFile(selection, feedsOf(selection));
}

void AwinEmulator::download(const QHttpServerRequest &request, QTcpSocket *socket, const QStringList &segments)
{
    Selection selection;
    if (const auto problem = parseSelection(segments, selection)) {
        sendText(socket, request, 400, problem->toUtf8());
        return;
    }
    const QList<const AwinFeedSpec *> feeds = feedsOf(selection);
    if (feeds.isEmpty()) {
        sendText(socket, request, 404, "No feed matches the selection.");
        return;
    }
    if (const QString refusal = throttled(feeds); !refusal.isEmpty()) {
        ++m_refusals;
        sendText(socket, request, m_options.throttleStatus, refusal.toUtf8());
        return;
    }
    const QString path = gzipFile(selection, feeds);
    auto file = std::make_unique<QFile>(path);
    if (path.isEmpty() || !file->open(QIODevice::ReadOnly)) {
        sendText(socket, request, 500, "The feed could not be written.");
        return;
    }
    ++m_downloadsServed;
    QHttpServerResponder responder = makeResponder(request, socket);
    // The body is a gzip file, not a gzip-encoded response: no Content-Encoding, as Awin serves it.
    const QHttpServerResponder::HeaderList headers{{"Content-Type", "application/x-gzip"},
                                                   {"Content-Disposition", "attachment; filename=datafeed.csv.gz"}};
    if (takeFault(AwinFault::TruncatedGzip)) {
        const QByteArray whole = file->readAll();
        responder.write(whole.left(whole.size() / 2), headers);
        return;
    }
    ++m_inFlight;
    connect(file.get(), &QObject::destroyed, this, [this] { --m_inFlight; });
    responder.write(file.release(), headers);
}

} // namespace sf::emu
