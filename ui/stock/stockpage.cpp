#include "stockpage.h"

#include "common/rolegate.h"

#include "pricing/pricehistorydialog.h"

#include "common/subsetbar.h"
#include "itemdialog.h"
#include "stockdelegate.h"
#include "stockdeletecommand.h"
#include "stockeditcommand.h"
#include "stocktablemodel.h"

#include "common/actionbutton.h"
#include "common/changewatcher.h"
#include "common/filterwidgets.h"
#include "db/databaseworker.h"
#include "db/rowversion.h"
#include "events/systemlog.h"
#include "inventory/stockcsvwriter.h"
#include "logcategories.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr auto kUnsold = u"__unsold";
constexpr auto kReturnable = u"__returnable";
} // namespace

StockPage::StockPage(DatabaseWorker &worker, StockService &service, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_db(worker.database())
    , m_service(service)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(u"stockPage"_s);
    m_model = new StockTableModel(service, *m_undoStack, this);
    m_model->setWorker(&m_worker);
    StockQuery initial;
    initial.sort = StockQuery::Sort::PurchaseDate;
    initial.descending = true;
    m_model->setQuery(initial);
    // Writers elsewhere (imports, syncs, the editors, another window): changed pairs are read again in
    // place; added or removed ones, or products, brands and sizes, reload the page.
    new ChangeWatcher(m_db.changeNotifier(), this,
                      {Change::Entity::StockItem, Change::Entity::Product, Change::Entity::Brand, Change::Entity::Size},
                      [this](const QList<Change> &changes) { followChanges(changes); });

    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Please confirm"), question) == QMessageBox::Yes;
    };
    resolveStale = [this](const QString &message) { return askStaleChoice(this, message); };
    askItem = [this](const StockChoices &choices,
                     const std::optional<StockItem> &existing) -> std::optional<StockDraft> {
        ItemDialog dialog(choices, existing, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.draft();
    };
    askExportPath = [this] {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/stock-"_s +
                                  QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
        return QFileDialog::getSaveFileName(this, tr("Export stock as CSV"), suggested, tr("CSV files (*.csv)"));
    };
    askLocation = [this](const QStringList &known) -> std::optional<QString> {
        bool ok = false;
        const QString location =
            QInputDialog::getItem(this, tr("Move items"), tr("New location:"), known, 0, true, &ok);
        return ok ? std::optional(location) : std::nullopt;
    };

    m_view = new QTableView;
    m_view->setObjectName(u"stockTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StockDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    // Newest purchases first: what an operator usually looks for after a buying trip. Set before sorting
    // is enabled, which sorts by the indicator at once: another column first would read the first screen
    // three times (two round trips each across a network).
    m_view->horizontalHeader()->setSortIndicator(StockTableModel::PurchaseDate, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    const int widths[] = {100, 260, 90, 60, 115, 95, 110, 40, 82, 88, 86, 44, 96};
    for (int c = 0; c < StockTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_view->viewport()->installEventFilter(this);

    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_totals = new QLabel;
    m_totals->setObjectName(u"totalsLabel"_s);
    m_totals->setStyleSheet(
        u"padding: 6px 8px; background: palette(alternate-base); border-top: 1px solid palette(mid);"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFilterBar());
    layout->addWidget(buildActionBar());
    m_subsetBar = new SubsetBar;
    connect(m_subsetBar, &SubsetBar::cleared, this, [this] {
        m_subset.reset();
        applyFilters();
    });
    layout->addWidget(m_subsetBar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    connect(m_model, &StockTableModel::errorOccurred, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &StockTableModel::loaded, this, &StockPage::updateTotals);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StockPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StockPage::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            editCurrent();
    });

    // The worker answers in order: the totals bar before the filter lists, which take six queries.
    updateTotals();
    reloadFilterChoices();
    updateActions();
}

QWidget *StockPage::buildFilterBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(u"filterBar"_s);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 8, 8, 4);
    const auto apply = [this] { applyFilters(); };
    m_search = delayedSearchField(this, u"searchEdit"_s, tr("Search SKU, product, brand or notes"), apply);
    row->addWidget(m_search, 2);
    auto addFilter = [&](QComboBox *&combo, const QString &name) {
        combo = filterCombo(this, name, {}, apply);
        row->addWidget(combo);
    };
    addFilter(m_statusFilter, u"statusFilter"_s);
    addFilter(m_brandFilter, u"brandFilter"_s);
    addFilter(m_sizeFilter, u"sizeFilter"_s);
    addFilter(m_supplierFilter, u"supplierFilter"_s);
    addFilter(m_locationFilter, u"locationFilter"_s);
    auto *clear = actionButton(u"clearFiltersButton"_s, tr("Clear"), u"edit-clear"_s);
    connect(clear, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        for (QComboBox *combo : {m_statusFilter, m_brandFilter, m_sizeFilter, m_supplierFilter, m_locationFilter})
            combo->setCurrentIndex(0);
        applyFilters();
    });
    row->addWidget(clear);
    return bar;
}

QWidget *StockPage::buildActionBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(u"actionBar"_s);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 0, 8, 4);
    auto *add = actionButton(u"addButton"_s, tr("Add item"), u"list-add"_s);
    connect(add, &QToolButton::clicked, this, &StockPage::addItem);
    m_editButton = actionButton(u"editButton"_s, tr("Edit"), u"document-edit"_s);
    connect(m_editButton, &QToolButton::clicked, this, &StockPage::editCurrent);
    auto *status = actionButton(u"statusButton"_s, tr("Set status"), u"view-task"_s);
    status->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(status);
    for (ItemStatus s : itemstatus::all())
        menu->addAction(itemstatus::displayName(s), this, [this, s] { changeStatusOfSelection(s); });
    status->setMenu(menu);
    auto *move = actionButton(u"moveButton"_s, tr("Move to\u2026"), u"go-jump"_s);
    connect(move, &QToolButton::clicked, this, &StockPage::moveSelection);
    auto *remove = actionButton(u"deleteButton"_s, tr("Delete"), u"edit-delete"_s);
    connect(remove, &QToolButton::clicked, this, &StockPage::deleteSelection);
    // One menu for the StockX actions keeps the bar narrow enough for a laptop next to the sync dock.
    auto *stockx = actionButton(u"stockxButton"_s, tr("StockX"), u"go-up"_s);
    stockx->setPopupMode(QToolButton::InstantPopup);
    auto *stockxMenu = new QMenu(stockx);
    QAction *list =
        stockxMenu->addAction(tr("List on StockX\u2026"), this, [this] { Q_EMIT listRequested(selectedRows()); });
    list->setObjectName(u"listAction"_s);
    list->setToolTip(tr("Put the selected pairs up for sale on StockX, priced against the market."));
    QAction *enrich =
        stockxMenu->addAction(tr("Enrich from StockX"), this, [this] { Q_EMIT enrichRequested(selectedProducts()); });
    enrich->setObjectName(u"enrichAction"_s);
    enrich->setToolTip(tr("Fetch StockX ids, sizes and today's market prices for the selected products."));
    QAction *history = stockxMenu->addAction(tr("Price history\u2026"), this, [this] {
        const QList<StockRow> rows = selectedRows();
        if (!rows.isEmpty())
            PriceHistoryDialog::openForPair(m_worker, rows.first().item.id, this);
    });
    history->setObjectName(u"priceHistoryAction"_s);
    history->setToolTip(tr("StockX's asks, bids and sales of the first selected pair's size over time."));
    stockxMenu->setToolTipsVisible(true);
    stockx->setMenu(stockxMenu);
    auto *undo = actionButton(u"undoButton"_s, tr("Undo"), u"edit-undo"_s);
    connect(undo, &QToolButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) { undo->setToolTip(text); });
    undo->setEnabled(false);
    auto *redo = actionButton(u"redoButton"_s, tr("Redo"), u"edit-redo"_s);
    connect(redo, &QToolButton::clicked, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    redo->setEnabled(false);
    auto *exportButton = actionButton(u"exportButton"_s, tr("Export CSV"), u"document-save-as"_s);
    connect(exportButton, &QToolButton::clicked, this, &StockPage::exportCsv);
    for (QObject *control : QList<QObject *>{add, m_editButton, status, move, list, enrich})
        RoleGate::require(control, TeamRole::Action::Write);
    RoleGate::require(remove, TeamRole::Action::Delete);
    for (QWidget *w : QList<QWidget *>{add, m_editButton, status, move, remove, stockx})
        row->addWidget(w);
    row->addSpacing(16);
    row->addWidget(undo);
    row->addWidget(redo);
    row->addStretch(1);
    row->addWidget(exportButton);
    m_selectionActions = {status, move, remove, stockx};
    return bar;
}

void StockPage::reloadFilterChoices()
{
    QList<std::pair<QString, QString>> statuses{{tr("Unsold"), QString::fromUtf16(kUnsold)},
                                                {tr("Returnable to the supplier"), QString::fromUtf16(kReturnable)}};
    for (ItemStatus s : itemstatus::all())
        statuses.append({itemstatus::displayName(s), itemstatus::key(s)});
    refillFilter(m_statusFilter, tr("All statuses"), statuses);
    m_worker.run<StockChoices>(this, &StockChoices::readFrom, [this](StockChoices c) {
        m_choices = std::move(c);
        refillFilter(m_brandFilter, tr("All brands"), m_choices.brands);
        refillFilter(m_sizeFilter, tr("All sizes"), m_choices.sizes);
        refillFilter(m_supplierFilter, tr("All suppliers"), m_choices.suppliers);
        refillFilter(m_locationFilter, tr("All locations"), m_choices.locations);
        Q_EMIT choicesRead();
    });
}

void StockPage::refillFilter(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &entries)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[label, value] : entries)
        combo->addItem(label, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void StockPage::applyFilters()
{
    // A drill-down's subset says more than the combos can; a combo that is set narrows it further.
    StockQuery query = m_subset.value_or(StockQuery());
    query.sort = m_model->query().sort;
    query.descending = m_model->query().descending;
    query.text = m_search->text();
    const QString status = m_statusFilter->currentData().toString();
    query.returnableOnly = status == QString::fromUtf16(kReturnable);
    if (status == QString::fromUtf16(kUnsold)) {
        query.statuses.clear();
        for (ItemStatus s : itemstatus::all())
            if (s != ItemStatus::Sold && s != ItemStatus::Canceled)
                query.statuses << s;
    } else if (const auto s = itemstatus::fromKey(status)) {
        query.statuses = {*s};
    }
    const auto narrow = [](auto &field, QComboBox *combo, auto parse) {
        if (const QString value = combo->currentData().toString(); !value.isEmpty())
            field = parse(value);
    };
    narrow(query.brand, m_brandFilter, &BrandId::fromString);
    narrow(query.size, m_sizeFilter, &SizeId::fromString);
    narrow(query.supplier, m_supplierFilter, &SupplierId::fromString);
    narrow(query.location, m_locationFilter, [](const QString &v) { return v; });
    if (query != m_model->query())
        m_model->setQuery(query);
}

void StockPage::showSubset(const StockQuery &subset, const QString &label)
{
    m_subset = subset;
    for (QComboBox *combo : {m_statusFilter, m_brandFilter, m_sizeFilter, m_supplierFilter, m_locationFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_subsetBar->showSubset(label);
    applyFilters();
}

void StockPage::followChanges(const QList<Change> &changes)
{
    QList<StockItemId> changed;
    QList<StockItemId> removed;
    for (const Change &change : changes) {
        const bool inPlace = change.kind == Change::Kind::Changed || change.kind == Change::Kind::Removed;
        if (change.entity != Change::Entity::StockItem || !inPlace || change.ids.isEmpty()) {
            refresh();
            return;
        }
        for (const QUuid &id : change.ids)
            (change.kind == Change::Kind::Changed ? changed : removed).append(StockItemId(id));
    }
    m_totalsStale = true;
    m_model->dropRows(removed);
    m_model->refreshRows(changed);
    updateTotals();
}

void StockPage::refresh()
{
    reloadFilterChoices();
    m_totalsStale = true;
    m_model->reload();
    updateTotals();
}

QList<StockItemId> StockPage::selectedIds() const
{
    return m_model->idsOf(m_view->selectionModel()->selectedRows());
}

bool StockPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitProductColumn();
    return QWidget::eventFilter(watched, event);
}

void StockPage::fitProductColumn()
{
    // The product name takes the width the other columns leave, but never less than a readable name:
    // with the sync dock open the table scrolls sideways instead.
    constexpr int kReadableName = 220;
    int others = 0;
    for (int c = 0; c < StockTableModel::ColumnCount; ++c)
        others += c == StockTableModel::Product ? 0 : m_view->columnWidth(c);
    m_view->setColumnWidth(StockTableModel::Product, qMax(kReadableName, m_view->viewport()->width() - others));
}

QList<StockRow> StockPage::selectedRows() const
{
    QList<StockRow> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_model->rowAt(index.row()));
    return rows;
}

QList<ProductId> StockPage::selectedProducts() const
{
    QList<ProductId> products;
    for (const StockRow &row : selectedRows())
        if (!products.contains(row.item.productId))
            products.append(row.item.productId);
    return products;
}

void StockPage::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    for (QWidget *w : std::as_const(m_selectionActions))
        w->setEnabled(selected > 0);
    m_editButton->setEnabled(selected == 1);
}

void StockPage::showMessage(const QString &text, bool error)
{
    if (error)
        qCWarning(lcUi).noquote() << objectName() << text;
    // Operator-facing errors are also kept in logging.system_logs for later.
    if (error && !text.isEmpty())
        (void)SystemLog(m_db).write(SystemLog::Level::Warning, u"stock"_s, text);
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"padding: 6px 8px; background: #fdecea; color: #8a1c1c;"_s
                                   : u"padding: 6px 8px; background: #e8f5e9; color: #1b5e20;"_s);
    m_message->setVisible(!text.isEmpty());
}

QString StockPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void StockPage::updateTotals()
{
    // Sorting does not change the totals, so only a new filter or changed data asks the database again.
    StockQuery filter = m_model->query();
    filter.sort = StockQuery::Sort::Created;
    filter.descending = true;
    if (m_totalsFilter && *m_totalsFilter == filter && !m_totalsStale)
        return;
    m_totalsFilter = filter;
    m_totalsStale = false;
    m_totals->setText(tr("Counting\u2026"));
    // Summing a million rows takes a moment: the table is usable meanwhile, and an answer that a newer
    // filter has overtaken is dropped.
    const quint64 generation = ++m_totalsGeneration;
    m_worker.run<Result<StockTotals>>(
        this, [filter](const Database &db) { return StockRepository(db).totals(filter); },
        [this, generation](Result<StockTotals> totals) {
            if (generation == m_totalsGeneration)
                showTotals(totals);
        });
}

void StockPage::showTotals(const Result<StockTotals> &totals)
{
    if (!totals) {
        m_totals->clear();
        showMessage(totals.error().toString(), true);
        return;
    }
    const QLocale locale;
    const StockTotals &t = totals.value();
    m_totals->setText(tr("%1 items · %2 pairs · cost %3 gross (%4 net) · \u00D8 %5 days in stock")
                          .arg(locale.toString(t.items), locale.toString(t.pairs),
                               Money(t.grossCostMinor, u"EUR"_s).toDisplayString(locale),
                               Money(t.netCostMinor, u"EUR"_s).toDisplayString(locale),
                               locale.toString(t.averageDaysInStock, 'f', 0)));
    Q_EMIT totalsShown();
}

bool StockPage::addItem()
{
    const auto draft = askItem(m_choices, std::nullopt);
    if (!draft)
        return false;
    const auto added = m_service.addDraft(*draft);
    if (!added) {
        showMessage(tr("The item was not added: %1").arg(added.error().message), true);
        return false;
    }
    reloadFilterChoices();
    showMessage(tr("Added to stock."), false);
    return true;
}

bool StockPage::editCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return false;
    const StockItem before = m_model->rowAt(rows.first().row()).item;
    const auto draft = askItem(m_choices, before);
    if (!draft)
        return false;
    if (draft->newProduct || !draft->newSupplierName.isEmpty()) {
        showMessage(tr("Create new products and suppliers with \"Add item\"; editing picks existing ones."), true);
        return false;
    }
    const QString text = tr("Edit %1").arg(m_model->rowAt(rows.first().row()).sku);
    auto refused = std::make_shared<std::optional<Error>>();
    const auto onError = [this, refused](const Error &error) {
        *refused = error;
        showMessage(error.message, true);
    };
    if (pushCommand(*m_undoStack, editCommand({before}, {draft->item}, text, onError)))
        return true;
    if (!*refused || (*refused)->code != rowversion::kStaleCode)
        return false;
    if (resolveStale((*refused)->message) == StaleChoice::Reload) {
        refresh();
        return false;
    }
    // Overwrite: written over what is stored now, so an undo brings back the other operator's version.
    const auto current = m_service.repository().get(before.id);
    if (!current || !current.value()) {
        showMessage(current ? tr("The item no longer exists.") : current.error().message, true);
        return false;
    }
    StockItem mine = draft->item;
    mine.version = current.value()->version;
    return pushCommand(*m_undoStack, editCommand({*current.value()}, {mine}, text, onError));
}

StockEditCommand *StockPage::editCommand(QList<StockItem> before, QList<StockItem> after, const QString &text,
                                         const std::function<void(const Error &)> &onError)
{
    auto *command = new StockEditCommand(m_service, std::move(before), std::move(after), text, onError);
    command->setOnStored([this](const QList<StockItem> &items) { m_model->adoptStored(items); });
    return command;
}

bool StockPage::editSelection(const QString &description, const std::function<Status(StockItem &)> &change)
{
    QList<StockItem> before, after;
    for (const StockItemId &id : selectedIds()) {
        const auto item = m_service.repository().get(id);
        if (!item || !item.value())
            continue;
        StockItem changed = *item.value();
        if (Status status = change(changed); !status) {
            showMessage(status.error().message, true);
            return false;
        }
        before << *item.value();
        after << changed;
    }
    if (after.isEmpty())
        return false;
    return pushCommand(*m_undoStack, editCommand(before, after, description,
                                                 [this](const Error &error) { showMessage(error.message, true); }));
}

bool StockPage::changeStatusOfSelection(ItemStatus status)
{
    const int count = int(selectedIds().size());
    return editSelection(tr("Set %n item(s) to %1", nullptr, count).arg(itemstatus::displayName(status)),
                         [status](StockItem &item) -> Status {
                             if (!itemstatus::canTransition(item.status, status))
                                 return Error{
                                     u"stock.transition"_s,
                                     tr("Nothing was changed: an item that is \"%1\" cannot become \"%2\".")
                                         .arg(itemstatus::displayName(item.status), itemstatus::displayName(status)),
                                     {}};
                             StockService::applyStatus(item, status);
                             return {};
                         });
}

bool StockPage::moveSelection()
{
    const int count = int(selectedIds().size());
    if (count == 0)
        return false;
    const auto location = askLocation(m_service.repository().locations().value_or(QStringList()));
    if (!location)
        return false;
    const bool moved = editSelection(tr("Move %n item(s) to %1", nullptr, count).arg(*location),
                                     [location](StockItem &item) -> Status {
                                         item.location = location->trimmed();
                                         return {};
                                     });
    reloadFilterChoices();
    return moved;
}

bool StockPage::deleteSelection()
{
    const QList<StockItemId> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    if (!confirm(tr("Delete %n item(s) from stock? You can undo this.", nullptr, int(ids.size()))))
        return false;
    return pushCommand(
        *m_undoStack, new StockDeleteCommand(m_service, ids, [this](const QString &text) { showMessage(text, true); }));
}

bool StockPage::exportCsv()
{
    const QString path = askExportPath();
    if (path.isEmpty())
        return false;
    exportCsvTo(path);
    return true;
}

void StockPage::exportCsvTo(const QString &path)
{
    showMessage(tr("Exporting to %1\u2026").arg(path), false);
    m_worker.run<Result<qint64>>(
        this,
        [query = m_model->query(), path, today = QDate::currentDate()](const Database &db) {
            return StockCsvWriter::exportTo(db, query, path, today);
        },
        [this, path](Result<qint64> written) {
            if (written)
                showMessage(tr("Exported %n item(s) to %1.", nullptr, int(written.value())).arg(path), false);
            else
                showMessage(written.error().toString(), true);
            Q_EMIT exported(written);
        });
}

} // namespace sf
