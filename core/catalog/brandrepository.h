#pragma once

#include "brand.h"
#include "brandpattern.h"
#include "brandusage.h"
#include "db/database.h"

#include <QList>
#include <optional>

namespace sf {

class BrandRepository {
public:
    explicit BrandRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Brand>> all() const;
    Result<std::optional<Brand>> findByName(const QString &name) const;
    Result<Brand> create(const QString &name) const;
    Result<Brand> findOrCreate(const QString &name) const;
    Status rename(const BrandId &id, const QString &name) const;
    Status remove(const BrandId &id) const;
    // The brand whose pattern (keyword: a case-insensitive substring; regex: a case-insensitive search)
    // occurs in an item name ("Air Jordan 1 High" -> Jordan); lower priority numbers win, then the older
    // pattern, as in the original system.
    Result<std::optional<Brand>> matchItemName(const QString &itemName) const;
    // Every pattern, in the order matchItemName() tries them.
    Result<QList<BrandPattern>> patterns() const;
    // The brand of the first of `patterns` that occurs in `itemName`.
    static std::optional<Brand> firstMatch(const QList<BrandPattern> &patterns, const QString &itemName);
    // matchItemName, else the brand the name starts with, created if new ("Telfar Shopping Bag" -> Telfar).
    // The original took two capitalised words, which on StockX's title-case names made brands such as
    // "Telfar Shopping"; one word is right far more often. Empty for a name without a word.
    Result<std::optional<Brand>> detect(const QString &itemName) const;

    // Every brand with its products, pairs and patterns, by name.
    Result<QList<BrandUsage>> usage() const;
    // Refuses a name another brand already has (merging is the way to join two brands).
    Status renameTo(const BrandId &id, const QString &name) const;
    // Moves `from`'s products, patterns, price rules and multipliers to `into` and removes `from`; names
    // that start with `from`'s name find `into` from then on. One transaction.
    Status merge(const BrandId &from, const BrandId &into) const;
    // The products whose name `pattern` matches that are not `brand`'s yet.
    Result<QList<BrandClaim>> claims(const BrandId &brand, const QString &type, const QString &pattern) const;
    // Adds the operator's pattern (it wins over the built-in ones) and gives `brand` every product it
    // claims; returns how many moved. One transaction.
    Result<int> addPattern(const BrandId &brand, const QString &type, const QString &pattern) const;
    // Why a pattern cannot be used ("" when it can): empty, or a regex that does not compile.
    static QString patternProblem(const QString &type, const QString &pattern);

    static bool patternMatches(const QString &type, const QString &pattern, const QString &itemName);
    // The first word of a name that is no article and no number, capitalised.
    static QString fallbackBrandName(const QString &itemName);

private:
    const Database &m_db;
};

} // namespace sf
