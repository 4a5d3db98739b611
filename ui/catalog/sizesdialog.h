#pragma once

#include "catalog/sizeusage.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sf {

class DatabaseWorker;
class SizeUsageModel;

// Edit → Sizes: the sizes no rule could read (or all of them) with their pairs, mapped in one step to
// the size they mean. The mapping is remembered, so later imports and syncs file that text there too.
class SizesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizesDialog)

public:
    explicit SizesDialog(DatabaseWorker &worker, QWidget *parent = nullptr);

    // Asked before a change that cannot be undone; a test answers without a message box.
    std::function<bool(const QString &question)> confirm;
    QString statusText() const;

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
    void showStatus(const QString &text, bool problem);

    DatabaseWorker &m_worker;
    SizeUsageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QCheckBox *m_onlyUnread;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_target;
    QPushButton *m_map;
    QLabel *m_status;
};

} // namespace sf
