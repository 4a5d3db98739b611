#pragma once

#include "db/database.h"
#include "imports/importbatch.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sf {

class ImportBatchTableModel;
class ImportRowsModel;
class DatabaseWorker;
class SecretStore;

// Past imports with their outcome; a selected batch's rejected rows can be opened and exported.
// "Import file…" (or a file dropped on the window) starts the import wizard.
class ImportsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsPage)

public:
    ImportsPage(DatabaseWorker &worker, SecretStore &secrets, QWidget *parent = nullptr);

    void reload();
    // Opens the wizard for a file; chooses one with a file dialog when `path` is empty.
    void importFile(const QString &path = {});
    void showRejectedRows();
    ImportBatchTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void batchesShown();

private:
    void updateButtons();
    void showBatches(const Result<QList<ImportBatch>> &batches);
    void showRecords(const QString &file, const QString &formatKey, const Result<QList<ImportRecord>> &records);

    DatabaseWorker &m_worker;
    SecretStore &m_secrets;
    ImportBatchTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_rejectedButton = nullptr;
};

} // namespace sf
