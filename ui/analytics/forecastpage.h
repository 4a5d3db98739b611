#pragma once

#include "analytics/forecastrun.h"
#include "analytics/insight.h"
#include "domain/result.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace sf {

class BarChart;
class DatabaseWorker;

// Forecasts of units sold, in total or for one brand, marketplace or product, per day, week or month: the
// history, then the ensemble's forecast with its 95 % band; each model's backtest errors and weight; the
// weekday and month demand patterns. A run is computed and stored on the database worker.
class ForecastPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastPage)

public:
    explicit ForecastPage(DatabaseWorker &worker, QWidget *parent = nullptr);

    void setRequest(const ForecastRequest &request);
    ForecastRequest request() const;
    void runForecast();
    const std::optional<ForecastRun> &shown() const { return m_run; }
    QChartView *chart() const { return m_chart; }
    QTableWidget *models() const { return m_models; }
    QTableWidget *insights() const { return m_insights; }
    // Restock and clearance insights for every product, read on the worker.
    void refreshInsights();
    QString message() const;

Q_SIGNALS:
    void forecastShown();
    void insightsShown();

protected:
    // The first look computes the insights: a page nobody opens keeps the database worker free at start.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    void levelChosen();
    void showRun(const Result<ForecastRun> &run);
    void drawHistoryAndForecast(const ForecastRun &run);
    void fillModels(const ForecastRun &run);
    void showInsights(const Result<QList<Insight>> &insights);

    DatabaseWorker &m_worker;
    QDate m_today = QDate::currentDate();
    QComboBox *m_level = nullptr;
    QComboBox *m_entity = nullptr;
    QComboBox *m_bucket = nullptr;
    QSpinBox *m_horizon = nullptr;
    QLabel *m_message = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_models = nullptr;
    QTableWidget *m_insights = nullptr;
    BarChart *m_weekdays = nullptr;
    BarChart *m_months = nullptr;
    std::optional<ForecastRun> m_run;
    quint64 m_insightsAsked = 0; // answers to older questions are not shown
};

} // namespace sf
