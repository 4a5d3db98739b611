#include "stockitem.h"

namespace sf {

void StockItem::completePrices()
{
    if (netPrice && !grossPrice)
        grossPrice = vatRate.grossFromNet(*netPrice);
    else if (grossPrice && !netPrice)
        netPrice = vatRate.netFromGross(*grossPrice);
}

} // namespace sf
