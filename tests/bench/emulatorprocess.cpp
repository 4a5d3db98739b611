#include "emulatorprocess.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf::bench {

bool EmulatorProcess::start(int orders, int listings, bool rateLimit)
{
    QStringList arguments{u"--orders"_s, QString::number(orders), u"--listings"_s, QString::number(listings)};
    if (!rateLimit)
        arguments << u"--no-rate-limit"_s;
    process.start(QStringLiteral(SF_EMULATOR_PATH), arguments);
    QByteArray banner;
    while (!banner.contains("refresh token:") || !banner.endsWith('\n')) {
        if (!process.waitForReadyRead(60000))
            return false;
        banner += process.readAllStandardOutput();
    }
    const auto value = [&](const char *label) {
        const QRegularExpression line(QString::fromLatin1(label) + u":\\s*(\\S+)"_s);
        return line.match(QString::fromUtf8(banner)).captured(1);
    };
    endpoints.apiUrl = QUrl(value("API"));
    endpoints.authUrl = QUrl(value("auth"));
    endpoints.minIntervalMs = rateLimit ? 1000 : 0;
    credentials = {value("API key"), value("client id"), value("client secret"), value("refresh token")};
    return credentials.complete();
}

EmulatorProcess::~EmulatorProcess()
{
    process.kill();
    process.waitForFinished();
}

} // namespace sf::bench
