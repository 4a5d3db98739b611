#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sf {

class AwinFeedModel;
class AwinOfferTableModel;
class AwinSession;
class DatabaseWorker;
class ThumbnailPopup;
struct AwinSyncResult;

// The Awin feeds: each feed's last import, rows, offers and match rate; syncing them or importing a
// feed file downloaded by hand; and a browser over every offer (filters, a picture on hover, "Open in
// browser").
class AwinPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinPage)

public:
    AwinPage(DatabaseWorker &worker, AwinSession &session, QWidget *parent = nullptr);

    AwinFeedModel *feedModel() const { return m_feeds; }
    AwinOfferTableModel *offerModel() const { return m_offers; }
    QString statusText() const;
    void refreshFeeds();

Q_SIGNALS:
    void settingsRequested();
    void feedsLoaded();
    void enrichRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void openSelected();
    void chooseFile();
    void sessionFinished(const AwinSyncResult &result);
    void showStatus(const QString &text, bool problem = false);

    DatabaseWorker &m_worker;
    AwinSession &m_session;
    AwinFeedModel *m_feeds;
    AwinOfferTableModel *m_offers;
    QTableView *m_feedView = nullptr;
    QTableView *m_offerView = nullptr;
    ThumbnailPopup *m_thumbnails = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_brand = nullptr;
    QComboBox *m_shop = nullptr;
    QCheckBox *m_inStock = nullptr;
    QCheckBox *m_matched = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
};

} // namespace sf
