#pragma once

#include "db/database.h"
#include "repricingpolicy.h"

namespace sf {

// Auto-repricing as the operator set it up, kept in core.system_config so that every client of a
// shared database, and the command line run by cron, follow the same switch and limits.
struct RepricingSettings {
    bool enabled = false; // the switch; off is the kill switch
    int intervalMinutes = 60;
    RepricingPolicy policy;

    static Result<RepricingSettings> load(const Database &db);
    Status save(const Database &db) const;
    // Only the switch: what the kill switch writes, at once.
    static Status setEnabled(const Database &db, bool enabled);
    static Result<bool> isEnabled(const Database &db);
};

} // namespace sf
