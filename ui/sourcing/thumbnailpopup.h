#pragma once

#include <QHash>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPersistentModelIndex>
#include <QPixmap>

class QAbstractItemView;

namespace sf {

// Shows a row's product picture next to the pointer while it rests on the row: the URL comes from the
// model's `urlRole`, the picture is fetched asynchronously once and kept for the session.
class ThumbnailPopup final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailPopup)

public:
    ThumbnailPopup(QAbstractItemView *view, int urlRole);

    bool hasPicture(const QString &url) const { return m_cache.contains(url); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hoverAt(const QPoint &viewportPos);
    void showPicture(const QString &url);

    QAbstractItemView *m_view;
    int m_urlRole;
    QNetworkAccessManager m_network;
    QHash<QString, QPixmap> m_cache;
    QString m_wanted;
    QPoint m_anchor;
};

} // namespace sf
