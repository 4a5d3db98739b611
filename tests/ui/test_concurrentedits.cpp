// Two operators on one database (two Database objects, as two machines): an edit or an undo made over the
// other's newer change is refused with their name and time, never saved silently over it.
#include "catchqt.h"
#include "fixtures.h"
#include "missingkeychain.h"
#include "pagedmodels.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "common/staleprompt.h"
#include "db/databaseworker.h"
#include "db/rowversion.h"
#include "inventory/stockservice.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"
#include "suppliers/supplierrepository.h"
#include "suppliers/supplierspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
StockItem stored(const StockService &service, const StockItemId &id)
{
    const auto item = service.repository().get(id);
    REQUIRE(item);
    REQUIRE(item.value());
    return *item.value();
}
} // namespace

TEST_CASE("Concurrent edits: a stale edit is refused with the other operator's name", "[team][db]")
{
    onEachBackend([](Database &anna) {
        anna.setOperatorName(u"Anna"_s);
        Database ben(anna.config());
        ben.setOperatorName(u"Ben"_s);
        StockService annas(anna), bens(ben);
        const Product product = makeProduct(anna, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        const StockItem pair = annas.addItem(makeItem(product.id, sizeId(anna, u"42"_s), "99.00")).value();

        StockItem annaCopy = stored(annas, pair.id);
        StockItem benCopy = stored(bens, pair.id);
        CHECK(annaCopy.version == 1);
        benCopy.location = u"Shelf B"_s;
        const auto benSaved = bens.updateItems({benCopy});
        REQUIRE(benSaved);
        CHECK(benSaved.value().first().version == 2);

        annaCopy.notes = u"box damaged"_s;
        const auto refused = annas.updateItems({annaCopy});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == rowversion::kStaleCode);
        CHECK(refused.error().message.startsWith(u"This pair was changed by Ben at "_s));
        // The repository checks by itself too, inside the UPDATE (a commit between read and write).
        CHECK(StockRepository(anna).update(annaCopy).error().code == rowversion::kStaleCode);
        StockItem now = stored(annas, pair.id);
        CHECK(now.location == u"Shelf B"_s);
        CHECK(now.notes.isEmpty());
        CHECK(now.updatedBy == u"Ben"_s);
        CHECK(now.version == 2);

        // Status changes by id read the newest version themselves: nothing stale about them.
        REQUIRE(annas.changeStatus({pair.id}, ItemStatus::Reserved));
        CHECK(stored(bens, pair.id).version == 3);
        CHECK(stored(bens, pair.id).updatedBy == u"Anna"_s);
        ben.releaseThreadConnection();
    });
}

TEST_CASE("Concurrent edits on the Stock page: reload or overwrite, and an undo over another's change is refused",
          "[team][ui]")
{
    onEachBackend([](Database &anna) {
        anna.setOperatorName(u"Anna"_s);
        Database ben(anna.config());
        ben.setOperatorName(u"Ben"_s);
        Announcing announcing(anna);
        StockService annas(anna), bens(ben);
        const Product product = makeProduct(anna, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        const StockItem pair = annas.addItem(makeItem(product.id, sizeId(anna, u"42"_s), "99.00")).value();
        DatabaseWorker worker(anna);
        StockPage page(worker, annas);
        page.show();
        waitLoaded(*page.model());
        REQUIRE(page.model()->rowCount() == 1);
        page.view()->selectRow(0);

        // Ben saves while Anna's dialog is open on the copy she loaded.
        QString asked;
        QStringList benMovesItTo{u"Shelf B"_s, u"Shelf X"_s};
        page.askItem = [&](const StockChoices &, const std::optional<StockItem> &existing) {
            StockItem benCopy = stored(bens, pair.id);
            benCopy.location = benMovesItTo.takeFirst();
            REQUIRE(bens.updateItem(benCopy));
            StockDraft draft;
            draft.item = *existing;
            draft.item.notes = u"box damaged"_s;
            return std::optional(draft);
        };
        page.resolveStale = [&](const QString &message) {
            asked = message;
            return StaleChoice::Reload;
        };
        CHECK_FALSE(page.editCurrent());
        CHECK(asked.contains(u"changed by Ben"_s));
        CHECK(stored(annas, pair.id).notes.isEmpty());
        CHECK(stored(annas, pair.id).location == u"Shelf B"_s);
        CHECK(page.undoStack()->count() == 0);

        // The same once more, and this time she writes hers over his: undo brings his back.
        waitLoaded(*page.model());
        page.view()->selectRow(0);
        page.resolveStale = [&](const QString &) { return StaleChoice::Overwrite; };
        REQUIRE(page.editCurrent());
        CHECK(stored(annas, pair.id).notes == u"box damaged"_s);
        CHECK(stored(annas, pair.id).location == u"Shelf B"_s); // her copy's location, as she chose
        page.undoStack()->undo();
        CHECK(stored(annas, pair.id).location == u"Shelf X"_s);
        CHECK(stored(annas, pair.id).notes.isEmpty());

        // Redo, then Ben changes the pair again: Anna's undo is refused and his change stays.
        page.undoStack()->redo();
        CHECK(stored(annas, pair.id).notes == u"box damaged"_s);
        StockItem benCopy = stored(bens, pair.id);
        benCopy.location = u"Shelf C"_s;
        REQUIRE(bens.updateItem(benCopy));
        page.undoStack()->undo();
        CHECK(page.message().contains(u"changed by Ben"_s));
        CHECK(stored(annas, pair.id).location == u"Shelf C"_s);
        CHECK(stored(annas, pair.id).notes == u"box damaged"_s);
        CHECK(page.undoStack()->count() == 0); // the refused step left the stack
        ben.releaseThreadConnection();
    });
}

TEST_CASE("Concurrent edits of a supplier: reload keeps the other operator's save, overwrite saves over it knowingly",
          "[team][ui][suppliers]")
{
    onEachBackend([](Database &anna) {
        anna.setOperatorName(u"Anna"_s);
        Database ben(anna.config());
        ben.setOperatorName(u"Ben"_s);
        Supplier bstn;
        bstn.name = u"BSTN"_s;
        const Supplier annaCopy = SupplierRepository(anna).create(bstn).value();
        const auto storedSupplier = [&] { return *SupplierRepository(anna).get(annaCopy.id).value(); };
        Supplier read = storedSupplier();
        CHECK(read.version == 1);

        // Ben saves while Anna has the profile open.
        read.phone = u"+49 89 123"_s;
        REQUIRE(SupplierRepository(ben).update(read));
        CHECK(storedSupplier().version == 2);
        CHECK(storedSupplier().updatedBy == u"Ben"_s);

        MissingKeychain secrets;
        DatabaseWorker worker(anna);
        SuppliersPage page(worker, secrets);
        QString asked;
        page.resolveStale = [&](const QString &message) {
            asked = message;
            return StaleChoice::Reload;
        };
        Supplier annas = annaCopy;
        annas.version = 1;
        annas.email = u"orders@bstn.com"_s;
        page.save(annas);
        REQUIRE(QTest::qWaitFor([&] { return page.statusText().contains(u"not saved"_s); }, 5000));
        CHECK(asked.startsWith(u"This supplier was changed by Ben at "_s));
        CHECK(storedSupplier().phone == u"+49 89 123"_s);
        CHECK(storedSupplier().email.isEmpty());

        // Overwrite: hers is written over the version stored now, and names her.
        page.resolveStale = [&](const QString &) { return StaleChoice::Overwrite; };
        QSignalSpy saved(&page, &SuppliersPage::saved);
        page.save(annas);
        REQUIRE(saved.wait(5000));
        CHECK(storedSupplier().email == u"orders@bstn.com"_s);
        CHECK(storedSupplier().phone.isEmpty()); // her copy's phone, as she chose
        CHECK(storedSupplier().updatedBy == u"Anna"_s);
        CHECK(storedSupplier().version == 3);
        ben.releaseThreadConnection();
    });
}

TEST_CASE("The stale prompt names the other operator and offers Reload (the default) and Overwrite", "[team][ui]")
{
    QWidget parent;
    parent.show();
    const QString message =
        rowversion::stale(rowversion::Subject::Supplier, u"Ben"_s, QDateTime::currentDateTimeUtc(), {}).message;
    QStringList buttons;
    QString shown;
    const auto answer = [&](const QString &click) {
        QTimer::singleShot(0, &parent, [&, click] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            CHECK(box);
            if (!box)
                return;
            shown = box->text();
            buttons.clear();
            for (QAbstractButton *button : box->buttons())
                buttons << button->text();
            saveScreenshot(*box, u"stale-prompt"_s, true);
            for (QAbstractButton *button : box->buttons())
                if (button->text() == click)
                    button->click();
        });
    };
    answer(u"Reload"_s);
    CHECK(askStaleChoice(&parent, message) == StaleChoice::Reload);
    CHECK(shown.startsWith(u"This supplier was changed by Ben at "_s));
    CHECK(buttons.contains(u"Overwrite"_s));
    answer(u"Overwrite"_s);
    CHECK(askStaleChoice(&parent, message) == StaleChoice::Overwrite);
}
