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
    // Understands what people type: "9", "US 9", "8.5W", "EU 42.5", "3C", "M", "34W/32L", "One Size".
    Result<std::optional<Size>> findByLabel(const QString &label) const;
    // The EU size the size master gives for a US size of that gender (men, women).
    Result<std::optional<double>> euEquivalent(const QString &gender, double usSize) const;
    Result<Size> create(const Size &size) const;
    Status update(const Size &size) const;
    Status remove(const SizeId &id) const;

private:
    const Database &m_db;
};

} // namespace sf
