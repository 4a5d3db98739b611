#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace sf {

struct Opportunity;

// How many pairs of an offer were bought, and the shop's order number.
class BuyOfferDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyOfferDialog)

public:
    explicit BuyOfferDialog(const Opportunity &offer, QWidget *parent = nullptr);

    int quantity() const;
    QString orderNumber() const;

private:
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_order = nullptr;
};

} // namespace sf
