#include "awinfeedclient.h"

#include "awinsettings.h"
#include "imports/csv/csvreader.h"
#include "sourcing/awinfeedparser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sf {

AwinFeedClient::AwinFeedClient(QNetworkAccessManager &network, QString baseUrl, QString key, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_key(std::move(key))
{
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

AwinFeedClient::~AwinFeedClient()
{
    cancel();
}

void AwinFeedClient::cancel()
{
    if (m_reply)
        m_reply->abort();
}

QString AwinFeedClient::listUrl() const
{
    return m_baseUrl + u"/datafeed/list/apikey/"_s + m_key;
}

QString AwinFeedClient::downloadUrl(const AwinDownloadRequest &request) const
{
    QString url = m_baseUrl + u"/datafeed/download/apikey/"_s + m_key + u"/language/"_s + request.language;
    if (!request.feedIds.isEmpty())
        url += u"/fid/"_s + AwinSettings::joinIds(request.feedIds, u","_s);
    if (!request.advertiserIds.isEmpty())
        url += u"/bid/"_s + AwinSettings::joinIds(request.advertiserIds, u","_s);
    if (!request.categoryIds.isEmpty())
        url += u"/cid/"_s + AwinSettings::joinIds(request.categoryIds, u","_s);
    return url + u"/columns/"_s + AwinFeedParser::requestedColumns().join(u',') +
           u"/format/csv/delimiter/%2C/compression/gzip/adultcontent/1/"_s;
}

QNetworkReply *AwinFeedClient::get(const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(m_stallTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network.get(request);
    return m_reply;
}

std::optional<Error> AwinFeedClient::failure(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Awin's key is in the path: the context names the host only.
    const QString where = reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    if (status == 200 && reply->error() == QNetworkReply::NoError)
        return std::nullopt;
    if (status == 0)
        return Error{
            u"awin.network"_s,
            QCoreApplication::translate("AwinFeedClient", "Awin could not be reached: %1").arg(reply->errorString()),
            where};
    const QString text = QString::fromUtf8(body.left(400)).trimmed();
    const QString message =
        status == 401 || status == 403
            ? QCoreApplication::translate("AwinFeedClient", "Awin refused the data feed key (HTTP %1: %2). Check the "
                                                            "key in Settings; it is not the Publisher API token.")
        : status == 429 ? QCoreApplication::translate("AwinFeedClient", "Awin is throttling downloads (HTTP %1: "
                                                                        "%2). At most 5 run at once and each "
                                                                        "feed 5 times an hour; try later.")
                        : QCoreApplication::translate("AwinFeedClient", "Awin answered HTTP %1: %2");
    return Error{status == 429 ? u"awin.throttled"_s : u"awin.http"_s, message.arg(status).arg(text), where};
}

void AwinFeedClient::fetchList(std::function<void(Result<QList<AwinFeed>>)> done)
{
    QNetworkReply *reply = get(listUrl());
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (const auto error = failure(reply, body)) {
            done(*error);
            return;
        }
        QBuffer buffer;
        buffer.setData(body);
        buffer.open(QIODevice::ReadOnly);
        done(parseList(buffer));
    });
}

void AwinFeedClient::download(const AwinDownloadRequest &request, std::function<void(Result<QString>)> done)
{
    auto file = std::make_shared<QTemporaryFile>(QDir::tempPath() + u"/soleflipper-awin-XXXXXX.csv.gz"_s);
    if (!file->open()) {
        done(Error{u"awin.tempfile"_s, file->errorString(), QDir::tempPath()});
        return;
    }
    QNetworkReply *reply = get(downloadUrl(request));
    reply->setReadBufferSize(1 << 20);
    auto failed = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, file, failed] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 || *failed)
            return; // an error body is read whole at the end
        const QByteArray chunk = reply->readAll();
        if (file->write(chunk) != chunk.size())
            *failed = true;
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &AwinFeedClient::downloadProgress);
    connect(reply, &QNetworkReply::finished, this, [reply, file, failed, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray rest = reply->readAll();
        if (const auto error = failure(reply, rest)) {
            done(*error);
            return;
        }
        if (file->write(rest) != rest.size() || *failed || !file->flush()) {
            done(Error{u"awin.tempfile"_s,
                       QCoreApplication::translate("AwinFeedClient", "The download could not be written: %1")
                           .arg(file->errorString()),
                       file->fileName()});
            return;
        }
        file->setAutoRemove(false);
        file->close();
        done(file->fileName());
    });
}

Result<QList<AwinFeed>> AwinFeedClient::parseList(QIODevice &csv)
{
    CsvReader reader(csv, TextEncoding::Utf8, u',');
    CsvRecord record;
    if (!reader.next(record))
        return Error{u"awin.list"_s, QCoreApplication::translate("AwinFeedClient", "The feed list is empty."), {}};
    QHash<QString, int> column;
    for (int i = 0; i < record.fields.size(); ++i)
        column.insert(record.fields.at(i).trimmed(), i);
    if (!column.contains(u"Feed ID"_s))
        return Error{u"awin.list"_s,
                     QCoreApplication::translate("AwinFeedClient", "The feed list has no \"Feed ID\" column."),
                     {}};
    QList<AwinFeed> feeds;
    while (reader.next(record)) {
        const auto field = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        bool ok = false;
        AwinFeed f;
        f.feedId = field(u"Feed ID"_s).toInt(&ok);
        if (!ok)
            continue; // a list row without a feed id names nothing that can be downloaded
        f.advertiserId = field(u"Advertiser ID"_s).toInt();
        f.advertiserName = field(u"Advertiser Name"_s);
        f.feedName = field(u"Feed Name"_s);
        f.language = field(u"Language"_s);
        f.membershipStatus = field(u"Membership Status"_s);
        f.productsListed = field(u"No of products"_s).toInt();
        f.listedAt = QDateTime::fromString(field(u"Last Imported"_s), u"yyyy-MM-dd HH:mm:ss"_s);
        f.listedAt.setTimeZone(QTimeZone::utc());
        feeds.append(f);
    }
    return feeds;
}

} // namespace sf
