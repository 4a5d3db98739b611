#include "size.h"

using namespace Qt::StringLiterals;

namespace sf {

QString Size::label() const
{
    return labelFor(region, value);
}

QString Size::labelFor(const QString &region, const QString &value)
{
    if (region == u"US"_s || region == u"EU"_s || region == u"UK"_s || region == u"CM"_s)
        return region + u' ' + value;
    return value;
}

} // namespace sf
