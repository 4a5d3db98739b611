#include "autolistingplanner.h"

#include "autolisting.h"
#include "autolistingrulerepository.h"
#include "pricingcandidaterepository.h"

using namespace Qt::StringLiterals;

namespace sf::autolistingplanner {

Result<QList<AutoListingDecision>> plan(const Database &db, const QDateTime &now, int limit)
{
    const auto rules = AutoListingRuleRepository(db).all();
    if (!rules)
        return rules.error();
    const auto context = PricingContext::load(db, now, u"EUR"_s);
    if (!context)
        return context.error();
    const PricingCandidateRepository repository(db);
    auto candidates = repository.newestUnlisted(limit);
    if (!candidates)
        return candidates.error();
    if (Status status = repository.attachMarket(candidates.value(), now.date().addDays(-PricingContext::kMarketDays));
        !status)
        return status.error();
    QList<AutoListingDecision> decisions;
    decisions.reserve(candidates.value().size());
    for (const PricingCandidate &pair : std::as_const(candidates.value()))
        decisions.append(autolisting::decide(rules.value(), pair, context.value()));
    return decisions;
}

} // namespace sf::autolistingplanner
