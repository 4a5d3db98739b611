#pragma once

#include "database.h"

namespace sf {

// A normalised, sorted description of the schema as the database itself reports it (tables, columns,
// types, nullability, defaults, constraints, indexes, triggers). Two databases with equal descriptions
// have the same schema; used to prove that an incrementally migrated database equals a fresh one.
class SchemaInspector {
public:
    explicit SchemaInspector(const Database &db)
        : m_db(db)
    {}

    Result<QStringList> describe() const;
    Result<QStringList> tables() const;

private:
    const Database &m_db;
};

} // namespace sf
