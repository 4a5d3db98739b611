#pragma once

#include "domain/result.h"

#include <QString>

namespace sf {

// Where SoleFlipper keeps its files on this computer: the platform's data folder with the app's name
// once (~/.local/share/SoleFlipper). Qt's AppDataLocation adds the organisation too, which is the same
// name, so earlier versions wrote to …/SoleFlipper/SoleFlipper.
QString dataFolder();

// Moves what an earlier version left in …/SoleFlipper/SoleFlipper into dataFolder(), once at start.
// Nothing there is overwritten: a file of the same name stays where it was, and the error names it.
Status adoptLegacyDataFolder();

} // namespace sf
