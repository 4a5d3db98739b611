#include "autolistingruledialog.h"

#include "domain/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// Empty: no condition. Otherwise a number; when it is none, the field's label goes into `bad`.
std::optional<double> numberIn(const QLineEdit *edit, const QString &label, QStringList &bad)
{
    const QString text = edit->text().trimmed().replace(u',', u'.');
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        bad << label;
    return ok && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> amountIn(const QLineEdit *edit, const QString &label, QStringList &bad)
{
    const QString text = edit->text().trimmed().replace(u',', u'.');
    if (text.isEmpty())
        return std::nullopt;
    const auto money = Money::parse(text, u"EUR"_s);
    if (!money || money->minor() < 0) {
        bad << label;
        return std::nullopt;
    }
    return money->minor();
}

QStringList names(const QLineEdit *edit)
{
    QStringList out;
    for (const QString &part : edit->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QStringList ticked(const QList<QCheckBox *> &boxes)
{
    QStringList keys;
    for (const QCheckBox *box : boxes)
        if (box->isChecked())
            keys << box->property("key").toString();
    return keys;
}

QHBoxLayout *boxesFor(QList<QCheckBox *> &boxes, const QList<std::pair<QString, QString>> &choices)
{
    auto *row = new QHBoxLayout;
    for (const auto &[key, label] : choices) {
        auto *box = new QCheckBox(label);
        box->setProperty("key", key);
        boxes << box;
        row->addWidget(box);
    }
    row->addStretch(1);
    return row;
}

QString decimal(double value)
{
    return QString::number(value, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s));
}
} // namespace

AutoListingRuleDialog::AutoListingRuleDialog(const AutoListingRule &rule, QWidget *parent)
    : QDialog(parent)
    , m_rule(rule)
{
    setObjectName(u"autoListingRuleDialog"_s);
    setWindowTitle(rule.id.isNull() ? tr("New auto-listing rule") : tr("Edit auto-listing rule"));
    m_name = new QLineEdit;
    m_priority = new QSpinBox;
    m_priority->setRange(0, 1000);
    m_priority->setToolTip(
        tr("Lower numbers are tried first; the first rule whose conditions all hold lists the pair."));
    m_active = new QCheckBox(tr("Switched on"));
    m_strategy = new QComboBox;
    for (const AutoListingStrategy strategy : autolistingstrategy::all())
        m_strategy->addItem(autolistingstrategy::displayName(strategy), autolistingstrategy::key(strategy));
    m_markup = new QDoubleSpinBox;
    m_markup->setRange(0.0, 999.0);
    m_markup->setSuffix(u" %"_s);
    m_expires = new QSpinBox;
    m_expires->setRange(1, 999);
    m_expires->setSuffix(tr(" days"));
    for (QLineEdit **edit :
         {&m_margin, &m_age, &m_minPrice, &m_maxPrice, &m_brands, &m_categories, &m_gap, &m_demand}) {
        *edit = new QLineEdit;
        (*edit)->setPlaceholderText(tr("any"));
    }
    m_brands->setPlaceholderText(tr("any brand; several separated by commas"));
    m_categories->setPlaceholderText(tr("any category; several separated by commas"));
    m_demand->setToolTip(tr("StockX's highest bid divided by its lowest ask, from 0 to 1."));
    m_gap->setToolTip(tr("How far the highest bid lies below the lowest ask, in percent of the ask."));

    auto *ruleForm = new QFormLayout;
    ruleForm->addRow(tr("Name"), m_name);
    ruleForm->addRow(tr("Priority"), m_priority);
    ruleForm->addRow(QString(), m_active);
    ruleForm->addRow(tr("Strategy"), m_strategy);
    ruleForm->addRow(tr("Markup"), m_markup);
    ruleForm->addRow(tr("Ask expires after"), m_expires);

    auto *conditions = new QGroupBox(tr("List a pair in stock when all of these hold"));
    auto *form = new QFormLayout(conditions);
    form->addRow(tr("Margin after fees at least (%)"), m_margin);
    form->addRow(tr("Bought at least (days ago)"), m_age);
    auto *prices = new QHBoxLayout;
    prices->addWidget(m_minPrice);
    prices->addWidget(new QLabel(tr("to")));
    prices->addWidget(m_maxPrice);
    form->addRow(tr("Purchase price from"), prices);
    form->addRow(tr("Brands"), m_brands);
    form->addRow(tr("Categories"), m_categories);
    form->addRow(tr("Market"), boxesFor(m_marketConditions, {{u"bullish"_s, tr("bullish")},
                                                             {u"stable"_s, tr("stable")},
                                                             {u"bearish"_s, tr("bearish")},
                                                             {u"volatile"_s, tr("volatile")}}));
    form->addRow(
        tr("Volatility"),
        boxesFor(m_volatilities, {{u"low"_s, tr("low")}, {u"moderate"_s, tr("moderate")}, {u"high"_s, tr("high")}}));
    form->addRow(tr("Trend"), boxesFor(m_trends, {{u"rising"_s, tr("rising")},
                                                  {u"stable"_s, tr("stable")},
                                                  {u"declining"_s, tr("declining")}}));
    form->addRow(tr("Gap between ask and bid at least (%)"), m_gap);
    form->addRow(tr("Demand at least (0–1)"), m_demand);
    auto *note = new QLabel(tr("Market figures come from StockX's daily snapshots of the pair's size; a condition on "
                               "a figure the snapshots do not give does not hold. Asks never go below cost plus the "
                               "minimum profit after StockX's fees."));
    note->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(u"ruleProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AutoListingRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ruleForm);
    layout->addWidget(conditions);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    fill(rule);
}

void AutoListingRuleDialog::fill(const AutoListingRule &rule)
{
    const AutoListingConditions &c = rule.conditions;
    m_name->setText(rule.name);
    m_priority->setValue(rule.priority);
    m_active->setChecked(rule.active);
    m_strategy->setCurrentIndex(m_strategy->findData(autolistingstrategy::key(rule.strategy)));
    m_markup->setValue(double(rule.markupBp) / 100.0);
    m_expires->setValue(rule.expiresDays);
    m_margin->setText(c.minMarginBp ? decimal(double(*c.minMarginBp) / 100.0) : QString());
    m_age->setText(c.minAgeDays ? QString::number(*c.minAgeDays) : QString());
    m_minPrice->setText(c.minPurchaseMinor ? Money(*c.minPurchaseMinor, u"EUR"_s).toDecimalString() : QString());
    m_maxPrice->setText(c.maxPurchaseMinor ? Money(*c.maxPurchaseMinor, u"EUR"_s).toDecimalString() : QString());
    m_brands->setText(c.brands.join(u", "_s));
    m_categories->setText(c.categories.join(u", "_s));
    for (const auto &[boxes, keys] : {std::pair{m_marketConditions, c.marketConditions},
                                      std::pair{m_volatilities, c.volatilities}, std::pair{m_trends, c.trends}})
        for (QCheckBox *box : boxes)
            box->setChecked(keys.contains(box->property("key").toString()));
    m_gap->setText(c.minCompetitorGapBp ? decimal(double(*c.minCompetitorGapBp) / 100.0) : QString());
    m_demand->setText(c.minDemandPermille ? decimal(double(*c.minDemandPermille) / 1000.0) : QString());
}

std::optional<AutoListingRule> AutoListingRuleDialog::rule() const
{
    AutoListingRule rule = m_rule;
    QStringList bad;
    rule.name = m_name->text().trimmed();
    if (rule.name.isEmpty())
        bad << tr("Name");
    rule.priority = m_priority->value();
    rule.active = m_active->isChecked();
    rule.strategy = autolistingstrategy::fromKey(m_strategy->currentData().toString()).value_or(rule.strategy);
    rule.markupBp = std::llround(m_markup->value() * 100.0);
    rule.expiresDays = m_expires->value();
    AutoListingConditions c;
    c.statuses = {u"in_stock"_s};
    if (const auto margin = numberIn(m_margin, tr("Margin"), bad))
        c.minMarginBp = std::llround(*margin * 100.0);
    if (const auto age = numberIn(m_age, tr("Days since the purchase"), bad))
        c.minAgeDays = int(std::lround(*age));
    c.minPurchaseMinor = amountIn(m_minPrice, tr("Purchase price from"), bad);
    c.maxPurchaseMinor = amountIn(m_maxPrice, tr("Purchase price to"), bad);
    c.brands = names(m_brands);
    c.categories = names(m_categories);
    c.marketConditions = ticked(m_marketConditions);
    c.volatilities = ticked(m_volatilities);
    c.trends = ticked(m_trends);
    if (const auto gap = numberIn(m_gap, tr("Gap between ask and bid"), bad))
        c.minCompetitorGapBp = std::llround(*gap * 100.0);
    if (const auto demand = numberIn(m_demand, tr("Demand"), bad); demand && *demand <= 1.0)
        c.minDemandPermille = int(std::lround(*demand * 1000.0));
    else if (demand)
        bad << tr("Demand");
    if (!bad.isEmpty()) {
        m_problem->setText(tr("Please check: %1.").arg(bad.join(u", "_s)));
        return std::nullopt;
    }
    rule.conditions = c;
    return rule;
}

void AutoListingRuleDialog::accept()
{
    if (rule())
        QDialog::accept();
}

} // namespace sf
