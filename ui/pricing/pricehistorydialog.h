#pragma once

#include "domain/ids.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace sf {

class DatabaseWorker;
class PriceHistoryChart;

// The price history of one product and size over a chosen period (30, 90, 365 days or two years),
// read on the database worker; exports as PNG.
class PriceHistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceHistoryDialog)

public:
    PriceHistoryDialog(DatabaseWorker &worker, const ProductId &product, const SizeId &size, const QString &title,
                       QWidget *parent = nullptr);

    // Looks the pair's product and size up on the worker, then opens their price history.
    static void openForPair(DatabaseWorker &worker, const StockItemId &pair, QWidget *parent);

    PriceHistoryChart *chart() const { return m_chart; }
    void setDays(int days);

Q_SIGNALS:
    void loaded();

private:
    void load();
    void savePng();

    DatabaseWorker &m_worker;
    ProductId m_product;
    SizeId m_size;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    PriceHistoryChart *m_chart = nullptr;
    quint64 m_asked = 0;
};

} // namespace sf
