<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AutoListing</name>
    <message numerus="yes">
        <source>Auto-listing looked at %n pairs in stock</source>
        <translation>
            <numerusform>Auto-listing looked at %n pair in stock</numerusform>
            <numerusform>Auto-listing looked at %n pairs in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the rules would list %n of them (dry run, nothing was sent).</source>
        <translation>
            <numerusform>%1; the rules would list %n of them (dry run, nothing was sent).</numerusform>
            <numerusform>%1; the rules would list %n of them (dry run, nothing was sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n listed on StockX</source>
        <translation>
            <numerusform>%1; %n listed on StockX</numerusform>
            <numerusform>%1; %n listed on StockX</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed.</source>
        <translation>
            <numerusform>, %n failed.</numerusform>
            <numerusform>, %n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message numerus="yes">
        <source>… (%n characters cut)</source>
        <translation>
            <numerusform>… (%n character cut)</numerusform>
            <numerusform>… (%n characters cut)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadStock</name>
    <message numerus="yes">
        <source>%n critical pair(s): liquidate them now, capital is tied up</source>
        <translation>
            <numerusform>%n critical pair: liquidate it now, capital is tied up</numerusform>
            <numerusform>%n critical pairs: liquidate them now, capital is tied up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead pair(s): cut their prices before they turn critical</source>
        <translation>
            <numerusform>%n dead pair: cut its price before it turns critical</numerusform>
            <numerusform>%n dead pairs: cut their prices before they turn critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) have no market figure and are classified by age alone: sync the StockX catalog</source>
        <translation>
            <numerusform>%n pair has no market figure and is classified by age alone: sync the StockX catalog</numerusform>
            <numerusform>%n pairs have no market figure and are classified by age alone: sync the StockX catalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n time(s), another client&apos;s write got in the way and the rows were tried again.</source>
        <translation>
            <numerusform>%n time, another client&apos;s write got in the way and the rows were tried again.</numerusform>
            <numerusform>%n times, another client&apos;s write got in the way and the rows were tried again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingEngine</name>
    <message numerus="yes">
        <source>Average of %n StockX sale(s) or asks over 14 days: %1.</source>
        <translation>
            <numerusform>Average of %n StockX sale or ask over 14 days: %1.</numerusform>
            <numerusform>Average of %n StockX sales or asks over 14 days: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repricing</name>
    <message numerus="yes">
        <source>%1 below the lowest ask after %n day(s) listed.</source>
        <translation>
            <numerusform>%1 below the lowest ask after %n day listed.</numerusform>
            <numerusform>%1 below the lowest ask after %n days listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockXCatalogSync</name>
    <message numerus="yes">
        <source>Enriching %n products from the StockX catalog.</source>
        <translation>
            <numerusform>Enriching %n product from the StockX catalog.</numerusform>
            <numerusform>Enriching %n products from the StockX catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockXClient</name>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts.</source>
        <translation>
            <numerusform>%1 Gave up after %n attempt.</numerusform>
            <numerusform>%1 Gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockXListingSync</name>
    <message numerus="yes">
        <source>%n listings are no longer listed on StockX; asking for their status.</source>
        <translation>
            <numerusform>%n listing is no longer listed on StockX; asking for its status.</numerusform>
            <numerusform>%n listings are no longer listed on StockX; asking for their status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings closed.</source>
        <translation>
            <numerusform>%n listing closed.</numerusform>
            <numerusform>%n listings closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockXSyncJob</name>
    <message numerus="yes">
        <source>Cancelled after %n pages; what was stored is kept.</source>
        <translation>
            <numerusform>Cancelled after %n page; what was stored is kept.</numerusform>
            <numerusform>Cancelled after %n pages; what was stored is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), another client&apos;s write got in the way and the record was tried again.</source>
        <translation>
            <numerusform>%n time, another client&apos;s write got in the way and the record was tried again.</numerusform>
            <numerusform>%n times, another client&apos;s write got in the way and the record was tried again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierRepository</name>
    <message numerus="yes">
        <source>%n pairs came from this supplier; it cannot be deleted. Merge it into another supplier instead.</source>
        <translation>
            <numerusform>%n pair came from this supplier; it cannot be deleted. Merge it into another supplier instead.</numerusform>
            <numerusform>%n pairs came from this supplier; it cannot be deleted. Merge it into another supplier instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::AutoListingDialog</name>
    <message numerus="yes">
        <source>%n pairs in stock checked</source>
        <translation>
            <numerusform>%n pair in stock checked</numerusform>
            <numerusform>%n pairs in stock checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the rules would list %n of them. Hover a row to see why.</source>
        <translation>
            <numerusform>the rules would list %n of them. Hover a row to see why.</numerusform>
            <numerusform>the rules would list %n of them. Hover a row to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List %n pairs on StockX</source>
        <translation>
            <numerusform>List %n pair on StockX</numerusform>
            <numerusform>List %n pairs on StockX</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing %n pairs on StockX…</source>
        <translation>
            <numerusform>Listing %n pair on StockX…</numerusform>
            <numerusform>Listing %n pairs on StockX…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed on StockX</source>
        <translation>
            <numerusform>%n listed on StockX</numerusform>
            <numerusform>%n listed on StockX</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (hover the row for StockX&apos;s answer).</source>
        <translation>
            <numerusform>%n failed (hover the row for StockX&apos;s answer).</numerusform>
            <numerusform>%n failed (hover the row for StockX&apos;s answer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::AutoListingRuleModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::AwinPage</name>
    <message numerus="yes">
        <source>%1 offers from %n feeds, %2 matched to the catalog (%3 %).</source>
        <translation>
            <numerusform>%1 offers from %n feed, %2 matched to the catalog (%3 %).</numerusform>
            <numerusform>%1 offers from %n feeds, %2 matched to the catalog (%3 %).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::BrandsDialog</name>
    <message numerus="yes">
        <source>%1: %n products</source>
        <translation>
            <numerusform>%1: %n product</numerusform>
            <numerusform>%1: %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? Its %n products move to %2 and %1 is removed.</source>
        <translation>
            <numerusform>Merge %1 into %2? Its %n product moves to %2 and %1 is removed.</numerusform>
            <numerusform>Merge %1 into %2? Its %n products move to %2 and %1 is removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 merged into %2: %n products moved.</source>
        <translation>
            <numerusform>%1 merged into %2: %n product moved.</numerusform>
            <numerusform>%1 merged into %2: %n products moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products would move to %1, and new products that match will be %1&apos;s.</source>
        <translation>
            <numerusform>%n product would move to %1, and new products that match will be %1&apos;s.</numerusform>
            <numerusform>%n products would move to %1, and new products that match will be %1&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recognises &quot;%2&quot; now; %n products moved to it.</source>
        <translation>
            <numerusform>%1 recognises &quot;%2&quot; now; %n product moved to it.</numerusform>
            <numerusform>%1 recognises &quot;%2&quot; now; %n products moved to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::DashboardPage</name>
    <message numerus="yes">
        <source>%n sale(s) without a purchase price left out</source>
        <translation>
            <numerusform>%n sale without a purchase price left out</numerusform>
            <numerusform>%n sales without a purchase price left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gross · %n pair(s) on hand</source>
        <translation>
            <numerusform>%1 gross · %n pair on hand</numerusform>
            <numerusform>%1 gross · %n pairs on hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::ForecastPage</name>
    <message numerus="yes">
        <source>%n period(s) of history are too few to forecast; three are needed.</source>
        <translation>
            <numerusform>%n period of history is too few to forecast; three are needed.</numerusform>
            <numerusform>%n periods of history are too few to forecast; three are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of history; the forecast is stored with the models&apos; errors and the demand patterns.</source>
        <translation>
            <numerusform>%n period of history; the forecast is stored with the models&apos; errors and the demand patterns.</numerusform>
            <numerusform>%n periods of history; the forecast is stored with the models&apos; errors and the demand patterns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::ListingsPage</name>
    <message numerus="yes">
        <source>New asking price in EUR for %n listings:</source>
        <translation>
            <numerusform>New asking price in EUR for %n listing:</numerusform>
            <numerusform>New asking price in EUR for %n listings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n listings down from StockX? The pairs go back to stock.</source>
        <translation>
            <numerusform>Take %n listing down from StockX? The pair goes back to stock.</numerusform>
            <numerusform>Take %n listings down from StockX? The pairs go back to stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::OpportunitiesPage</name>
    <message numerus="yes">
        <source>%n offers valued with these settings.</source>
        <translation>
            <numerusform>%n offer valued with these settings.</numerusform>
            <numerusform>%n offers valued with these settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs of %1 (EU %2) recorded as incoming from %3.</source>
        <translation>
            <numerusform>%n pair of %1 (EU %2) recorded as incoming from %3.</numerusform>
            <numerusform>%n pairs of %1 (EU %2) recorded as incoming from %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::OpportunityTableModel</name>
    <message numerus="yes">
        <source>You hold %n pairs of this size</source>
        <translation>
            <numerusform>You hold %n pair of this size</numerusform>
            <numerusform>You hold %n pairs of this size</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::OrderTableModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::OrdersPage</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payouts outstanding</source>
        <translation>
            <numerusform>%n payout outstanding</numerusform>
            <numerusform>%n payouts outstanding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold pairs without a purchase price (not in the profit)</source>
        <translation>
            <numerusform>%n sold pair without a purchase price (not in the profit)</numerusform>
            <numerusform>%n sold pairs without a purchase price (not in the profit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::PriceRulesDialog</name>
    <message numerus="yes">
        <source>Covers %n pair(s) in stock or listed on StockX.</source>
        <translation>
            <numerusform>Covers %n pair in stock or listed on StockX.</numerusform>
            <numerusform>Covers %n pairs in stock or listed on StockX.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::PricingPage</name>
    <message numerus="yes">
        <source>Auto-repricing is on: every %n minutes, at most %1 % down and %2 % up a day.</source>
        <translation>
            <numerusform>Auto-repricing is on: every minute, at most %1 % down and %2 % up a day.</numerusform>
            <numerusform>Auto-repricing is on: every %n minutes, at most %1 % down and %2 % up a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::RecordPurchaseDialog</name>
    <message numerus="yes">
        <source>%n pairs, %1 with shipping</source>
        <translation>
            <numerusform>%n pair, %1 with shipping</numerusform>
            <numerusform>%n pairs, %1 with shipping</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::RepricingPlanDialog</name>
    <message numerus="yes">
        <source>Apply %n changes on StockX</source>
        <translation>
            <numerusform>Apply %n change on StockX</numerusform>
            <numerusform>Apply %n changes on StockX</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n new asks to StockX, 100 at a time (StockX takes one request a second)…</source>
        <translation>
            <numerusform>Sending %n new ask to StockX, 100 at a time (StockX takes one request a second)…</numerusform>
            <numerusform>Sending %n new asks to StockX, 100 at a time (StockX takes one request a second)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SizesDialog</name>
    <message numerus="yes">
        <source>Map %1 (%n pairs) to %2? The sizes are replaced by %2 everywhere.</source>
        <translation>
            <numerusform>Map %1 (%n pair) to %2? The sizes are replaced by %2 everywhere.</numerusform>
            <numerusform>Map %1 (%n pairs) to %2? The sizes are replaced by %2 everywhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now mean %2; %n pairs moved.</source>
        <translation>
            <numerusform>%1 now mean %2; %n pair moved.</numerusform>
            <numerusform>%1 now mean %2; %n pairs moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::StockPage</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>Set %n item to %1</numerusform>
            <numerusform>Set %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>Move %n item to %1</numerusform>
            <numerusform>Move %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from stock? You can undo this.</source>
        <translation>
            <numerusform>Delete %n item from stock? You can undo this.</numerusform>
            <numerusform>Delete %n items from stock? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::StockXAutoLister</name>
    <message numerus="yes">
        <source>Listing %n pairs on StockX.</source>
        <translation>
            <numerusform>Listing %n pair on StockX.</numerusform>
            <numerusform>Listing %n pairs on StockX.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::StockXListingWriter</name>
    <message numerus="yes">
        <source>Fetching the StockX sizes of %n products first.</source>
        <translation>
            <numerusform>Fetching the StockX sizes of %n product first.</numerusform>
            <numerusform>Fetching the StockX sizes of %n products first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>StockX accepted a batch of %n listings.</source>
        <translation>
            <numerusform>StockX accepted a batch of %n listing.</numerusform>
            <numerusform>StockX accepted a batch of %n listings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>StockX did not confirm %n listings; looking up whether it made them.</source>
        <translation>
            <numerusform>StockX did not confirm %n listing; looking up whether it made it.</numerusform>
            <numerusform>StockX did not confirm %n listings; looking up whether it made them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>StockX did not list %n pairs; sending them again.</source>
        <translation>
            <numerusform>StockX did not list %n pair; sending it again.</numerusform>
            <numerusform>StockX did not list %n pairs; sending them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::StockXRepricer</name>
    <message numerus="yes">
        <source>Sending %n new asks to StockX.</source>
        <translation>
            <numerusform>Sending %n new ask to StockX.</numerusform>
            <numerusform>Sending %n new asks to StockX.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SupplierAccountsDialog</name>
    <message numerus="yes">
        <source>%n accounts set to %1.</source>
        <translation>
            <numerusform>%n account set to %1.</numerusform>
            <numerusform>%n accounts set to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts moved to the list “%1”.</source>
        <translation>
            <numerusform>%n account moved to the list “%1”.</numerusform>
            <numerusform>%n accounts moved to the list “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 is on the clipboard for %n seconds.</source>
        <translation>
            <numerusform>The password of %1 is on the clipboard for %n second.</numerusform>
            <numerusform>The password of %1 is on the clipboard for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts exported to %1, without passwords or proxies.</source>
        <translation>
            <numerusform>%n account exported to %1, without passwords or proxies.</numerusform>
            <numerusform>%n accounts exported to %1, without passwords or proxies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SupplierPairsDialog</name>
    <message numerus="yes">
        <source>%n pairs marked received today.</source>
        <translation>
            <numerusform>%n pair marked received today.</numerusform>
            <numerusform>%n pairs marked received today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SupplierTableModel</name>
    <message numerus="yes">
        <source>%n pairs can still go back to %1; the first window closes on %2.</source>
        <translation>
            <numerusform>%n pair can still go back to %1; its window closes on %2.</numerusform>
            <numerusform>%n pairs can still go back to %1; the first window closes on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SuppliersPage</name>
    <message numerus="yes">
        <source>%n pairs can still be returned, but their return window closes within 3 days.</source>
        <translation>
            <numerusform>%n pair can still be returned, but its return window closes within 3 days.</numerusform>
            <numerusform>%n pairs can still be returned, but their return window closes within 3 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs recorded as on their way.</source>
        <translation>
            <numerusform>%n pair recorded as on its way.</numerusform>
            <numerusform>%n pairs recorded as on their way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 merged: %n pairs moved</source>
        <translation>
            <numerusform>%1 merged: %n pair moved</numerusform>
            <numerusform>%1 merged: %n pairs moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accounts moved.</source>
        <translation>
            <numerusform>, %n account moved.</numerusform>
            <numerusform>, %n accounts moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SyncPanel</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <translation>
            <numerusform>%n stored</numerusform>
            <numerusform>%n stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing changes failed; the log says why.</source>
        <translation>
            <numerusform>%n listing change failed; the log says why.</numerusform>
            <numerusform>%n listing changes failed; the log says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to be stored…</source>
        <translation>
            <numerusform>%n record waiting to be stored…</numerusform>
            <numerusform>%n records waiting to be stored…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings were not repriced: changed elsewhere or refused. The Pricing page&apos;s run report says which.</source>
        <translation>
            <numerusform>%n listing was not repriced: changed elsewhere or refused. The Pricing page&apos;s run report says which.</numerusform>
            <numerusform>%n listings were not repriced: changed elsewhere or refused. The Pricing page&apos;s run report says which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awin: %n feeds, %1 rows imported, %2 offers valued.</source>
        <translation>
            <numerusform>Awin: %n feed, %1 rows imported, %2 offers valued.</numerusform>
            <numerusform>Awin: %n feeds, %1 rows imported, %2 offers valued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SyncRejectionsDialog</name>
    <message numerus="yes">
        <source>%n records StockX sent could not be stored. Each sync of their kind tries them again; once one is stored it leaves this list.</source>
        <translation>
            <numerusform>%n record StockX sent could not be stored. Each sync of its kind tries it again; once it is stored it leaves this list.</numerusform>
            <numerusform>%n records StockX sent could not be stored. Each sync of their kind tries them again; once one is stored it leaves this list.</numerusform>
        </translation>
    </message>
</context>
</TS>
