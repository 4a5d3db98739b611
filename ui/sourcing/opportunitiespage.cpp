#include "opportunitiespage.h"

#include "common/rolegate.h"

#include "buyofferdialog.h"
#include "charts/pricehistorychart.h"
#include "common/changewatcher.h"
#include "common/filterwidgets.h"
#include "common/moneytext.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "opportunitytablemodel.h"
#include "pricing/pricehistoryrepository.h"
#include "sourcing/awinofferrepository.h"
#include "sourcing/offerpurchase.h"
#include "sourcing/opportunityrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {

constexpr int kChartDays = 90;

std::optional<Money> amountIn(const QLineEdit *field)
{
    return field->text().trimmed().isEmpty() ? std::nullopt : Money::parse(field->text(), u"EUR"_s);
}

QString feeName(const QString &type)
{
    if (type == u"transaction"_s)
        return OpportunitiesPage::tr("Transaction fee");
    if (type == u"payment_processing"_s)
        return OpportunitiesPage::tr("Payment processing");
    if (type == u"shipping"_s)
        return OpportunitiesPage::tr("Shipping fee");
    if (type == u"shipping_to_stockx"_s)
        return OpportunitiesPage::tr("Your shipping to StockX");
    return type;
}

QLineEdit *amountField(const QString &name, const QString &placeholder)
{
    auto *field = new QLineEdit;
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setFixedWidth(110);
    field->setClearButtonEnabled(true);
    return field;
}

} // namespace

OpportunitiesPage::OpportunitiesPage(DatabaseWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_model(new OpportunityTableModel(worker.database(), this))
{
    setObjectName(u"opportunitiesPage"_s);
    m_model->setWorker(&worker);

    m_minProfit = amountField(u"minProfit"_s, tr("Min. profit €"));
    m_maxPrice = amountField(u"maxPrice"_s, tr("Max. price €"));
    m_minMargin = new QSpinBox;
    m_minMargin->setObjectName(u"minMargin"_s);
    m_minMargin->setRange(-100, 500);
    m_minMargin->setValue(-100);
    m_minMargin->setSpecialValueText(tr("Any margin"));
    m_minMargin->setSuffix(u" %"_s);
    m_minMargin->setPrefix(tr("≥ "));
    m_brand = delayedSearchField(this, u"opportunityBrand"_s, tr("Brand"), [this] { applyFilter(); });
    m_size = delayedSearchField(this, u"opportunitySize"_s, tr("Size (EU)"), [this] { applyFilter(); });
    m_size->setMaximumWidth(90);
    m_brand->setMaximumWidth(150);
    m_merchant = filterCombo(this, u"opportunityMerchant"_s, {{tr("All shops"), 0}}, [this] { applyFilter(); });
    m_notHeld = new QCheckBox(tr("Only sizes I don't hold"));
    m_notHeld->setObjectName(u"onlyNotHeld"_s);
    for (QLineEdit *field : {m_minProfit, m_maxPrice})
        connect(field, &QLineEdit::editingFinished, this, &OpportunitiesPage::applyFilter);
    connect(m_minMargin, &QSpinBox::valueChanged, this, &OpportunitiesPage::applyFilter);
    connect(m_notHeld, &QCheckBox::toggled, this, &OpportunitiesPage::applyFilter);

    m_basis = new QComboBox;
    m_basis->setObjectName(u"priceBasis"_s);
    m_basis->addItem(tr("at the lowest ask"), int(OpportunitySettings::Basis::LowestAsk));
    m_basis->addItem(tr("at the sell-faster price"), int(OpportunitySettings::Basis::SellFaster));
    m_level = new QSpinBox;
    m_level->setObjectName(u"sellerLevel"_s);
    m_level->setRange(1, 5);
    m_level->setPrefix(tr("Seller level "));
    m_shipping = amountField(u"shippingToStockX"_s, tr("Shipping €"));
    m_shipping->setToolTip(tr("What sending one pair to StockX costs you"));
    auto *recalc = new QPushButton(tr("Recalculate"));
    recalc->setObjectName(u"recalculate"_s);
    recalc->setToolTip(tr("Values every matched offer again with these settings and the newest StockX prices"));
    connect(recalc, &QPushButton::clicked, this, &OpportunitiesPage::recalculate);
    // It keeps the seller level, basis and shipping beside it for the whole team.
    RoleGate::require(recalc, TeamRole::Action::ChangeSettings);

    auto *filters = new QHBoxLayout;
    filters->addWidget(pageTitle(tr("Opportunities")));
    filters->addSpacing(12);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_minProfit, m_minMargin, m_brand, m_size, m_merchant, m_maxPrice, m_notHeld})
        filters->addWidget(w);
    filters->addStretch(1);
    auto *valuation = new QHBoxLayout;
    valuation->addWidget(new QLabel(tr("Value each offer")));
    valuation->addWidget(m_basis);
    valuation->addWidget(m_level);
    valuation->addWidget(m_shipping);
    valuation->addWidget(recalc);
    valuation->addStretch(1);

    m_view = new QTableView;
    m_view->setObjectName(u"opportunityTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OpportunitiesPage::showSelected);

    m_breakdown = new QLabel(tr("Select an offer to see what it earns."));
    m_breakdown->setObjectName(u"opportunityBreakdown"_s);
    m_breakdown->setTextFormat(Qt::RichText);
    m_breakdown->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_breakdown->setMinimumWidth(300);
    m_chart = new PriceHistoryChart;
    m_buy = new QPushButton(tr("Record purchase\u2026"));
    m_buy->setObjectName(u"buyOffer"_s);
    m_buy->setToolTip(tr("Puts the pair into stock as incoming, bought from this shop"));
    m_open = new QPushButton(tr("Open in shop"));
    m_open->setObjectName(u"openOffer"_s);
    m_open->setToolTip(tr("Opens the offer in your browser (through Awin's tracking link)"));
    for (QPushButton *b : {m_buy, m_open})
        b->setEnabled(false);
    RoleGate::require(m_buy, TeamRole::Action::Write);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Opportunity *o = selected())
            QDesktopServices::openUrl(QUrl(o->affiliateLink.isEmpty() ? o->merchantLink : o->affiliateLink));
    });
    connect(m_buy, &QPushButton::clicked, this, [this] {
        const Opportunity *o = selected();
        if (!o)
            return;
        auto *dialog = new BuyOfferDialog(*o, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { buySelected(dialog->quantity(), dialog->orderNumber()); });
        dialog->open();
    });
    auto *detail = new QWidget;
    detail->setMinimumWidth(380);
    detail->setMaximumWidth(460);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_breakdown);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buy);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_chart, 1);
    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status = new QLabel;
    m_status->setObjectName(u"opportunityStatus"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(filters);
    layout->addLayout(valuation);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_model, &OpportunityTableModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        // The name is what the operator reads first: it keeps room even when the window is narrow.
        m_view->setColumnWidth(OpportunityTableModel::Product,
                               qMax(220, m_view->viewport()->width() - m_view->horizontalHeader()->length() +
                                             m_view->columnWidth(OpportunityTableModel::Product)));
        showStatus(m_model->rowCount() == 0
                       ? tr("No opportunities: import Awin feeds, match them to the catalog and sync StockX's "
                            "market prices.")
                       : tr("The most profitable offers first; more load as you scroll."));
    });
    connect(m_model, &OpportunityTableModel::errorOccurred, this, [this](const QString &message) {
        showStatus(tr("The opportunities could not be read: %1").arg(message), true);
    });
    new ChangeWatcher(worker.database().changeNotifier(), this, {Change::Entity::AwinOffer, Change::Entity::StockItem},
                      [this](const QList<Change> &) { m_model->reload(); });
}

void OpportunitiesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_settingsLoaded) {
        m_settingsLoaded = true;
        loadSettings();
        applyFilter();
    }
}

void OpportunitiesPage::loadSettings()
{
    struct Loaded {
        Result<OpportunitySettings> settings = Error{};
        Result<QList<FeeRule>> fees = Error{};
        Result<QList<std::pair<int, QString>>> merchants = Error{};
    };
    m_worker.run<Loaded>(
        this,
        [](const Database &db) {
            Loaded loaded;
            loaded.settings = OpportunitySettings::load(db);
            if (loaded.settings)
                loaded.fees = OpportunityRepository(db).feeRules(loaded.settings.value());
            loaded.merchants = AwinOfferRepository(db).merchants();
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.settings || !loaded.fees) {
                showStatus((loaded.settings ? loaded.fees.error() : loaded.settings.error()).toString(), true);
                return;
            }
            m_settings = loaded.settings.value();
            m_fees = loaded.fees.value();
            m_basis->setCurrentIndex(m_basis->findData(int(m_settings.basis)));
            m_level->setValue(m_settings.sellerLevel);
            m_shipping->setText(m_settings.shipping.isZero() ? QString() : m_settings.shipping.toDecimalString());
            if (loaded.merchants)
                for (const auto &[id, name] : loaded.merchants.value())
                    if (m_merchant->findData(id) < 0)
                        m_merchant->addItem(name, id);
        });
}

void OpportunitiesPage::applyFilter()
{
    OpportunityFilter filter;
    filter.minProfit = amountIn(m_minProfit);
    filter.maxBuyPrice = amountIn(m_maxPrice);
    if (m_minMargin->value() > m_minMargin->minimum())
        filter.minMarginPercent = m_minMargin->value();
    filter.brand = m_brand->text().trimmed();
    filter.size = m_size->text().trimmed();
    filter.merchantId = m_merchant->currentData().toInt();
    filter.onlySizesNotHeld = m_notHeld->isChecked();
    m_model->setFilter(filter);
}

void OpportunitiesPage::recalculate()
{
    OpportunitySettings settings = m_settings;
    settings.basis = OpportunitySettings::Basis(m_basis->currentData().toInt());
    settings.sellerLevel = m_level->value();
    const auto shipping = amountIn(m_shipping);
    if (!m_shipping->text().trimmed().isEmpty() && !shipping) {
        showStatus(tr("The shipping cost \"%1\" is not an amount.").arg(m_shipping->text()), true);
        return;
    }
    settings.shipping = shipping.value_or(Money(0, settings.currency));
    showStatus(tr("Valuing every matched offer\u2026"));
    struct Done {
        Result<qint64> valued = Error{};
        Result<QList<FeeRule>> fees = Error{};
    };
    m_worker.run<Done>(
        this,
        [settings](const Database &db) {
            Done done;
            if (Status saved = settings.save(db); !saved) {
                done.valued = saved.error();
                return done;
            }
            done.valued = OpportunityRepository(db).refresh(settings);
            done.fees = OpportunityRepository(db).feeRules(settings);
            return done;
        },
        [this, settings](const Done &done) {
            if (!done.valued) {
                showStatus(tr("The offers could not be valued: %1").arg(done.valued.error().toString()), true);
                return;
            }
            m_settings = settings;
            if (done.fees)
                m_fees = done.fees.value();
            showStatus(tr("%n offers valued with these settings.", nullptr, int(done.valued.value())));
            m_model->reload();
            Q_EMIT recalculated(done.valued.value());
        });
}

const Opportunity *OpportunitiesPage::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? &m_model->rowAt(current.row()) : nullptr;
}

void OpportunitiesPage::selectRow(int row)
{
    m_view->selectRow(row);
}

QString OpportunitiesPage::breakdownText() const
{
    return m_breakdown->text();
}

void OpportunitiesPage::showSelected()
{
    const Opportunity *o = selected();
    m_buy->setEnabled(o != nullptr);
    m_open->setEnabled(o && !(o->affiliateLink.isEmpty() && o->merchantLink.isEmpty()));
    if (!o)
        return;
    showBreakdown(*o);
    const Opportunity offer = *o;
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-kChartDays);
    m_worker.run<Result<PriceHistory>>(
        this,
        [offer, from, to](const Database &db) -> Result<PriceHistory> {
            auto history = PriceHistoryRepository(db).load(offer.productId, offer.sizeId, from, to);
            if (!history)
                return history;
            const auto shop = AwinOfferRepository(db).priceHistory(offer.awinProductId);
            if (!shop)
                return shop.error();
            history.value().shopPrices = shop.value();
            history.value().cost.reset(); // the chart compares the shop with StockX, not with pairs on hand
            return history;
        },
        [this, from, to](const Result<PriceHistory> &history) {
            if (!history) {
                showStatus(tr("The price history could not be read: %1").arg(history.error().toString()), true);
                return;
            }
            m_chart->setHistory(history.value(), from, to);
        });
}

void OpportunitiesPage::showBreakdown(const Opportunity &o)
{
    QString rows;
    const auto line = [&rows](const QString &label, const QString &value, bool strong = false) {
        rows += u"<tr><td style='padding-right:18px'>"_s + label.toHtmlEscaped() + u"</td><td align='right'>"_s +
                (strong ? u"<b>"_s + value + u"</b>"_s : value) + u"</td></tr>"_s;
    };
    line(tr("Shop price"), moneyText(o.buyPrice));
    line(tr("Delivery"), moneyText(o.delivery));
    line(m_settings.basis == OpportunitySettings::Basis::SellFaster ? tr("StockX sell-faster price")
                                                                    : tr("StockX lowest ask"),
         moneyText(o.salePrice));
    const QHash<QString, Money> fees = OpportunityRepository::breakdown(m_fees, m_settings, o.salePrice);
    QStringList types = fees.keys();
    types.sort();
    for (const QString &type : types)
        line(u"− "_s + feeName(type), moneyText(fees.value(type)));
    line(tr("Expected payout"), moneyText(o.netProceeds), true);
    line(tr("Profit"), moneyText(o.profit), true);
    line(tr("Margin"), QLocale().toString(o.marginPercent, 'f', 1) + u" %"_s);
    line(tr("ROI"), o.roiPercent ? QLocale().toString(*o.roiPercent, 'f', 1) + u" %"_s : tr("n/a"));
    m_breakdown->setText(u"<p><b>"_s + o.productName.toHtmlEscaped() + u"</b><br>"_s +
                         tr("EU %1 at %2 · EAN %3").arg(o.size.toHtmlEscaped(), o.merchantName.toHtmlEscaped(), o.ean) +
                         u"</p><table>"_s + rows + u"</table>"_s);
}

void OpportunitiesPage::buySelected(int quantity, const QString &orderNumber)
{
    const Opportunity *o = selected();
    if (!o)
        return;
    const Opportunity offer = *o;
    m_worker.run<Result<QList<StockItemId>>>(
        this,
        [offer, quantity, orderNumber](const Database &db) {
            return OfferPurchase(db).record(offer, quantity, orderNumber);
        },
        [this, offer](const Result<QList<StockItemId>> &items) {
            if (!items) {
                showStatus(tr("The purchase could not be recorded: %1").arg(items.error().toString()), true);
                return;
            }
            showStatus(tr("%n pairs of %1 (EU %2) recorded as incoming from %3.", nullptr, int(items.value().size()))
                           .arg(offer.productName, offer.size, offer.merchantName));
            Q_EMIT purchased(int(items.value().size()));
        });
}

void OpportunitiesPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
}

} // namespace sf
