#include "repricingreport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

QList<RepricingResult> RepricingReport::fromPlan(const QList<RepricingStep> &steps)
{
    using Kind = RepricingResult::Kind;
    QList<RepricingResult> results;
    results.reserve(steps.size());
    for (const RepricingStep &step : steps)
        results.append({step,
                        step.outcome == RepricingStep::Outcome::Change      ? Kind::Planned
                        : step.outcome == RepricingStep::Outcome::Unchanged ? Kind::Unchanged
                                                                            : Kind::Skipped,
                        step.reason});
    return results;
}

QString RepricingReport::kindName(RepricingResult::Kind kind)
{
    switch (kind) {
    case RepricingResult::Kind::Changed: return u"changed"_s;
    case RepricingResult::Kind::Planned: return u"planned"_s;
    case RepricingResult::Kind::Unchanged: return u"unchanged"_s;
    case RepricingResult::Kind::Skipped: return u"skipped"_s;
    case RepricingResult::Kind::Conflict: return u"conflict"_s;
    case RepricingResult::Kind::Failed: return u"failed"_s;
    case RepricingResult::Kind::NotSent: return u"not_sent"_s;
    }
    Q_UNREACHABLE();
}

QString RepricingReport::displayName(RepricingResult::Kind kind)
{
    switch (kind) {
    case RepricingResult::Kind::Changed: return QCoreApplication::translate("Repricing", "Changed");
    case RepricingResult::Kind::Planned: return QCoreApplication::translate("Repricing", "Would change");
    case RepricingResult::Kind::Unchanged: return QCoreApplication::translate("Repricing", "Unchanged");
    case RepricingResult::Kind::Skipped: return QCoreApplication::translate("Repricing", "Skipped");
    case RepricingResult::Kind::Conflict: return QCoreApplication::translate("Repricing", "Conflict");
    case RepricingResult::Kind::Failed: return QCoreApplication::translate("Repricing", "Failed");
    case RepricingResult::Kind::NotSent: return QCoreApplication::translate("Repricing", "Not sent");
    }
    Q_UNREACHABLE();
}

QString RepricingReport::summary() const
{
    using Kind = RepricingResult::Kind;
    if (error)
        return QCoreApplication::translate("Repricing", "The repricing could not run: %1").arg(error->message);
    QString line = dryRun
                       ? QCoreApplication::translate("Repricing", "Dry run: %1 would change, %2 unchanged, %3 skipped.")
                             .arg(count(Kind::Planned))
                             .arg(count(Kind::Unchanged))
                             .arg(count(Kind::Skipped))
                       : QCoreApplication::translate("Repricing", "%1 changed, %2 unchanged, %3 skipped, %4 "
                                                                  "conflicts, %5 failed, %6 not sent.")
                             .arg(count(Kind::Changed))
                             .arg(count(Kind::Unchanged))
                             .arg(count(Kind::Skipped))
                             .arg(count(Kind::Conflict))
                             .arg(count(Kind::Failed))
                             .arg(count(Kind::NotSent));
    if (!stoppedBecause.isEmpty())
        line += u' ' + QCoreApplication::translate("Repricing", "Stopped: %1").arg(stoppedBecause);
    return line;
}

} // namespace sf
