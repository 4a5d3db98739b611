#pragma once

#include "db/database.h"
#include "size.h"
#include "sizeusage.h"

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
    // Understands what people type: "9", "US 9", "8.5W", "EU 42.5", "3C", "M", "34W/32L", "One Size", and
    // any text the operator mapped to a size in the size editor.
    Result<std::optional<Size>> findByLabel(const QString &label) const;
    // The size a text was mapped to in the size editor, if it was.
    Result<std::optional<Size>> mappedSize(const QString &text) const;
    // Every size with its pairs and variants; `onlyUnclassified` keeps the sizes no rule could read.
    Result<QList<SizeUsage>> usage(bool onlyUnclassified) const;
    // Moves every pair and variant of the `from` sizes to `into`, remembers each one's text as a name of
    // `into` (so later imports and syncs file it there) and removes them. One transaction.
    Status mapInto(const QList<SizeId> &from, const SizeId &into) const;
    // The EU size the size master gives for a US size of that gender (men, women).
    Result<std::optional<double>> euEquivalent(const QString &gender, double usSize) const;
    Result<Size> create(const Size &size) const;
    Status update(const Size &size) const;
    Status remove(const SizeId &id) const;

private:
    const Database &m_db;
};

} // namespace sf
