#include "sizesdialog.h"

#include "catalog/catalogresolver.h"
#include "catalog/sizerepository.h"
#include "common/rolegate.h"
#include "db/databaseworker.h"
#include "sizeusagemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SizesDialog::SizesDialog(DatabaseWorker &worker, QWidget *parent)
    : EditorDialog(parent)
    , m_worker(worker)
    , m_model(new SizeUsageModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"sizesDialog"_s);
    setWindowTitle(tr("Sizes"));
    resize(760, 560);

    auto *intro = new QLabel(tr("Sizes that no rule could read are kept exactly as the marketplace or the sheet "
                                "wrote them. Map them to the size they mean: their pairs move there, and later "
                                "imports and syncs file the same text there by themselves."));
    intro->setWordWrap(true);
    m_onlyUnread = new QCheckBox(tr("Only sizes no rule could read"));
    m_onlyUnread->setObjectName(u"onlyUnreadCheck"_s);
    m_onlyUnread->setChecked(true);
    connect(m_onlyUnread, &QCheckBox::toggled, this, &SizesDialog::reload);
    m_search = new QLineEdit;
    m_search->setObjectName(u"sizeSearch"_s);
    m_search->setPlaceholderText(tr("Find a size\u2026"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SizeUsageModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(SizeUsageModel::Written);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView;
    m_view->setObjectName(u"sizesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SizeUsageModel::Pairs, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SizeUsageModel::Written, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SizesDialog::updateButtons);

    m_target = new QComboBox;
    m_target->setObjectName(u"targetSizeCombo"_s);
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->lineEdit()->setPlaceholderText(tr("e.g. US 3.5Y, EU 42, M, 34W/32L"));
    m_target->setMinimumWidth(220);
    connect(m_target, &QComboBox::currentTextChanged, this, &SizesDialog::updateButtons);
    m_map = new QPushButton(tr("Map"));
    m_map->setObjectName(u"mapSizesButton"_s);
    connect(m_map, &QPushButton::clicked, this, &SizesDialog::mapSelected);
    RoleGate::require(m_map, TeamRole::Action::Write);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_onlyUnread);
    filters->addStretch();
    filters->addWidget(m_search);
    auto *mapping = new QHBoxLayout;
    mapping->addWidget(new QLabel(tr("Map the selected sizes to:")));
    mapping->addWidget(m_target, 1);
    mapping->addWidget(m_map);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(mapping);
    layout->addWidget(statusLabel());
    layout->addWidget(buttons);
    updateButtons();
    reload();
}

void SizesDialog::reload()
{
    const bool onlyUnread = m_onlyUnread->isChecked();
    m_worker.run<Result<Loaded>>(
        this,
        [onlyUnread](const Database &db) -> Result<Loaded> {
            SizeRepository sizes(db);
            const auto rows = sizes.usage(onlyUnread);
            if (!rows)
                return rows.error();
            const auto all = sizes.usage(false);
            if (!all)
                return all.error();
            QStringList targets;
            for (const SizeUsage &row : all.value())
                if (row.size.region != u"TEXT"_s)
                    targets.append(row.size.label());
            return Loaded{rows.value(), targets};
        },
        [this](Result<Loaded> result) { showLoaded(result); });
}

void SizesDialog::showLoaded(const Result<Loaded> &result)
{
    if (!result) {
        showStatus(result.error().toString(), true);
        return;
    }
    m_model->setRows(result.value().rows);
    const QString typed = m_target->currentText();
    m_target->clear();
    m_target->addItems(result.value().targets);
    m_target->setCurrentText(typed);
    if (statusText().isEmpty() && result.value().rows.isEmpty() && m_onlyUnread->isChecked())
        showStatus(tr("Every size was read; nothing to map."), false);
    updateButtons();
    Q_EMIT loaded();
}

void SizesDialog::updateButtons()
{
    m_map->setEnabled(m_view->selectionModel()->hasSelection() && !m_target->currentText().trimmed().isEmpty());
}

void SizesDialog::mapSelected()
{
    QList<SizeId> from;
    QStringList names;
    int pairs = 0;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const SizeUsage &row = m_model->rowAt(m_proxy->mapToSource(index).row());
        from.append(row.size.id);
        names.append(row.size.value);
        pairs += row.pairs;
    }
    const QString target = m_target->currentText().trimmed();
    if (from.isEmpty() || target.isEmpty())
        return;
    if (!confirm(tr("Map %1 (%n pairs) to %2? The sizes are replaced by %2 everywhere.", nullptr, pairs)
                     .arg(names.join(u", "_s), target)))
        return;
    m_map->setEnabled(false);
    m_worker.run<Result<Size>>(
        this,
        [from, target](const Database &db) -> Result<Size> {
            const auto into = CatalogResolver(db).size(target);
            if (!into)
                return into.error();
            if (into.value().region == u"TEXT"_s)
                return Error{u"size.unread"_s,
                             tr("\"%1\" is not a size SoleFlipper can read either. Type it like US 9, 8.5W, 4Y, "
                                "EU 42, UK 7, M or 34W/32L.")
                                 .arg(target),
                             {}};
            if (Status mapped = SizeRepository(db).mapInto(from, into.value().id); !mapped)
                return mapped.error();
            return into.value();
        },
        [this, names, pairs](Result<Size> into) {
            if (!into) {
                showStatus(into.error().message, true);
                updateButtons();
                return;
            }
            showStatus(
                tr("%1 now mean %2; %n pairs moved.", nullptr, pairs).arg(names.join(u", "_s), into.value().label()),
                false);
            Q_EMIT sizesChanged();
            reload();
        });
}

} // namespace sf
