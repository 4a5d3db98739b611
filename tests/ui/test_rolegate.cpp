// The window under a team role: what the login may not do is disabled and says why, and stays so.
#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "common/rolegate.h"
#include "mainwindow.h"
#include "stock/itemdialog.h"
#include "stock/stockchoices.h"
#include "stock/stockpage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QToolButton>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
QAction *menuAction(const MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}
} // namespace

TEST_CASE("Team roles in the window: a viewer may only look, an operator may not delete", "[team][ui]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    AppContext context = appContextFor(test.db());

    SECTION("viewer")
    {
        context.role = TeamRole(TeamRole::Kind::Viewer, u"sf_anna"_s);
        MainWindow window(context);
        window.showPage(u"stock"_s);
        auto *add = window.stockPage()->findChild<QToolButton *>(u"addButton"_s);
        auto *edit = window.stockPage()->findChild<QToolButton *>(u"editButton"_s);
        REQUIRE(add);
        CHECK_FALSE(add->isEnabled());
        CHECK(add->toolTip().contains(u"sf_anna (viewer), who may only read"_s));
        edit->setEnabled(true); // as a new selection would
        CHECK_FALSE(edit->isEnabled());
        CHECK_FALSE(menuAction(window, u"&Import file\u2026"_s)->isEnabled());
        CHECK_FALSE(menuAction(window, u"StockX &orders"_s)->isEnabled());
        CHECK(menuAction(window, u"&Export stock as CSV\u2026"_s)->isEnabled()); // reading is fine
        CHECK(window.findChild<QToolButton *>(u"exportButton"_s)->isEnabled());
        window.resize(1400, 800);
        saveScreenshot(window, u"stock-page-viewer"_s);
        CHECK_FALSE(window.findChild<QPushButton *>(u"sync_orders"_s)->isEnabled());
    }
    SECTION("operator")
    {
        context.role = TeamRole(TeamRole::Kind::Operator, u"sf_ben"_s);
        MainWindow window(context);
        window.showPage(u"stock"_s);
        CHECK(window.stockPage()->findChild<QToolButton *>(u"addButton"_s)->isEnabled());
        auto *remove = window.stockPage()->findChild<QToolButton *>(u"deleteButton"_s);
        remove->setEnabled(true);
        CHECK_FALSE(remove->isEnabled());
        CHECK(remove->toolTip().contains(u"only an admin may delete"_s));
        CHECK_FALSE(window.findChild<QPushButton *>(u"repricingSettingsButton"_s)->isEnabled());
        CHECK(menuAction(window, u"&Import file\u2026"_s)->isEnabled());
    }
    SECTION("SQLite: everything")
    {
        MainWindow window(context);
        CHECK(window.stockPage()->findChild<QToolButton *>(u"addButton"_s)->isEnabled());
        CHECK(window.findChild<QPushButton *>(u"repricingSettingsButton"_s)->isEnabled());
    }
}

TEST_CASE("Team roles in dialogs: a dialog opened later is gated when it is shown", "[team][ui]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    AppContext context = appContextFor(test.db());
    context.role = TeamRole(TeamRole::Kind::Viewer, u"sf_anna"_s);
    MainWindow window(context);
    window.show();

    ItemDialog dialog(StockChoices{}, std::nullopt, window.stockPage());
    dialog.show();
    QPushButton *save = dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip().contains(u"sf_anna (viewer), who may only read"_s));
    save->setEnabled(true); // as a valid form would
    CHECK_FALSE(save->isEnabled());
    CHECK(dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Cancel)->isEnabled());

    // A window not under the gated one keeps its own controls.
    ItemDialog elsewhere(StockChoices{}, std::nullopt);
    elsewhere.show();
    elsewhere.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->setEnabled(true);
    CHECK(elsewhere.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->isEnabled());
}
