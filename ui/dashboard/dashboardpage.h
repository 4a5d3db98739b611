#pragma once

#include "analytics/ageingband.h"
#include "analytics/expectedpayout.h"
#include "analytics/kpiperiod.h"
#include "analytics/kpiquery.h"
#include "analytics/kpis.h"
#include "analytics/profitbucket.h"
#include "analytics/salesday.h"
#include "analytics/salesgroup.h"
#include "charts/dashboardchartdata.h"
#include "domain/result.h"
#include "inventory/stockquery.h"
#include "sales/orderquery.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace sf {

class ChartCard;
class DatabaseWorker;
class KpiTile;
class WelcomePanel;

// What the period earned, what is stuck and what comes next: KPI tiles and charts for a period preset
// (or custom days), one marketplace, brand or supplier or all, optionally against the previous period.
// Tiles come first, then the charts, both computed on the database worker; they follow every committed
// change to orders, stock, listings and market prices. Clicking a tile or a bar opens the Orders or Stock
// page on exactly what it counted. Charts export as PNG or SVG, the whole page as a PDF report.
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(DatabaseWorker &worker, QWidget *parent = nullptr);

    // The day the presets count back from; today unless a test fixes it.
    void setToday(const QDate &today);
    void setPeriod(KpiPeriod period);
    void setCustomPeriod(const QDate &from, const QDate &to);
    void setMarketplace(const QString &slug);
    void setBrand(const BrandId &brand);
    void setSupplier(const SupplierId &supplier);
    void setCompare(bool compare);
    KpiQuery query() const;
    KpiTile *tile(const QString &name) const { return m_tiles.value(name); }
    // sales, brands, products, ageing, profit, payouts
    ChartCard *card(const QString &name) const { return m_cards.value(name); }
    // Shown instead of the figures while the database holds no pair and no sale.
    WelcomePanel *welcome() const { return m_welcome; }
    void refresh();
    // Seconds between recomputations for other clients' changes (core.system_config).
    int refreshSeconds() const;

    // What clicking does, callable by tests.
    void openTile(const QString &name);
    void openBar(const QString &card, int set, int category);
    // The whole dashboard as a PDF report (A4 landscape, as many pages as it needs).
    bool exportPdf(const QString &path);
    std::function<QString()> askPdfPath; // seam for tests; empty: cancelled

Q_SIGNALS:
    void tilesShown();
    // Tiles and charts show the figures of query().
    void figuresShown();
    void openOrders(const sf::OrderQuery &query, const QString &label);
    void openStock(const sf::StockQuery &query, const QString &label);

private:
    struct Tiles {
        Result<Kpis> now;
        std::optional<Result<Kpis>> before;
        Result<bool> hasData;
    };
    struct Charts {
        Result<QList<SalesDay>> days;
        Result<QList<SalesGroup>> brands;
        Result<QList<SalesGroup>> products;
        Result<QList<AgeingBand>> ageing;
        Result<QList<ProfitBucket>> profits;
        Result<QList<ExpectedPayout>> payouts;
    };
    QWidget *buildControls();
    QWidget *buildTiles();
    QWidget *buildCharts();
    void addTile(const QString &name, const QString &title, const QString &formula);
    ChartCard *addCard(const QString &name, const QString &title, const QString &hint);
    void loadChoices();
    void periodChosen();
    void showTiles(const Tiles &tiles);
    void showCharts(const Charts &charts);
    void drawSales();
    void drawAgeing();
    // "1 Mar 2026 – 31 Mar 2026 · StockX · Nike": what a drill-down page says it shows.
    QString describe(const QString &what, bool withPeriod) const;

    DatabaseWorker &m_worker;
    QDate m_today = QDate::currentDate();
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_marketplace = nullptr;
    QComboBox *m_brand = nullptr;
    QComboBox *m_supplier = nullptr;
    QCheckBox *m_compare = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_controls = nullptr;
    QWidget *m_scroll = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QHash<QString, KpiTile *> m_tiles;
    QList<QString> m_tileOrder;
    QHash<QString, ChartCard *> m_cards;
    quint64 m_asked = 0; // answers to older questions are not shown
    QTimer *m_refreshTimer = nullptr;
    // What is on screen, for drill-down and redrawing.
    KpiQuery m_shown;
    std::optional<Charts> m_charts;
    dashboardchartdata::SalesOverTime m_sales;
    dashboardchartdata::Payouts m_payouts;
};

} // namespace sf
