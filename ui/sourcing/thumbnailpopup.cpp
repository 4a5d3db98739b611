#include "thumbnailpopup.h"

#include <QAbstractItemView>
#include <QMouseEvent>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace sf {

ThumbnailPopup::ThumbnailPopup(QAbstractItemView *view, int urlRole)
    : QLabel(view, Qt::ToolTip | Qt::FramelessWindowHint)
    , m_view(view)
    , m_urlRole(urlRole)
{
    setObjectName(u"thumbnailPopup"_s);
    setStyleSheet(u"QLabel { background: white; border: 1px solid #bdbdbd; padding: 4px; }"_s);
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
}

bool ThumbnailPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove)
        hoverAt(static_cast<QMouseEvent *>(event)->position().toPoint());
    else if (event->type() == QEvent::Leave) {
        m_wanted.clear();
        hide();
    }
    return QLabel::eventFilter(watched, event);
}

void ThumbnailPopup::hoverAt(const QPoint &viewportPos)
{
    const QString url = m_view->indexAt(viewportPos).data(m_urlRole).toString();
    m_anchor = m_view->viewport()->mapToGlobal(viewportPos) + QPoint(18, 12);
    if (url.isEmpty()) {
        m_wanted.clear();
        hide();
        return;
    }
    if (url == m_wanted) {
        move(m_anchor);
        return;
    }
    m_wanted = url;
    if (m_cache.contains(url)) {
        showPicture(url);
        return;
    }
    hide();
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        QPixmap picture;
        // A picture that cannot be had is remembered as none, so the row does not ask again and again.
        if (reply->error() == QNetworkReply::NoError)
            picture.loadFromData(reply->readAll());
        m_cache.insert(url, picture);
        if (url == m_wanted)
            showPicture(url);
    });
}

void ThumbnailPopup::showPicture(const QString &url)
{
    const QPixmap picture = m_cache.value(url);
    if (picture.isNull()) {
        hide();
        return;
    }
    setPixmap(picture.scaled(200, 200, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    adjustSize();
    move(m_anchor);
    show();
}

} // namespace sf
