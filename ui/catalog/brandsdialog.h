#pragma once

#include "catalog/brandusage.h"
#include "domain/result.h"

#include "common/editordialog.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sf {

class BrandClaimModel;
class Database;
class BrandUsageModel;
class DatabaseWorker;

// Edit → Brands: every brand with its products and pairs. The selected brand can be renamed, merged
// into another (its products move), or given a keyword or regex whose preview lists the products it
// would claim; adding it moves them and names every later product it matches.
class BrandsDialog final : public EditorDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandsDialog)

public:
    explicit BrandsDialog(DatabaseWorker &worker, QWidget *parent = nullptr);

    void selectBrand(const QString &name);

Q_SIGNALS:
    void brandsChanged();
    void loaded();
    void previewed();

public Q_SLOTS:
    void reload();
    void renameSelected();
    void mergeSelected();
    void previewPattern();
    void addPattern();

private:
    QGroupBox *buildEditor();
    std::optional<BrandUsage> selected() const;
    void showSelected();
    // Runs a change on the worker; on success says `done` and reloads.
    void change(std::function<Result<QString>(const Database &)> work);

    DatabaseWorker &m_worker;
    BrandUsageModel *m_model;
    BrandClaimModel *m_claims;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QGroupBox *m_editor;
    QLineEdit *m_name;
    QPushButton *m_rename;
    QComboBox *m_mergeInto;
    QPushButton *m_merge;
    QComboBox *m_patternType;
    QLineEdit *m_pattern;
    QPushButton *m_preview;
    QTableView *m_claimView;
    QLabel *m_claimSummary;
    QPushButton *m_addPattern;
    BrandId m_keepSelected;
};

} // namespace sf
