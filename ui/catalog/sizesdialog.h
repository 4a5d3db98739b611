#pragma once

#include "catalog/sizeusage.h"
#include "domain/result.h"

#include "common/editordialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sf {

class DatabaseWorker;
class SizeUsageModel;

// Edit → Sizes: the sizes no rule could read (or all of them) with their pairs, mapped in one step to
// the size they mean. The mapping is remembered, so later imports and syncs file that text there too.
class SizesDialog final : public EditorDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizesDialog)

public:
    explicit SizesDialog(DatabaseWorker &worker, QWidget *parent = nullptr);

Q_SIGNALS:
    void sizesChanged();
    void loaded();

public Q_SLOTS:
    void reload();
    void mapSelected();

private:
    struct Loaded {
        QList<SizeUsage> rows;
        QStringList targets;
    };
    void showLoaded(const Result<Loaded> &result);
    void updateButtons();

    DatabaseWorker &m_worker;
    SizeUsageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QCheckBox *m_onlyUnread;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_target;
    QPushButton *m_map;
};

} // namespace sf
