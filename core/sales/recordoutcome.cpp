#include "recordoutcome.h"

using namespace Qt::StringLiterals;

namespace sf {

QString recordStatus(RecordOutcome outcome)
{
    switch (outcome) {
    case RecordOutcome::Valid:
    case RecordOutcome::Imported: return u"processed"_s;
    case RecordOutcome::Updated: return u"updated"_s;
    case RecordOutcome::Duplicate: return u"duplicate"_s;
    case RecordOutcome::Rejected: break;
    }
    return u"error"_s;
}

} // namespace sf
