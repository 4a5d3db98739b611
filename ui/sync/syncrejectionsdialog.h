#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sf {

class DatabaseWorker;
class SyncRejectionModel;

// The StockX records the syncs could not store, with their reasons and the JSON StockX sent. Each one
// is tried again by the next run of its sync; this is where the operator sees what is waiting.
class SyncRejectionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRejectionsDialog)

public:
    explicit SyncRejectionsDialog(DatabaseWorker &worker, QWidget *parent = nullptr);

Q_SIGNALS:
    void loaded(int count);

public Q_SLOTS:
    void reload();

private:
    void showRaw();

    DatabaseWorker &m_worker;
    SyncRejectionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPlainTextEdit *m_raw;
    QLabel *m_summary;
};

} // namespace sf
