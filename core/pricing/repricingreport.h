#pragma once

#include "repricingplanner.h"

#include <QDateTime>

namespace sf {

// What became of one listed pair in a repricing run.
struct RepricingResult {
    enum class Kind { Changed, Planned, Unchanged, Skipped, Conflict, Failed, NotSent };
    RepricingStep step;
    Kind kind = Kind::Skipped;
    QString detail; // why: the planner's reasoning, or StockX's answer
};

// A repricing run: every listed pair it looked at, and how it ended.
struct RepricingReport {
    bool dryRun = true;
    QString changeReason; // as sales.pricing_history keeps it
    QDateTime startedAt;
    QDateTime finishedAt;
    QString stoppedBecause;     // empty when it ran to the end
    std::optional<Error> error; // the run could not plan or reach StockX at all
    QList<RepricingResult> results;

    int count(RepricingResult::Kind kind) const
    {
        return int(std::count_if(results.cbegin(), results.cend(),
                                 [kind](const RepricingResult &r) { return r.kind == kind; }));
    }
    // A dry run's report of a plan: each step planned, unchanged or skipped.
    static QList<RepricingResult> fromPlan(const QList<RepricingStep> &steps);
    static QString kindName(RepricingResult::Kind kind);    // machine name: changed, conflict, …
    static QString displayName(RepricingResult::Kind kind); // translated
    QString summary() const;                                // one translated line
};

} // namespace sf
