#pragma once

#include "analytics/kpiperiod.h"
#include "analytics/kpiquery.h"
#include "analytics/kpis.h"
#include "analytics/salesday.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace sf {

class DatabaseWorker;
class KpiTile;
class SalesChart;

// What the period earned and where the stock stands: KPI tiles for a period preset (or custom days),
// one marketplace or all, optionally against the previous period of the same length. The figures are
// computed on the database worker and follow every committed change to orders, stock and listings.
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
    void setCompare(bool compare);
    KpiQuery query() const;
    KpiTile *tile(const QString &name) const { return m_tiles.value(name); }
    SalesChart *salesChart() const { return m_chart; }
    void refresh();

Q_SIGNALS:
    // The tiles show the figures of query().
    void figuresShown();

private:
    struct Figures {
        Result<Kpis> now;
        std::optional<Result<Kpis>> before;
        Result<QList<SalesDay>> days;
    };
    QWidget *buildControls();
    QWidget *buildTiles();
    void addTile(const QString &name, const QString &title, const QString &formula);
    void loadMarketplaces();
    void periodChosen();
    void showFigures(const Figures &figures);

    DatabaseWorker &m_worker;
    QDate m_today = QDate::currentDate();
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_marketplace = nullptr;
    QCheckBox *m_compare = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, KpiTile *> m_tiles;
    SalesChart *m_chart = nullptr;
    QList<QString> m_tileOrder;
    quint64 m_asked = 0; // answers to older questions are not shown
};

} // namespace sf
