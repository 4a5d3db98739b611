#pragma once

#include "db/database.h"
#include "importpreset.h"

#include <QList>
#include <optional>

namespace sf {

class ImportPresetRepository {
public:
    explicit ImportPresetRepository(const Database &db)
        : m_db(db)
    {}

    // Saves under the preset's name, replacing a preset of that name.
    Result<ImportPreset> save(const ImportPreset &preset) const;
    Result<std::optional<ImportPreset>> byName(const QString &name) const;
    // The most recently saved preset for this format and header.
    Result<std::optional<ImportPreset>> forHeader(const QString &format, const QString &headerSignature) const;
    Result<QList<ImportPreset>> all() const;

private:
    Result<QList<ImportPreset>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf
