#include "stockxshippingdocument.h"

#include "sales/orderlistrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Result<QString> savePdf(const Database &db, const OrderRow &order, const QString &directory, const QByteArray &pdf)
{
    const auto failed = [&](const QString &why) {
        return Error{u"stockx.shipping_document"_s,
                     QCoreApplication::translate("StockXShippingDocument",
                                                 "The shipping document of order %1 could not be saved: %2")
                         .arg(order.orderNumber, why),
                     order.orderNumber};
    };
    if (!pdf.startsWith("%PDF"))
        return failed(QCoreApplication::translate("StockXShippingDocument", "StockX did not send a PDF."));
    if (!QDir().mkpath(directory))
        return failed(directory);
    QString name = order.orderNumber;
    name.replace(u'/', u'_');
    const QString path = QDir(directory).filePath(name + u".pdf"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return failed(file.errorString());
    if (Status recorded = OrderListRepository(db).setShippingDocument(order.id, path); !recorded)
        return recorded.error();
    return path;
}

void fetchPdf(const Database &db, StockXClient &client, const OrderRow &order, const QString &shippingId,
              const QString &directory, QObject *context, std::function<void(Result<QString>)> done)
{
    StockXRequest request;
    request.path = u"/selling/orders/%1/shipping-document/%2"_s.arg(order.orderNumber, shippingId);
    request.expectJson = false;
    client.send(request, context, [&db, order, directory, done](Result<StockXReply> reply) {
        if (!reply)
            done(reply.error());
        else
            done(savePdf(db, order, directory, reply.value().body));
    });
}
} // namespace

void downloadStockXShippingDocument(const Database &db, StockXClient &client, const OrderRow &order,
                                    const QString &directory, QObject *context,
                                    std::function<void(Result<QString>)> done)
{
    if (!order.shippingId.isEmpty()) {
        fetchPdf(db, client, order, order.shippingId, directory, context, std::move(done));
        return;
    }
    StockXRequest details;
    details.path = u"/selling/orders/"_s + order.orderNumber;
    client.send(details, context, [&db, &client, order, directory, context, done](Result<StockXReply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        const QString url =
            reply.value().json.object().value(u"shipment"_s).toObject().value(u"shippingDocumentUrl"_s).toString();
        const QString shippingId = QUrl(url).path().section(u'/', -1);
        if (shippingId.isEmpty()) {
            done(Error{u"stockx.no_shipping_document"_s,
                       QCoreApplication::translate("StockXShippingDocument",
                                                   "StockX has no shipping document for order %1 yet.")
                           .arg(order.orderNumber),
                       order.orderNumber});
            return;
        }
        fetchPdf(db, client, order, shippingId, directory, context, done);
    });
}

} // namespace sf
