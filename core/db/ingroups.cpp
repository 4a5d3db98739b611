#include "ingroups.h"

using namespace Qt::StringLiterals;

namespace sf::ingroups {

QString marks(const QStringList &prefixes)
{
    QStringList slots;
    for (int slot = 0; slot < kSize; ++slot) {
        QStringList row;
        for (const QString &prefix : prefixes)
            row << mark(prefix, slot);
        slots << (prefixes.size() == 1 ? row.constFirst() : u'(' + row.join(u", "_s) + u')');
    }
    return slots.join(u", "_s);
}

} // namespace sf::ingroups
