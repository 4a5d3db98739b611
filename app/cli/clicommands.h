#pragma once

#include <QStringList>

namespace sf::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitDatabase = 3 };

struct Options {
    QStringList command;
    QString database;
    QString items;
    QString seed;
    QStringList statuses;
    QString format;
    QString search;
};

int run(const Options &options);

} // namespace sf::cli
