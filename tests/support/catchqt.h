#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &s) { return s.join(QStringLiteral(" ; ")).toStdString(); }
};
template <> struct StringMaker<sf::Money> {
    static std::string convert(const sf::Money &m)
    {
        return QString(m.toDecimalString() + u' ' + m.currency()).toStdString();
    }
};
template <> struct StringMaker<sf::Status> {
    static std::string convert(const sf::Status &s) { return s ? "ok" : s.error().toString().toStdString(); }
};
} // namespace Catch

inline sf::Money eur(const char *text)
{
    return *sf::Money::parse(QString::fromLatin1(text), QStringLiteral("EUR"));
}
