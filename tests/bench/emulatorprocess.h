#pragma once

#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxendpoints.h"

#include <QProcess>

namespace sf::bench {

// The standalone StockX emulator in its own process (so serving requests costs this process nothing),
// seeded with orders and listings; its banner gives the addresses and credentials.
struct EmulatorProcess {
    QProcess process;
    StockXEndpoints endpoints;
    StockXCredentials credentials;

    bool start(int orders, int listings, bool rateLimit);
    ~EmulatorProcess();
};

} // namespace sf::bench
