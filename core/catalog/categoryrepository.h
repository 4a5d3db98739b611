#pragma once

#include "category.h"
#include "db/database.h"

#include <QList>
#include <optional>

namespace sf {

class CategoryRepository {
public:
    explicit CategoryRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Category>> all() const;
    Result<std::optional<Category>> findBySlug(const QString &slug) const;
    Result<Category> create(const QString &name, const CategoryId &parent = {}) const;
    Status rename(const CategoryId &id, const QString &name) const;
    Status remove(const CategoryId &id) const;

private:
    const Database &m_db;
};

} // namespace sf
