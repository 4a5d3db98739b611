#include "pricerulesdialog.h"

#include "brandmultipliermodel.h"
#include "catalog/brandrepository.h"
#include "common/rolegate.h"
#include "db/databaseworker.h"
#include "priceruletablemodel.h"
#include "pricing/pricerulerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// A percentage box where 0 means "not set".
QDoubleSpinBox *percentBox(const QString &name, double maximum)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setDecimals(2);
    box->setSuffix(u" %"_s);
    box->setSpecialValueText(QCoreApplication::translate("PriceRulesDialog", "not set"));
    return box;
}

std::optional<qint64> bpOf(const QDoubleSpinBox *box)
{
    return box->value() > 0 ? std::optional<qint64>(std::llround(box->value() * 100.0)) : std::nullopt;
}

struct RulesAndBrands {
    QList<PriceRule> rules;
    QList<BrandMultiplier> multipliers;
    QList<Brand> brands;
};

void fillBrands(QComboBox *combo, const QList<Brand> &brands, const QString &any)
{
    const QString chosen = combo->currentData().toString();
    combo->blockSignals(true);
    combo->clear();
    if (!any.isEmpty())
        combo->addItem(any, QString());
    for (const Brand &brand : brands)
        combo->addItem(brand.name, brand.id.toString());
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    combo->blockSignals(false);
}
} // namespace

PriceRulesDialog::PriceRulesDialog(DatabaseWorker &worker, QWidget *parent)
    : EditorDialog(parent)
    , m_worker(worker)
    , m_model(new PriceRuleTableModel(this))
    , m_multipliers(new BrandMultiplierModel(this))
{
    setObjectName(u"priceRulesDialog"_s);
    setWindowTitle(tr("Price rules"));
    resize(900, 780);
    auto *intro = new QLabel(tr("The pricing engine takes the first rule of each kind that covers a pair, lowest "
                                "priority first: cost plus uses its markup, market based and competitive their "
                                "discount, and every covering rule's minimum margin is a floor. The floor after "
                                "fees (cost plus the minimum profit) always applies on top."));
    intro->setWordWrap(true);
    m_view = new QTableView;
    m_view->setObjectName(u"rulesTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    fillForm(m_model->rowAt(current.row()));
            });

    m_name = new QLineEdit;
    m_name->setObjectName(u"ruleName"_s);
    m_strategy = new QComboBox;
    m_strategy->setObjectName(u"ruleStrategy"_s);
    for (auto s : {PricingStrategy::CostPlus, PricingStrategy::MarketBased, PricingStrategy::Competitive})
        m_strategy->addItem(pricingstrategy::displayName(s), int(s));
    m_priority = new QSpinBox;
    m_priority->setObjectName(u"rulePriority"_s);
    m_priority->setRange(0, 10000);
    m_priority->setValue(100);
    m_brand = new QComboBox;
    m_brand->setObjectName(u"ruleBrand"_s);
    connect(m_brand, &QComboBox::currentIndexChanged, this, &PriceRulesDialog::updatePreview);
    m_markup = percentBox(u"ruleMarkup"_s, 999);
    m_margin = percentBox(u"ruleMargin"_s, 99);
    m_discount = percentBox(u"ruleDiscount"_s, 100);
    m_active = new QCheckBox(tr("Active"));
    m_active->setChecked(true);
    m_preview = new QLabel;
    m_preview->setObjectName(u"rulePreview"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Strategy"), m_strategy);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Brand"), m_brand);
    form->addRow(tr("Markup on cost"), m_markup);
    form->addRow(tr("Minimum margin"), m_margin);
    form->addRow(tr("Largest discount below the lowest sale"), m_discount);
    form->addRow(QString(), m_active);
    form->addRow(QString(), m_preview);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, void (PriceRulesDialog::*slot)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        RoleGate::require(b, TeamRole::Action::ChangeSettings); // the rules are the admin's settings
        buttons->addWidget(b);
    };
    button(u"addRule"_s, tr("Add as new rule"), &PriceRulesDialog::addRule);
    button(u"saveRule"_s, tr("Save changes"), &PriceRulesDialog::saveRule);
    button(u"deleteRule"_s, tr("Delete"), &PriceRulesDialog::deleteRule);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(buildMultipliers());
    layout->addWidget(statusLabel());
    reload();
}

void PriceRulesDialog::reload()
{
    m_worker.run<Result<RulesAndBrands>>(
        this,
        [](const Database &db) -> Result<RulesAndBrands> {
            auto rules = PriceRuleRepository(db).allRules();
            if (!rules)
                return rules.error();
            auto multipliers = PriceRuleRepository(db).allMultipliers();
            if (!multipliers)
                return multipliers.error();
            auto brands = BrandRepository(db).all();
            if (!brands)
                return brands.error();
            return RulesAndBrands{rules.value(), multipliers.value(), brands.value()};
        },
        [this](const Result<RulesAndBrands> &loaded) {
            if (!loaded) {
                showStatus(loaded.error().toString(), true);
                return;
            }
            QHash<BrandId, QString> names;
            for (const Brand &brand : loaded.value().brands)
                names.insert(brand.id, brand.name);
            fillBrands(m_brand, loaded.value().brands, tr("Every brand"));
            fillBrands(m_multiplierBrand, loaded.value().brands, QString());
            m_model->setBrandNames(names);
            m_model->setRows(loaded.value().rules);
            m_multipliers->setBrandNames(names);
            m_multipliers->setRows(loaded.value().multipliers);
            m_view->resizeColumnsToContents();
            updatePreview();
            Q_EMIT reloaded();
        });
}

QWidget *PriceRulesDialog::buildMultipliers()
{
    auto *box = new QGroupBox(tr("Brand multipliers: a brand's premium or discount on every price of it"));
    m_multiplierView = new QTableView;
    m_multiplierView->setObjectName(u"multipliersTable"_s);
    m_multiplierView->setModel(m_multipliers);
    m_multiplierView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_multiplierView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_multiplierView->verticalHeader()->hide();
    m_multiplierView->horizontalHeader()->setStretchLastSection(true);
    m_multiplierView->setMaximumHeight(130);
    m_multiplierBrand = new QComboBox;
    m_multiplierBrand->setObjectName(u"multiplierBrand"_s);
    m_multiplierType = new QComboBox;
    m_multiplierType->setObjectName(u"multiplierType"_s);
    for (const QString &type : {u"premium"_s, u"discount"_s, u"seasonal"_s})
        m_multiplierType->addItem(BrandMultiplierModel::typeName(type), type);
    m_multiplierValue = new QDoubleSpinBox;
    m_multiplierValue->setObjectName(u"multiplierValue"_s);
    m_multiplierValue->setRange(0.5, 2.0);
    m_multiplierValue->setDecimals(3);
    m_multiplierValue->setSingleStep(0.01);
    m_multiplierValue->setValue(1.1);
    m_multiplierValue->setPrefix(u"× "_s);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(u"addMultiplier"_s);
    connect(add, &QPushButton::clicked, this, &PriceRulesDialog::addMultiplier);
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(u"removeMultiplier"_s);
    connect(remove, &QPushButton::clicked, this, &PriceRulesDialog::removeMultiplier);
    auto *row = new QHBoxLayout;
    for (QWidget *w : QList<QWidget *>{m_multiplierBrand, m_multiplierType, m_multiplierValue, add, remove})
        row->addWidget(w);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_multiplierView);
    layout->addLayout(row);
    return box;
}

void PriceRulesDialog::addMultiplier()
{
    BrandMultiplier multiplier;
    multiplier.brand = BrandId::fromString(m_multiplierBrand->currentData().toString());
    multiplier.type = m_multiplierType->currentData().toString();
    multiplier.valueThousandths = int(std::lround(m_multiplierValue->value() * 1000.0));
    multiplier.effectiveFrom = QDate::currentDate();
    if (multiplier.brand.isNull()) {
        showStatus(tr("Choose a brand for the multiplier."), true);
        return;
    }
    write(tr("Multiplier for %1 added.").arg(m_multiplierBrand->currentText()),
          [multiplier](const Database &db) -> Status {
              const auto created = PriceRuleRepository(db).create(multiplier);
              return created ? Status() : Status(created.error());
          });
}

void PriceRulesDialog::removeMultiplier()
{
    const QModelIndex current = m_multiplierView->currentIndex();
    if (!current.isValid()) {
        showStatus(tr("Choose a multiplier in the list first."), true);
        return;
    }
    const QString id = m_multipliers->rowAt(current.row()).id;
    write(tr("Multiplier removed."), [id](const Database &db) { return PriceRuleRepository(db).removeMultiplier(id); });
}

void PriceRulesDialog::updatePreview()
{
    const BrandId brand = BrandId::fromString(m_brand->currentData().toString());
    const quint64 asked = ++m_previewAsked;
    m_worker.run<Result<qint64>>(
        this, [brand](const Database &db) { return PriceRuleRepository(db).pairsCovered(brand); },
        [this, asked](const Result<qint64> &pairs) {
            if (asked == m_previewAsked)
                m_preview->setText(
                    pairs ? tr("Covers %n pair(s) in stock or listed on StockX.", nullptr, int(pairs.value()))
                          : pairs.error().toString());
        });
}

QString PriceRulesDialog::previewText() const
{
    return m_preview->text();
}

PriceRule PriceRulesDialog::formRule() const
{
    PriceRule rule;
    for (const PriceRule &known : m_model->rows())
        if (known.id == m_selected)
            rule = known; // keeps what the form does not show (conditions, seasons, dates)
    rule.id = m_selected;
    rule.name = m_name->text().trimmed();
    rule.type = PricingStrategy(m_strategy->currentData().toInt());
    rule.priority = m_priority->value();
    rule.brand = BrandId::fromString(m_brand->currentData().toString());
    rule.baseMarkupBp = bpOf(m_markup);
    rule.minimumMarginBp = bpOf(m_margin);
    rule.maximumDiscountBp = bpOf(m_discount);
    rule.active = m_active->isChecked();
    return rule;
}

void PriceRulesDialog::fillForm(const PriceRule &rule)
{
    m_selected = rule.id;
    m_name->setText(rule.name);
    m_strategy->setCurrentIndex(m_strategy->findData(int(rule.type)));
    m_priority->setValue(rule.priority);
    m_brand->setCurrentIndex(qMax(0, m_brand->findData(rule.brand.isNull() ? QString() : rule.brand.toString())));
    m_markup->setValue(double(rule.baseMarkupBp.value_or(0)) / 100.0);
    m_margin->setValue(double(rule.minimumMarginBp.value_or(0)) / 100.0);
    m_discount->setValue(double(rule.maximumDiscountBp.value_or(0)) / 100.0);
    m_active->setChecked(rule.active);
}

void PriceRulesDialog::write(const QString &done, std::function<Status(const Database &)> change)
{
    m_worker.run<Status>(this, std::move(change), [this, done](const Status &status) {
        if (!status) {
            showStatus(status.error().toString(), true);
            return;
        }
        showStatus(done, false);
        reload();
    });
}

void PriceRulesDialog::addRule()
{
    PriceRule rule = formRule();
    if (rule.name.isEmpty()) {
        showStatus(tr("Give the rule a name."), true);
        return;
    }
    rule.effectiveFrom = QDateTime::currentDateTimeUtc();
    rule.effectiveUntil = {};
    write(tr("Rule \"%1\" added.").arg(rule.name), [rule](const Database &db) -> Status {
        const auto created = PriceRuleRepository(db).create(rule);
        return created ? Status() : Status(created.error());
    });
}

void PriceRulesDialog::saveRule()
{
    const PriceRule rule = formRule();
    if (rule.id.isNull() || rule.name.isEmpty()) {
        showStatus(tr("Choose a rule in the list first, and give it a name."), true);
        return;
    }
    write(tr("Rule \"%1\" saved.").arg(rule.name),
          [rule](const Database &db) { return PriceRuleRepository(db).update(rule); });
}

void PriceRulesDialog::deleteRule()
{
    const PriceRule rule = formRule();
    if (rule.id.isNull()) {
        showStatus(tr("Choose a rule in the list first."), true);
        return;
    }
    if (!confirm(tr("Delete the rule \"%1\"?").arg(rule.name)))
        return;
    m_selected = {};
    write(tr("Rule \"%1\" deleted.").arg(rule.name),
          [id = rule.id](const Database &db) { return PriceRuleRepository(db).removeRule(id); });
}

} // namespace sf
