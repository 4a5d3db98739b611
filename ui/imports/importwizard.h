#pragma once

#include "imports/importrunner.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

class QThread;

namespace sf {

class ColumnMappingEditor;
class ImportRowsModel;
class DatabaseWorker;
class SecretStore;

// Imports one file: a preview of the first rows as they will be stored (format and encoding detected,
// each row marked OK or with its problem), the import on a worker thread with progress and cancel,
// and a report of what happened with the rejected rows, exportable as CSV. Passwords an import carries
// (supplier accounts) are handed to the SecretStore afterwards and the outcome is added to the report.
class ImportWizard final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    // The preview is read on `worker`; the import runs on a thread of its own with its own connection.
    ImportWizard(DatabaseWorker &worker, SecretStore &secrets, const QString &path, QWidget *parent = nullptr);
    ~ImportWizard() override;

    static constexpr int kPreviewRows = 100;

    const QString &path() const { return m_path; }
    bool isRunning() const { return m_running; }
    // True while the preview of the file (with the chosen format and mapping) is being read.
    bool previewing() const { return m_previewing > 0; }
    void startImport();
    void cancelImport();
    const ImportReport &report() const { return m_report; }
    QString previewSummary() const;
    ColumnMappingEditor *mappingEditor() const { return m_mappingEditor; }

    void reject() override;

Q_SIGNALS:
    // The import ended (completed, cancelled or stopped by an error) and may have changed data.
    void importFinished();

private:
    QWidget *buildPreviewPage();
    QWidget *buildProgressPage();
    QWidget *buildReportPage();
    void loadPreview();
    void showPreview(const Result<ImportPreview> &preview);
    ImportRunner::Options runOptions() const;
    void showProgress(qint64 done, qint64 total, const ImportReport &sofar);
    void finishImport(const Result<ImportReport> &result);
    void exportReport();
    void storeSecrets();

    DatabaseWorker &m_dbWorker;
    const Database &m_db;
    SecretStore &m_secrets;
    QString m_path;
    QStringList m_columns; // the file's header, for showing rejected rows in the file's column order
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_detected = nullptr;
    ColumnMappingEditor *m_mappingEditor = nullptr;
    bool m_mappingEdited = false; // then the editor's mapping is used instead of guess or preset
    QLabel *m_previewSummary = nullptr;
    QTableView *m_previewView = nullptr;
    ImportRowsModel *m_previewModel = nullptr;
    QPushButton *m_importButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_reportSummary = nullptr;
    ImportRowsModel *m_rejectedModel = nullptr;
    QPushButton *m_exportButton = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_worker = nullptr; // while an import runs
    ImportReport m_report;
    bool m_running = false;
    bool m_closeWhenDone = false;
    int m_previewing = 0; // previews asked for and not shown yet; only the last one asked is shown
};

} // namespace sf
