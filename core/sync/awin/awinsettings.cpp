#include "awinsettings.h"

#include "awinfeedclient.h"
#include "db/systemconfig.h"
#include "secrets/secretstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

QString AwinSettings::joinIds(const QList<int> &ids, const QString &separator)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return parts.join(separator);
}

QList<int> AwinSettings::parseIds(const QString &text)
{
    QList<int> ids;
    for (const QString &part : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.toInt(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

Result<AwinSettings> AwinSettings::load(const Database &db)
{
    const SystemConfig config(db);
    AwinSettings s;
    const auto read = [&](const char *key, QString fallback) -> Result<QString> {
        const auto value = config.value(QString::fromLatin1(key));
        if (!value)
            return value.error();
        return value.value().value_or(fallback);
    };
    const auto base = read(kBaseUrlKey, QString::fromLatin1(AwinFeedClient::kDefaultBaseUrl));
    const auto language = read(kLanguageKey, u"de"_s);
    const auto feeds = read(kFeedIdsKey, {});
    const auto advertisers = read(kAdvertiserIdsKey, {});
    for (const auto *r : {&base, &language, &feeds, &advertisers})
        if (!*r)
            return r->error();
    s.baseUrl = base.value();
    s.language = language.value();
    s.feedIds = parseIds(feeds.value());
    s.advertiserIds = parseIds(advertisers.value());
    return s;
}

Status AwinSettings::save(const Database &db) const
{
    const SystemConfig config(db);
    const QList<std::pair<const char *, QString>> values{{kBaseUrlKey, baseUrl},
                                                         {kLanguageKey, language},
                                                         {kFeedIdsKey, joinIds(feedIds)},
                                                         {kAdvertiserIdsKey, joinIds(advertiserIds)}};
    for (const auto &[key, value] : values)
        if (Status s = config.setValue(QString::fromLatin1(key), value); !s)
            return s;
    return {};
}

void AwinSettings::loadKey(SecretStore &secrets, std::function<void(Result<QString>)> done)
{
    const QString fromEnvironment = qEnvironmentVariable("SOLEFLIPPER_AWIN_KEY");
    if (!fromEnvironment.isEmpty()) {
        done(fromEnvironment);
        return;
    }
    secrets.read(QString::fromLatin1(kKeySecret), std::move(done));
}

} // namespace sf
