#pragma once

#include "catchqt.h"
#include "common/pagedtablemodel.h"

#include <QTest>

namespace sf::test {

// Waits until a paged model that reads on the database worker has its page.
inline void waitLoaded(const PagedTableSignals &model)
{
    REQUIRE(QTest::qWaitFor([&] { return !model.fetching(); }, 10000));
}

} // namespace sf::test
