#pragma once

#include "domain/result.h"
#include "sourcing/awinfeed.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace sf {

struct AwinDownloadRequest {
    QString language = QStringLiteral("de");
    QList<int> feedIds;
    QList<int> advertiserIds;
    QList<int> categoryIds;
};

// Awin's product-data service: the feed list and feed downloads (protocols.md §2.2–2.3). A download is
// streamed into a temporary file as it arrives, never held in memory; its path is handed over (the
// caller removes the file). Any status but 200 is a failure whose message is the server's text. A
// transfer that stalls for `stallTimeoutMs` is abandoned.
class AwinFeedClient final : public QObject {
    Q_OBJECT

public:
    static constexpr auto kDefaultBaseUrl = "https://productdata.awin.com";

    AwinFeedClient(QNetworkAccessManager &network, QString baseUrl, QString key, QObject *parent = nullptr);
    ~AwinFeedClient() override;

    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    void fetchList(std::function<void(Result<QList<AwinFeed>>)> done);
    void download(const AwinDownloadRequest &request, std::function<void(Result<QString>)> done);
    void cancel();

    QString listUrl() const;
    QString downloadUrl(const AwinDownloadRequest &request) const;
    static Result<QList<AwinFeed>> parseList(QIODevice &csv);

Q_SIGNALS:
    void downloadProgress(qint64 received, qint64 total);

private:
    QNetworkReply *get(const QString &url);
    static std::optional<Error> failure(QNetworkReply *reply, const QByteArray &body);

    QNetworkAccessManager &m_network;
    QString m_baseUrl;
    QString m_key;
    int m_stallTimeoutMs = 60000;
    QPointer<QNetworkReply> m_reply;
};

} // namespace sf
