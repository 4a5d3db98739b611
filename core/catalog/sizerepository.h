#pragma once

#include "db/database.h"
#include "size.h"

#include <QList>
#include <optional>

namespace sf {

class SizeRepository {
public:
    explicit SizeRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Size>> all() const;
    Result<std::optional<Size>> find(const QString &region, const QString &value) const;
    // Understands what people type: "9", "US 9", "8.5W", "EU 42.5", "3C", "M", "One Size".
    Result<std::optional<Size>> findByLabel(const QString &label) const;
    Result<Size> create(const Size &size) const;
    Status update(const Size &size) const;
    Status remove(const SizeId &id) const;

    // (region, value) for a typed label, or nullopt if it cannot be a size.
    static std::optional<std::pair<QString, QString>> parseLabel(const QString &label);

private:
    const Database &m_db;
};

} // namespace sf
