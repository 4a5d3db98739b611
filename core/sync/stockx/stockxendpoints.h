#pragma once

#include "domain/result.h"

#include <QUrl>

namespace sf {

// Where StockX is and how patiently we talk to it. The defaults are the real service; tests and the
// CLI point the URLs at any server that speaks the published API.
struct StockXEndpoints {
    QUrl apiUrl = QUrl(QStringLiteral("https://api.stockx.com/v2"));
    QUrl authUrl = QUrl(QStringLiteral("https://accounts.stockx.com"));
    int minIntervalMs = 1000; // StockX allows one request per second per client
    int timeoutMs = 30000;    // per transfer; a silent server ends the wait
    int maxAttempts = 5;      // for 429, 5xx, timeouts and broken bodies
    int backoffBaseMs = 2000; // doubled per attempt, plus up to 10 % jitter
    int backoffMaxMs = 60000;
    // A Retry-After longer than this is not waited for: the job stops and says when to try again.
    int longestWaitMs = 120000;
    // Shared by every process of this user so the limit holds across them (empty: this process alone).
    QString rateFile;

    // The rate file in the user's data folder, the same for the window and the CLI.
    static QString userRateFile();

    // An http:// address would carry the API key, the client secret and the tokens in clear text: only
    // this machine (the emulators) may be reached that way. The Error names the address.
    Status checkSecure() const;
};

} // namespace sf
