#include "brandsdialog.h"

#include "brandclaimmodel.h"
#include "brandusagemodel.h"
#include "catalog/brandrepository.h"
#include "common/rolegate.h"
#include "db/databaseworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QTableView *tableFor(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}
} // namespace

BrandsDialog::BrandsDialog(DatabaseWorker &worker, QWidget *parent)
    : EditorDialog(parent)
    , m_worker(worker)
    , m_model(new BrandUsageModel(this))
    , m_claims(new BrandClaimModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"brandsDialog"_s);
    setWindowTitle(tr("Brands"));
    resize(1100, 640);
    m_search = new QLineEdit;
    m_search->setObjectName(u"brandSearch"_s);
    m_search->setPlaceholderText(tr("Find a brand\u2026"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BrandUsageModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(BrandUsageModel::Name);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = tableFor(m_proxy, u"brandsView"_s);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BrandUsageModel::Pairs, Qt::DescendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BrandsDialog::showSelected);

    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(list);
    splitter->addWidget(buildEditor());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(statusLabel());
    layout->addWidget(buttons);
    showSelected();
    reload();
}

QGroupBox *BrandsDialog::buildEditor()
{
    m_editor = new QGroupBox(tr("Selected brand"));
    m_name = new QLineEdit;
    m_name->setObjectName(u"brandName"_s);
    m_rename = new QPushButton(tr("Rename"));
    m_rename->setObjectName(u"renameBrandButton"_s);
    connect(m_rename, &QPushButton::clicked, this, &BrandsDialog::renameSelected);
    m_mergeInto = new QComboBox;
    m_mergeInto->setObjectName(u"mergeIntoCombo"_s);
    m_mergeInto->setEditable(true);
    m_mergeInto->setInsertPolicy(QComboBox::NoInsert);
    m_merge = new QPushButton(tr("Merge"));
    m_merge->setObjectName(u"mergeBrandButton"_s);
    connect(m_merge, &QPushButton::clicked, this, &BrandsDialog::mergeSelected);
    m_patternType = new QComboBox;
    m_patternType->setObjectName(u"patternTypeCombo"_s);
    m_patternType->addItem(tr("Word"), u"keyword"_s);
    m_patternType->addItem(tr("Regular expression"), u"regex"_s);
    m_pattern = new QLineEdit;
    m_pattern->setObjectName(u"patternEdit"_s);
    m_pattern->setPlaceholderText(tr("e.g. Yeezy, or \\b(yeezy|yzy)\\b"));
    connect(m_pattern, &QLineEdit::returnPressed, this, &BrandsDialog::previewPattern);
    m_preview = new QPushButton(tr("Preview"));
    m_preview->setObjectName(u"previewPatternButton"_s);
    connect(m_preview, &QPushButton::clicked, this, &BrandsDialog::previewPattern);
    m_claimView = tableFor(m_claims, u"claimsView"_s);
    m_claimSummary = new QLabel(tr("Type a word or a regular expression and preview the products it would claim."));
    m_claimSummary->setObjectName(u"claimSummary"_s);
    m_claimSummary->setWordWrap(true);
    m_addPattern = new QPushButton(tr("Add and move these products"));
    m_addPattern->setObjectName(u"addPatternButton"_s);
    m_addPattern->setEnabled(false);
    connect(m_addPattern, &QPushButton::clicked, this, &BrandsDialog::addPattern);
    connect(m_pattern, &QLineEdit::textChanged, this, [this] { m_addPattern->setEnabled(false); });
    for (QPushButton *write : {m_rename, m_addPattern})
        RoleGate::require(write, TeamRole::Action::Write);
    RoleGate::require(m_merge, TeamRole::Action::Delete); // the merged brand goes

    auto *renameRow = new QHBoxLayout;
    renameRow->addWidget(m_name, 1);
    renameRow->addWidget(m_rename);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_mergeInto, 1);
    mergeRow->addWidget(m_merge);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_patternType);
    patternRow->addWidget(m_pattern, 1);
    patternRow->addWidget(m_preview);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), renameRow);
    form->addRow(tr("Merge into"), mergeRow);
    form->addRow(tr("Recognise by"), patternRow);
    auto *layout = new QVBoxLayout(m_editor);
    layout->addLayout(form);
    layout->addWidget(m_claimSummary);
    layout->addWidget(m_claimView, 1);
    layout->addWidget(m_addPattern, 0, Qt::AlignRight);
    return m_editor;
}

void BrandsDialog::selectBrand(const QString &name)
{
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, BrandUsageModel::Name), Qt::DisplayRole, name, 1, Qt::MatchFixedString);
    if (!found.isEmpty())
        m_view->selectRow(found.first().row());
}

void BrandsDialog::reload()
{
    m_worker.run<Result<QList<BrandUsage>>>(
        this, [](const Database &db) { return BrandRepository(db).usage(); },
        [this](Result<QList<BrandUsage>> rows) {
            if (!rows) {
                showStatus(rows.error().toString(), true);
                return;
            }
            m_model->setRows(rows.value());
            if (const int row = m_model->rowOf(m_keepSelected); row >= 0)
                m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
            showSelected();
            Q_EMIT loaded();
        });
}

std::optional<BrandUsage> BrandsDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
}

void BrandsDialog::showSelected()
{
    const auto brand = selected();
    m_editor->setEnabled(brand.has_value());
    m_claims->setRows({});
    m_addPattern->setEnabled(false);
    if (!brand) {
        m_editor->setTitle(tr("Select a brand"));
        return;
    }
    m_keepSelected = brand->brand.id;
    m_editor->setTitle(tr("%1: %n products", nullptr, brand->products).arg(brand->brand.name));
    m_name->setText(brand->brand.name);
    m_mergeInto->clear();
    for (const BrandUsage &other : m_model->rows())
        if (other.brand.id != brand->brand.id)
            m_mergeInto->addItem(other.brand.name, other.brand.id.toString());
    m_mergeInto->setCurrentIndex(-1);
}

void BrandsDialog::change(std::function<Result<QString>(const Database &)> work)
{
    m_editor->setEnabled(false);
    m_worker.run<Result<QString>>(this, std::move(work), [this](Result<QString> done) {
        m_editor->setEnabled(true);
        if (!done) {
            showStatus(done.error().message, true);
            return;
        }
        showStatus(done.value(), false);
        Q_EMIT brandsChanged();
        reload();
    });
}

void BrandsDialog::renameSelected()
{
    const auto brand = selected();
    const QString name = m_name->text().trimmed();
    if (!brand || name == brand->brand.name)
        return;
    change([id = brand->brand.id, old = brand->brand.name, name](const Database &db) -> Result<QString> {
        if (Status renamed = BrandRepository(db).renameTo(id, name); !renamed)
            return renamed.error();
        return tr("%1 is now called %2.").arg(old, name);
    });
}

void BrandsDialog::mergeSelected()
{
    const auto brand = selected();
    const int target = m_mergeInto->findText(m_mergeInto->currentText(), Qt::MatchFixedString);
    if (!brand || target < 0) {
        showStatus(tr("Choose the brand to merge into from the list."), true);
        return;
    }
    const QString intoName = m_mergeInto->itemText(target);
    const BrandId into = BrandId::fromString(m_mergeInto->itemData(target).toString());
    if (!confirm(tr("Merge %1 into %2? Its %n products move to %2 and %1 is removed.", nullptr, brand->products)
                     .arg(brand->brand.name, intoName)))
        return;
    m_keepSelected = into;
    change([from = brand->brand.id, fromName = brand->brand.name, into, intoName,
            products = brand->products](const Database &db) -> Result<QString> {
        if (Status merged = BrandRepository(db).merge(from, into); !merged)
            return merged.error();
        return tr("%1 merged into %2: %n products moved.", nullptr, products).arg(fromName, intoName);
    });
}

void BrandsDialog::previewPattern()
{
    const auto brand = selected();
    if (!brand)
        return;
    const QString type = m_patternType->currentData().toString();
    const QString pattern = m_pattern->text().trimmed();
    m_worker.run<Result<QList<BrandClaim>>>(
        this,
        [id = brand->brand.id, type, pattern](const Database &db) {
            return BrandRepository(db).claims(id, type, pattern);
        },
        [this, name = brand->brand.name](Result<QList<BrandClaim>> claims) {
            m_claims->setRows(claims.value_or(QList<BrandClaim>()));
            m_addPattern->setEnabled(bool(claims));
            m_claimSummary->setText(!claims ? claims.error().message
                                    : claims.value().isEmpty()
                                        ? tr("No product of another brand matches; new products that match will be "
                                             "%1's.")
                                              .arg(name)
                                        : tr("%n products would move to %1, and new products that match will be "
                                             "%1's.",
                                             nullptr, int(claims.value().size()))
                                              .arg(name));
            Q_EMIT previewed();
        });
}

void BrandsDialog::addPattern()
{
    const auto brand = selected();
    if (!brand)
        return;
    const QString type = m_patternType->currentData().toString();
    const QString pattern = m_pattern->text().trimmed();
    change([id = brand->brand.id, name = brand->brand.name, type, pattern](const Database &db) -> Result<QString> {
        const auto moved = BrandRepository(db).addPattern(id, type, pattern);
        if (!moved)
            return moved.error();
        return tr("%1 recognises \"%2\" now; %n products moved to it.", nullptr, moved.value()).arg(name, pattern);
    });
}

} // namespace sf
