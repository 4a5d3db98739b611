#include "importwizard.h"

#include "db/databaseworker.h"

#include "columnmappingeditor.h"
#include "common/ownthread.h"
#include "importrecordexport.h"
#include "importrowsmodel.h"
#include "importrowsview.h"
#include "imports/importformat.h"
#include "imports/importsecrets.h"
#include "secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
enum Page { PreviewPage, ProgressPage, ReportPage };

ImportRecord previewRecord(const PreviewRow &row)
{
    const bool ok = row.result.outcome != RecordOutcome::Rejected;
    return {row.record.line, {}, row.result.processed, ok ? u"valid"_s : u"error"_s, row.result.error};
}
} // namespace

ImportWizard::ImportWizard(DatabaseWorker &worker, SecretStore &secrets, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_dbWorker(worker)
    , m_db(worker.database())
    , m_secrets(secrets)
    , m_path(path)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(1100, 640);
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildProgressPage());
    m_pages->addWidget(buildReportPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    loadPreview();
}

ImportWizard::~ImportWizard()
{
    // Quitting during an import destroys this dialog while the worker still reports to it and uses the
    // database: it stops after its current chunk (which stays stored), and only then is anything freed.
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

QWidget *ImportWizard::buildPreviewPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *file = new QLabel(u"<b>%1</b>"_s.arg(m_path.toHtmlEscaped()));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format = new QComboBox;
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("Detect from the header"), QString());
    for (const ImportFormat &format : ImportFormat::all())
        m_format->addItem(format.title, format.key);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_mappingEdited = false;
        loadPreview();
    });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Format:")));
    formatRow->addWidget(m_format);
    formatRow->addStretch();
    m_detected = new QLabel;
    m_detected->setObjectName(u"detectedLabel"_s);
    m_detected->setWordWrap(true);
    m_mappingEditor = new ColumnMappingEditor;
    m_mappingEditor->hide();
    connect(m_mappingEditor, &ColumnMappingEditor::mappingEdited, this, [this] {
        m_mappingEdited = true;
        loadPreview();
    });
    m_previewSummary = new QLabel;
    m_previewSummary->setObjectName(u"previewSummary"_s);
    m_previewModel = new ImportRowsModel(ImportRowsModel::Values::Processed, this);
    m_previewView = createImportRowsView(m_previewModel, page);
    m_previewView->setObjectName(u"previewView"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    connect(m_importButton, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportWizard::reject);
    layout->addWidget(file);
    layout->addLayout(formatRow);
    layout->addWidget(m_detected);
    layout->addWidget(m_mappingEditor);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(buttons);
    return page;
}

QWidget *ImportWizard::buildProgressPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 1000);
    m_progressText = new QLabel;
    m_progressText->setObjectName(u"progressText"_s);
    m_cancelButton = new QPushButton(tr("Cancel import"));
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Importing. Rows are saved in chunks: cancelling keeps every row stored so far, "
                                    "and importing the file again later skips them.")));
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_cancelButton, 0, Qt::AlignRight);
    layout->addStretch();
    return page;
}

QWidget *ImportWizard::buildReportPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_reportSummary = new QLabel;
    m_reportSummary->setObjectName(u"reportSummary"_s);
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedModel = new ImportRowsModel(ImportRowsModel::Values::Source, this);
    auto *view = createImportRowsView(m_rejectedModel, page);
    view->setObjectName(u"rejectedView"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_exportButton = buttons->addButton(tr("Export rejected rows as CSV\u2026"), QDialogButtonBox::ActionRole);
    connect(m_exportButton, &QPushButton::clicked, this, &ImportWizard::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportWizard::reject);
    layout->addWidget(m_reportSummary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    return page;
}

ImportRunner::Options ImportWizard::runOptions() const
{
    ImportRunner::Options options;
    options.formatKey = m_format->currentData().toString();
    if (m_mappingEdited)
        options.mapping = m_mappingEditor->mapping();
    if (!m_mappingEditor->isHidden())
        options.savePresetAs = m_mappingEditor->presetToSave();
    return options;
}

void ImportWizard::loadPreview()
{
    // Reading the preview hashes the whole file (to recognise it when imported before): off this thread.
    ++m_previewing;
    m_importButton->setEnabled(false);
    m_previewSummary->setText(tr("Reading the file\u2026"));
    m_dbWorker.run<Result<ImportPreview>>(
        this,
        [path = m_path, options = runOptions()](const Database &db) {
            return ImportRunner(db).preview(path, options, kPreviewRows);
        },
        [this](Result<ImportPreview> preview) {
            if (--m_previewing == 0) // an older preview, for a format or mapping since changed, is not shown
                showPreview(preview);
        });
}

void ImportWizard::showPreview(const Result<ImportPreview> &preview)
{
    m_importButton->setEnabled(bool(preview));
    if (!preview) {
        m_detected->setText(u"<span style='color:#b3261e'>%1</span>"_s.arg(preview.error().message.toHtmlEscaped()));
        m_previewSummary->clear();
        m_previewModel->setRecords({});
        m_mappingEditor->hide();
        return;
    }
    const ImportPreview &p = preview.value();
    const bool needsMapping = ImportFormat::byKey(p.formatKey)->needsMapping;
    m_mappingEditor->setVisible(needsMapping);
    if (needsMapping) {
        if (!m_mappingEdited)
            m_mappingEditor->setColumns(p.columns, p.mapping, p.presetName);
        m_mappingEditor->setProblem(p.mappingProblem);
        m_importButton->setEnabled(p.mappingProblem.isEmpty());
    }
    m_detected->setText(
        tr("%1 \u00b7 %2 \u00b7 delimiter %3 \u00b7 %4 columns")
            .arg(p.formatTitle, encodingName(p.dialect.encoding),
                 p.dialect.delimiter == u'\t' ? tr("tab") : u"\u201c"_s + p.dialect.delimiter + u"\u201d"_s)
            .arg(p.columns.size()));
    QList<ImportRecord> records;
    for (const PreviewRow &row : p.rows)
        records << previewRecord(row);
    // The columns the format needs (order number, item, price, date) first, then the file's order.
    m_columns = ImportFormat::byKey(p.formatKey)->requiredColumns + p.columns;
    m_previewModel->setRecords(records);
    m_previewSummary->setText(needsMapping && !p.mappingProblem.isEmpty()
                                  ? tr("Choose the columns above to see how the rows will be stored.")
                                  : previewSummary());
}

QString ImportWizard::previewSummary() const
{
    const auto &records = m_previewModel->records();
    const auto rejected =
        std::count_if(records.begin(), records.end(), [](const ImportRecord &r) { return r.status == u"error"_s; });
    if (records.isEmpty())
        return tr("The file has a header but no rows.");
    return tr("First %1 rows: %2 ready, %3 with problems (they will be reported, the others imported). Rows "
              "imported before are recognised and skipped.")
        .arg(records.size())
        .arg(records.size() - rejected)
        .arg(rejected);
}

void ImportWizard::startImport()
{
    if (m_running)
        return;
    m_running = true;
    m_pages->setCurrentIndex(ProgressPage);
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting\u2026"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const ImportRunner::Options options = runOptions();
    // reject() waits for the worker and the destructor cancels and joins it, so `this` outlives it.
    m_worker = runOnOwnThread<Result<ImportReport>>(
        this,
        [this, db = &m_db, path = m_path, options, cancel = m_cancel] {
            auto report = ImportRunner(*db).run(
                path, options, cancel.get(), [this](qint64 done, qint64 total, const ImportReport &sofar) {
                    QMetaObject::invokeMethod(
                        this, [=, this] { showProgress(done, total, sofar); }, Qt::QueuedConnection);
                });
            db->releaseThreadConnection();
            return report;
        },
        [this](Result<ImportReport> report) {
            m_worker = nullptr;
            finishImport(report);
        });
}

void ImportWizard::showProgress(qint64 done, qint64 total, const ImportReport &sofar)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    m_progressText->setText(tr("%1 rows so far: %2 new, %3 updated, %4 duplicates, %5 rejected")
                                .arg(sofar.rows())
                                .arg(sofar.imported)
                                .arg(sofar.updated)
                                .arg(sofar.duplicates)
                                .arg(sofar.rejected));
}

void ImportWizard::cancelImport()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Cancelling after the current chunk\u2026"));
}

void ImportWizard::finishImport(const Result<ImportReport> &result)
{
    m_running = false;
    Q_EMIT importFinished();
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    m_pages->setCurrentIndex(ReportPage);
    if (!result) {
        m_reportSummary->setText(
            u"<span style='color:#b3261e'>%1</span>"_s.arg(result.error().toString().toHtmlEscaped()));
        m_exportButton->setEnabled(false);
        return;
    }
    m_report = result.value();
    QString text = m_report.summary();
    if (m_report.encodingErrors)
        text += u' ' + tr("Some characters were not valid %1 and were replaced; check the text of the imported rows.")
                           .arg(encodingName(m_report.dialect.encoding));
    if (m_report.rejected > m_report.rejectedRows.size())
        text += u' ' + tr("The first %1 rejected rows are listed below.").arg(m_report.rejectedRows.size());
    m_reportSummary->setText(u"<b>%1</b><br>%2"_s.arg(m_report.formatTitle.toHtmlEscaped(), text.toHtmlEscaped()));
    m_rejectedModel->setRecords(m_report.rejectedRows, m_columns);
    m_exportButton->setEnabled(!m_report.rejectedRows.isEmpty());
    storeSecrets();
}

void ImportWizard::storeSecrets()
{
    if (m_report.secrets.isEmpty())
        return;
    const qsizetype count = m_report.secrets.size();
    QPointer<QLabel> summary(m_reportSummary);
    const QString where = m_secrets.description();
    storeImportSecrets(m_secrets, std::exchange(m_report.secrets, {}),
                       [summary, count, where](int stored, std::optional<Error> error) {
                           if (!summary)
                               return;
                           const QString line =
                               error ? tr("%1 of %2 passwords were saved in %3; the rest could not be: %4. The "
                                          "accounts are imported; import the file again once that works.")
                                           .arg(stored)
                                           .arg(count)
                                           .arg(where, error->message)
                                     : tr("%1 passwords were saved in %2.").arg(stored).arg(where);
                           summary->setText(summary->text() + u"<br>"_s + line.toHtmlEscaped());
                       });
}

void ImportWizard::exportReport()
{
    exportImportRecords(this, m_report.rejectedRows, QFileInfo(m_path).completeBaseName() + u"-rejected.csv"_s);
}

void ImportWizard::reject()
{
    if (m_running) {
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace sf
