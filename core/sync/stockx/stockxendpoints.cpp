#include "stockxendpoints.h"

#include "db/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
bool secureEnough(const QUrl &url)
{
    if (url.scheme() == u"https"_s)
        return true;
    return url.scheme() == u"http"_s && (url.host() == u"localhost"_s || QHostAddress(url.host()).isLoopback());
}
} // namespace

QString StockXEndpoints::userRateFile()
{
    const QString dir = dataFolder();
    QDir().mkpath(dir);
    return dir + u"/stockx-requests.next"_s;
}

Status StockXEndpoints::checkSecure() const
{
    for (const QUrl &url : {apiUrl, authUrl})
        if (!secureEnough(url))
            return Error{u"stockx.insecure_url"_s,
                         QCoreApplication::translate("StockXEndpoints",
                                                     "%1 is not an https:// address; SoleFlipper sends StockX "
                                                     "credentials only encrypted (plain http only to this computer).")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                         {}};
    return {};
}

} // namespace sf
