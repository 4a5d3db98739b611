#pragma once

#include "db/database.h"

namespace sf {

class SecretStore;

// Which Awin feeds to follow and where from; the data-feed key itself lives in the keychain
// (kKeySecret), or in SOLEFLIPPER_AWIN_KEY for cron and CI.
struct AwinSettings {
    QString baseUrl;
    QString language = QStringLiteral("de");
    QList<int> feedIds;       // empty: every joined feed of the language (or of the advertisers below)
    QList<int> advertiserIds; // empty: any advertiser

    static constexpr auto kKeySecret = "awin/datafeed-key";
    static constexpr auto kBaseUrlKey = "awin.base_url";
    static constexpr auto kLanguageKey = "awin.language";
    static constexpr auto kFeedIdsKey = "awin.feed_ids";
    static constexpr auto kAdvertiserIdsKey = "awin.advertiser_ids";

    static Result<AwinSettings> load(const Database &db);
    Status save(const Database &db) const;
    // The key: the environment's, else the keychain's.
    static void loadKey(SecretStore &secrets, std::function<void(Result<QString>)> done);
    static QList<int> parseIds(const QString &text); // "21293, 21294" (anything else is ignored)
    static QString joinIds(const QList<int> &ids, const QString &separator = QStringLiteral(", "));
};

} // namespace sf
