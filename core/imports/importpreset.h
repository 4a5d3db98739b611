#pragma once

#include "imports/csv/columnmapping.h"

#include <QUuid>

namespace sf {

// A column mapping the operator named and saved, offered again for files with the same header.
struct ImportPreset {
    QUuid id;
    QString name;
    QString format;
    QString headerSignature;
    ColumnMapping mapping;
};

} // namespace sf
