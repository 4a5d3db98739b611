#pragma once

#include "brand.h"
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
    // The brand whose keyword pattern occurs in an item name ("Air Jordan 1 High" -> Jordan); lower
    // priority numbers win, as in the original system.
    Result<std::optional<Brand>> matchItemName(const QString &itemName) const;

private:
    const Database &m_db;
};

} // namespace sf
