#include "buyofferdialog.h"

#include "common/moneytext.h"
#include "sourcing/opportunity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sf {

BuyOfferDialog::BuyOfferDialog(const Opportunity &offer, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"buyOfferDialog"_s);
    setWindowTitle(tr("Record purchase"));
    auto *what =
        new QLabel(tr("<b>%1</b>, EU %2, from %3 at %4 each (delivery %5).")
                       .arg(offer.productName.toHtmlEscaped(), offer.size.toHtmlEscaped(),
                            offer.merchantName.toHtmlEscaped(), moneyText(offer.buyPrice), moneyText(offer.delivery)));
    what->setWordWrap(true);
    m_quantity = new QSpinBox;
    m_quantity->setObjectName(u"buyQuantity"_s);
    m_quantity->setRange(1, 50);
    m_order = new QLineEdit;
    m_order->setObjectName(u"buyOrderNumber"_s);
    m_order->setPlaceholderText(tr("The shop's order number (optional)"));
    auto *note = new QLabel(tr("The pairs go into stock as incoming, bought from %1, with the offer's EAN and size.")
                                .arg(offer.merchantName.toHtmlEscaped()));
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #616161;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record purchase"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(tr("Pairs"), m_quantity);
    form->addRow(tr("Order number"), m_order);
    form->addRow(note);
    form->addRow(buttons);
}

int BuyOfferDialog::quantity() const
{
    return m_quantity->value();
}

QString BuyOfferDialog::orderNumber() const
{
    return m_order->text().trimmed();
}

} // namespace sf
