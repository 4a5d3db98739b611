<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AliasSalesImporter</name>
    <message>
        <source>PRODUCT_PRICE_CENTS_SALE_PRICE %1 is negative.</source>
        <translation>PRODUCT_PRICE_CENTS_SALE_PRICE %1 ist negativ.</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>(no supplier)</source>
        <translation>(kein Lieferant)</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(keine Marke)</translation>
    </message>
</context>
<context>
    <name>AutoListing</name>
    <message>
        <source>%1: not known from StockX&apos;s snapshots</source>
        <translation>%1: aus den StockX-Tageswerten nicht bekannt</translation>
    </message>
    <message>
        <source>margin after fees is %1 % (needs %2 %)</source>
        <translation>Marge nach Gebühren ist %1 % (nötig: %2 %)</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>status is %1</source>
        <translation>Status ist %1</translation>
    </message>
    <message>
        <source>bought %1 days ago (needs %2)</source>
        <translation>vor %1 Tagen gekauft (nötig: %2)</translation>
    </message>
    <message>
        <source>the purchase date is not known</source>
        <translation>das Kaufdatum ist nicht bekannt</translation>
    </message>
    <message>
        <source>market is %1</source>
        <translation>Markt ist %1</translation>
    </message>
    <message>
        <source>market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>brand is %1</source>
        <translation>Marke ist %1</translation>
    </message>
    <message>
        <source>category is %1</source>
        <translation>Kategorie ist %1</translation>
    </message>
    <message>
        <source>purchase price is %1</source>
        <translation>Einkaufspreis ist %1</translation>
    </message>
    <message>
        <source>volatility is %1</source>
        <translation>Schwankung ist %1</translation>
    </message>
    <message>
        <source>volatility</source>
        <translation>Schwankung</translation>
    </message>
    <message>
        <source>trend is %1</source>
        <translation>Trend ist %1</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>gap between ask and bid is %1 %</source>
        <translation>Abstand zwischen Angebot und Gebot ist %1 %</translation>
    </message>
    <message>
        <source>gap between ask and bid</source>
        <translation>Abstand zwischen Angebot und Gebot</translation>
    </message>
    <message>
        <source>demand is %1</source>
        <translation>Nachfrage ist %1</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>cost + %1 %</source>
        <translation>Kosten + %1 %</translation>
    </message>
    <message>
        <source>StockX&apos;s lowest ask %1, above cost + %2 %</source>
        <translation>das niedrigste StockX-Angebot %1, über Kosten + %2 %</translation>
    </message>
    <message>
        <source>StockX&apos;s market price %1</source>
        <translation>der StockX-Marktpreis %1</translation>
    </message>
    <message>
        <source>no market price on StockX: cost + 20 %</source>
        <translation>kein Marktpreis auf StockX: Kosten + 20 %</translation>
    </message>
    <message>
        <source>1.00 under StockX&apos;s lowest ask %1</source>
        <translation>1,00 unter dem niedrigsten StockX-Angebot %1</translation>
    </message>
    <message>
        <source>no higher than StockX&apos;s lowest ask %1</source>
        <translation>nicht höher als das niedrigste StockX-Angebot %1</translation>
    </message>
    <message>
        <source>raised to the floor %1, which nets cost + the minimum profit after fees</source>
        <translation>auf die Untergrenze %1 angehoben, die nach Gebühren Kosten + Mindestgewinn bringt</translation>
    </message>
    <message>
        <source>The auto-listing condition “%1” %2</source>
        <translation>Die Auto-Listing-Bedingung „%1“ %2</translation>
    </message>
    <message>
        <source>bullish</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>bearish</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>volatile</source>
        <translation>unruhig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>aufwärts</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>abwärts</translation>
    </message>
    <message>
        <source>is not a JSON object: %1</source>
        <translation>ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>is not known.</source>
        <translation>ist unbekannt.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>must be an amount like &quot;100.00&quot;.</source>
        <translation>muss ein Betrag wie &quot;100.00&quot; sein.</translation>
    </message>
    <message>
        <source>has a value out of range.</source>
        <translation>hat einen Wert außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>has a value of the wrong kind.</source>
        <translation>hat einen Wert der falschen Art.</translation>
    </message>
    <message>
        <source>margin after fees ≥ %1 %</source>
        <translation>Marge nach Gebühren ≥ %1 %</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>bought ≥ %1 days ago</source>
        <translation>vor ≥ %1 Tagen gekauft</translation>
    </message>
    <message>
        <source>market: %1</source>
        <translation>Markt: %1</translation>
    </message>
    <message>
        <source>brand: %1</source>
        <translation>Marke: %1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>purchase price ≥ %1</source>
        <translation>Einkaufspreis ≥ %1</translation>
    </message>
    <message>
        <source>purchase price ≤ %1</source>
        <translation>Einkaufspreis ≤ %1</translation>
    </message>
    <message>
        <source>volatility: %1</source>
        <translation>Schwankung: %1</translation>
    </message>
    <message>
        <source>trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <source>gap between ask and bid ≥ %1 %</source>
        <translation>Abstand zwischen Angebot und Gebot ≥ %1 %</translation>
    </message>
    <message>
        <source>demand (bid ÷ ask) ≥ %1</source>
        <translation>Nachfrage (Gebot ÷ Angebot) ≥ %1</translation>
    </message>
    <message>
        <source>An auto-listing rule needs a name of its own; “%1” is empty or taken.</source>
        <translation>Eine Auto-Listing-Regel braucht einen eigenen Namen; „%1“ ist leer oder vergeben.</translation>
    </message>
    <message>
        <source>Auto-listing failed: %1</source>
        <translation>Auto-Listing fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Auto-listing looked at %n pairs in stock</source>
        <translation>
            <numerusform>Auto-Listing hat %n Paar auf Lager geprüft</numerusform>
            <numerusform>Auto-Listing hat %n Paare auf Lager geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the rules would list %n of them (dry run, nothing was sent).</source>
        <translation>
            <numerusform>%1; die Regeln würden %n davon listen (Probelauf, nichts wurde gesendet).</numerusform>
            <numerusform>%1; die Regeln würden %n davon listen (Probelauf, nichts wurde gesendet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n listed on StockX</source>
        <translation>
            <numerusform>%1; %n auf StockX gelistet</numerusform>
            <numerusform>%1; %n auf StockX gelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed.</source>
        <translation>
            <numerusform>, %n fehlgeschlagen.</numerusform>
            <numerusform>, %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwinEnrichment</name>
    <message>
        <source>Looking up %1 unmatched EANs on StockX…</source>
        <translation>%1 nicht zugeordnete EANs werden bei StockX nachgeschlagen…</translation>
    </message>
    <message>
        <source>Fetching sizes and market prices of %1 products from StockX…</source>
        <translation>Größen und Marktpreise von %1 Produkten werden von StockX geholt…</translation>
    </message>
    <message>
        <source>StockX lookup %1: %2 matched, %3 not on StockX, %4 failed.</source>
        <translation>StockX-Suche %1: %2 gefunden, %3 nicht bei StockX, %4 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>AwinFeedClient</name>
    <message>
        <source>Awin could not be reached: %1</source>
        <translation>Awin war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Awin refused the data feed key (HTTP %1: %2). Check the key in Settings; it is not the Publisher API token.</source>
        <translation>Awin hat den Datenfeed-Schlüssel abgelehnt (HTTP %1: %2). Prüfen Sie den Schlüssel in den Einstellungen; er ist nicht das Publisher-API-Token.</translation>
    </message>
    <message>
        <source>Awin is throttling downloads (HTTP %1: %2). At most 5 run at once and each feed 5 times an hour; try later.</source>
        <translation>Awin drosselt die Downloads (HTTP %1: %2). Höchstens 5 gleichzeitig und jeder Feed 5-mal pro Stunde; versuchen Sie es später.</translation>
    </message>
    <message>
        <source>Awin answered HTTP %1: %2</source>
        <translation>Awin antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation>Der Download konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The feed list is empty.</source>
        <translation>Die Feed-Liste ist leer.</translation>
    </message>
    <message>
        <source>The feed list has no &quot;Feed ID&quot; column.</source>
        <translation>Die Feed-Liste hat keine Spalte „Feed ID“.</translation>
    </message>
</context>
<context>
    <name>AwinFeedParser</name>
    <message>
        <source>This is not an Awin product feed: the columns %1 are missing.</source>
        <translation>Das ist kein Awin-Produktfeed: die Spalten %1 fehlen.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>No aw_product_id: nothing identifies this offer.</source>
        <translation>Keine aw_product_id: nichts kennzeichnet dieses Angebot.</translation>
    </message>
    <message>
        <source>The aw_product_id is longer than 50 characters.</source>
        <translation>Die aw_product_id ist länger als 50 Zeichen.</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO code; EUR assumed</source>
        <translation>Währung „%1“ ist kein ISO-Code; EUR angenommen</translation>
    </message>
    <message>
        <source>No search_price.</source>
        <translation>Kein search_price.</translation>
    </message>
    <message>
        <source>The search_price &quot;%1&quot; cannot be read.</source>
        <translation>Der search_price „%1“ ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read</source>
        <translation>%1 „%2“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>last_updated &quot;%1&quot; is not a time</source>
        <translation>last_updated „%1“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>no product_name</source>
        <translation>kein product_name</translation>
    </message>
    <message>
        <source>%1 cut to %2 characters</source>
        <translation>%1 auf %2 Zeichen gekürzt</translation>
    </message>
</context>
<context>
    <name>AwinImport</name>
    <message>
        <source>%1 rows: %2 new, %3 updated (%4 new prices), %5 no longer in the feed, %6 rejected, %7 flagged%8</source>
        <translation>%1 Zeilen: %2 neu, %3 aktualisiert (%4 neue Preise), %5 nicht mehr im Feed, %6 abgelehnt, %7 markiert%8</translation>
    </message>
    <message>
        <source> (stopped before the end)</source>
        <translation> (vor dem Ende angehalten)</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; the offers stored before are unchanged.</source>
        <translation>%1 Nichts wurde importiert; die bisher gespeicherten Angebote sind unverändert.</translation>
    </message>
    <message>
        <source>The feed is empty.</source>
        <translation>Der Feed ist leer.</translation>
    </message>
    <message>
        <source>the offer appears again on line %1, which counts</source>
        <translation>das Angebot kommt in Zeile %1 noch einmal vor, diese zählt</translation>
    </message>
</context>
<context>
    <name>AwinSync</name>
    <message>
        <source>No Awin data feed key is set up.</source>
        <translation>Kein Awin-Datenfeed-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>Reading Awin&apos;s feed list…</source>
        <translation>Awins Feed-Liste wird gelesen…</translation>
    </message>
    <message>
        <source>%1 (feed %2): unchanged since its last import, skipped.</source>
        <translation>%1 (Feed %2): seit dem letzten Import unverändert, übersprungen.</translation>
    </message>
    <message>
        <source>Feed %1 is not in Awin&apos;s feed list for this key.</source>
        <translation>Feed %1 steht für diesen Schlüssel nicht in Awins Feed-Liste.</translation>
    </message>
    <message>
        <source>%1 (feed %2): downloading…</source>
        <translation>%1 (Feed %2): wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>%1 (feed %2): %3</source>
        <translation>%1 (Feed %2): %3</translation>
    </message>
    <message>
        <source>%1: importing…</source>
        <translation>%1: wird importiert…</translation>
    </message>
    <message>
        <source>Importing (%L1 rows)</source>
        <translation>Import (%L1 Zeilen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Matching offers to the catalog and valuing them…</source>
        <translation>Angebote werden dem Katalog zugeordnet und bewertet…</translation>
    </message>
    <message>
        <source>Matched %L1 offers (%L2 by EAN, %L3 by style code); %L4 offers have opportunity figures.</source>
        <translation>%L1 Angebote zugeordnet (%L2 per EAN, %L3 per Style-Code); %L4 Angebote haben Chancen-Kennzahlen.</translation>
    </message>
</context>
<context>
    <name>BrandRepository</name>
    <message>
        <source>A brand needs a name.</source>
        <translation>Eine Marke braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a brand called %1; merge the two instead.</source>
        <translation>Es gibt schon eine Marke namens %1; führen Sie die beiden zusammen.</translation>
    </message>
    <message>
        <source>Type a word or a regular expression first.</source>
        <translation>Geben Sie zuerst ein Wort oder einen regulären Ausdruck ein.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>CatalogResolver</name>
    <message>
        <source>The category &quot;%1&quot; is missing.</source>
        <translation>Die Kategorie „%1“ fehlt.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>SKU / style code</source>
        <translation>SKU / Style-Code</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettopreis</translation>
    </message>
    <message>
        <source>Gross price</source>
        <translation>Bruttopreis</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MwSt.-Satz</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Order / invoice number</source>
        <translation>Bestell-/Rechnungsnummer</translation>
    </message>
    <message>
        <source>Choose the column with the SKU or style code.</source>
        <translation>Bitte die Spalte mit SKU oder Style-Code wählen.</translation>
    </message>
    <message>
        <source>Choose the column with the net or gross price.</source>
        <translation>Bitte die Spalte mit dem Netto- oder Bruttopreis wählen.</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message numerus="yes">
        <source>… (%n characters cut)</source>
        <translation>
            <numerusform>… (%n Zeichen gekürzt)</numerusform>
            <numerusform>… (%n Zeichen gekürzt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field opened on line %1 is never closed; the rest of the file was read as part of it.</source>
        <translation>Ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen; der Rest der Datei wurde als Teil dieses Feldes gelesen.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of field %1 on line %2.</source>
        <translation>Nach dem schließenden Anführungszeichen von Feld %1 in Zeile %2 folgt noch Text.</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>%1 (needs the columns %2)</source>
        <translation>%1 (braucht die Spalten %2)</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>Die Kopfzeile lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>There is no import format called &quot;%1&quot;. Known formats: %2</source>
        <translation>Es gibt kein Importformat „%1“. Bekannte Formate: %2</translation>
    </message>
    <message>
        <source>SoleFlipper does not recognise the columns of this file. Known formats: %1</source>
        <translation>SoleFlipper erkennt die Spalten dieser Datei nicht. Bekannte Formate: %1</translation>
    </message>
    <message>
        <source>The file lacks columns that %1 needs: %2</source>
        <translation>Der Datei fehlen Spalten, die %1 braucht: %2</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>Capital at cost</source>
        <translation>Kapital zum Einkaufspreis</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>über %1 Tage</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>These files of an earlier version stay in %1, because %2 already has files of the same name: %3</source>
        <translation>Diese Dateien einer früheren Version bleiben in %1, weil es in %2 schon Dateien mit demselben Namen gibt: %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The %1 driver is not installed</source>
        <translation>Der %1-Treiber ist nicht installiert</translation>
    </message>
    <message>
        <source>Cannot create the data folder</source>
        <translation>Der Datenordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot configure the connection</source>
        <translation>Die Verbindung lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>This record is still used elsewhere and cannot be deleted.</source>
        <translation>Dieser Eintrag wird noch an anderer Stelle verwendet und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The database rejected a query</source>
        <translation>Die Datenbank hat eine Abfrage abgelehnt</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>A step inside the transaction failed; nothing was saved.</source>
        <translation>Ein Schritt der Transaktion ist fehlgeschlagen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>Die Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). Nothing more was saved; try again to reconnect.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen (%1). Es wurde nichts weiter gespeichert; bitte erneut versuchen, dann wird neu verbunden.</translation>
    </message>
    <message>
        <source>The last change could not be undone, so the connection was reset and nothing of it was saved</source>
        <translation>Die letzte Änderung ließ sich nicht rückgängig machen; die Verbindung wurde deshalb zurückgesetzt und nichts davon gespeichert</translation>
    </message>
    <message>
        <source>Choose the file of the certificate authority that signed the server&apos;s certificate in Settings, Database, CA file.</source>
        <translation>Wählen Sie in Einstellungen, Datenbank, CA-Datei die Datei der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not signed by the CA in %1, or it is made out to another name than %2.</source>
        <translation>Das Zertifikat des Servers wurde nicht von der Zertifizierungsstelle in %1 signiert oder ist auf einen anderen Namen als %2 ausgestellt.</translation>
    </message>
    <message>
        <source>add records to %1</source>
        <translation>Datensätze zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>change records of %1</source>
        <translation>Datensätze von %1 ändern</translation>
    </message>
    <message>
        <source>delete records of %1</source>
        <translation>Datensätze von %1 löschen</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>change the structure of %1</source>
        <translation>die Struktur von %1 ändern</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>the team&apos;s data</source>
        <translation>die Daten des Teams</translation>
    </message>
    <message>
        <source>Your role may not %1. Nothing was changed; an admin of your team can grant it.</source>
        <translation>Ihre Rolle darf nicht %1. Nichts wurde geändert; ein Admin Ihres Teams kann es erlauben.</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Expected postgresql://user@host:port/database.</source>
        <translation>Die PostgreSQL-Adresse ist ungültig. Erwartet wird postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>Unbekannter sslmode „%1“.</translation>
    </message>
    <message>
        <source>The CA file&apos;s path may not contain &quot;;&quot;.</source>
        <translation>Der Pfad der CA-Datei darf kein „;“ enthalten.</translation>
    </message>
</context>
<context>
    <name>DeadStock</name>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message numerus="yes">
        <source>%n critical pair(s): liquidate them now, capital is tied up</source>
        <translation>
            <numerusform>%n kritisches Paar: jetzt abverkaufen, Kapital ist gebunden</numerusform>
            <numerusform>%n kritische Paare: jetzt abverkaufen, Kapital ist gebunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead pair(s): cut their prices before they turn critical</source>
        <translation>
            <numerusform>%n totes Paar: Preis senken, bevor es kritisch wird</numerusform>
            <numerusform>%n tote Paare: Preise senken, bevor sie kritisch werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The potential loss exceeds 20 % of the locked capital: review the pricing</source>
        <translation>Der mögliche Verlust übersteigt 20 % des gebundenen Kapitals: Preise prüfen</translation>
    </message>
    <message>
        <source>More than 10 000 of capital is locked in stock: sell slow pairs before buying more</source>
        <translation>Mehr als 10 000 Kapital stecken im Bestand: langsame Paare verkaufen, bevor Sie nachkaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) have no market figure and are classified by age alone: sync the StockX catalog</source>
        <translation>
            <numerusform>%n Paar hat keinen Marktwert und ist nur nach Alter eingestuft: StockX-Katalog abgleichen</numerusform>
            <numerusform>%n Paare haben keinen Marktwert und sind nur nach Alter eingestuft: StockX-Katalog abgleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut the price by 30–50 %</source>
        <translation>Preis um 30–50 % senken</translation>
    </message>
    <message>
        <source>Liquidate: sell to the highest bid</source>
        <translation>Abverkaufen: an das höchste Gebot verkaufen</translation>
    </message>
    <message>
        <source>Offer it in a bundle or a flash sale</source>
        <translation>Im Bündel oder als Flash-Sale anbieten</translation>
    </message>
    <message>
        <source>Cut the price by 20–30 %</source>
        <translation>Preis um 20–30 % senken</translation>
    </message>
    <message>
        <source>Clear it out; push it on social media</source>
        <translation>Räumen; in sozialen Medien bewerben</translation>
    </message>
    <message>
        <source>List it on another marketplace too</source>
        <translation>Zusätzlich auf einem anderen Marktplatz anbieten</translation>
    </message>
    <message>
        <source>Cut the price by 10–15 %</source>
        <translation>Preis um 10–15 % senken</translation>
    </message>
    <message>
        <source>Check what competitors ask</source>
        <translation>Preise der Konkurrenz prüfen</translation>
    </message>
    <message>
        <source>Improve the photos</source>
        <translation>Bessere Fotos machen</translation>
    </message>
    <message>
        <source>Check the price weekly</source>
        <translation>Preis wöchentlich prüfen</translation>
    </message>
    <message>
        <source>Refresh the listing</source>
        <translation>Angebot auffrischen</translation>
    </message>
    <message>
        <source>Keep the price, or try a small rise</source>
        <translation>Preis halten oder leicht erhöhen</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The sneakers category is missing; migrate first.</source>
        <translation>Die Kategorie Sneakers fehlt; bitte zuerst migrieren.</translation>
    </message>
    <message>
        <source>The size table is empty; migrate first.</source>
        <translation>Die Größentabelle ist leer; bitte zuerst migrieren.</translation>
    </message>
    <message>
        <source>Marketplace %1 is missing; migrate first.</source>
        <translation>Der Marktplatz %1 fehlt; bitte zuerst migrieren.</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount.</source>
        <translation>%1 „%2“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1 „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a currency.</source>
        <translation>%1 „%2“ ist keine Währung.</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>The decompressor could not start.</source>
        <translation>Der Entpacker konnte nicht starten.</translation>
    </message>
    <message>
        <source>The file ends in the middle of its gzip stream: the download was cut short.</source>
        <translation>Die Datei endet mitten im gzip-Strom: der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Die gzip-Daten sind beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>StockX historical seller sales report</source>
        <translation>StockX-Verkaufsbericht (Historical Seller Sales Report)</translation>
    </message>
    <message>
        <source>Alias / GOAT sales export</source>
        <translation>Alias-/GOAT-Verkaufsexport</translation>
    </message>
    <message>
        <source>Sales sheet (SKU, sale date, status, prices)</source>
        <translation>Verkaufstabelle (SKU, Verkaufsdatum, Status, Preise)</translation>
    </message>
    <message>
        <source>Supplier accounts</source>
        <translation>Lieferantenkonten</translation>
    </message>
    <message>
        <source>Purchases (any spreadsheet of bought pairs)</source>
        <translation>Einkäufe (jede Tabelle gekaufter Paare)</translation>
    </message>
    <message>
        <source>Notion inventory export</source>
        <translation>Notion-Inventarexport</translation>
    </message>
</context>
<context>
    <name>ImportRecordExport</name>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 duplicates skipped, %5 rejected.</source>
        <translation>%1 Zeilen: %2 importiert, %3 aktualisiert, %4 Duplikate übersprungen, %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Dry run, nothing was stored. %1</source>
        <translation>Probelauf, nichts wurde gespeichert. %1</translation>
    </message>
    <message>
        <source>Cancelled; the rows before stay stored. %1</source>
        <translation>Abgebrochen; die Zeilen davor bleiben gespeichert. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), another client&apos;s write got in the way and the rows were tried again.</source>
        <translation>
            <numerusform>%n Mal kam der Schreibvorgang eines anderen Clients dazwischen, und die Zeilen wurden erneut versucht.</numerusform>
            <numerusform>%n Mal kam der Schreibvorgang eines anderen Clients dazwischen, und die Zeilen wurden erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>This row has %1 fields but the header has %2; a value containing the delimiter may lack its quotes.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2; vielleicht fehlen einem Wert mit Trennzeichen die Anführungszeichen.</translation>
    </message>
    <message>
        <source>The dry run stopped after %1 rows: %2</source>
        <translation>Der Probelauf endete nach %1 Zeilen: %2</translation>
    </message>
    <message>
        <source>The import stopped after %1 rows (they are stored): %2</source>
        <translation>Der Import endete nach %1 Zeilen (diese sind gespeichert): %2</translation>
    </message>
    <message>
        <source>There is no import preset called &quot;%1&quot;.</source>
        <translation>Es gibt keine Importvorlage „%1“.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; chosen for %2 is not in this file.</source>
        <translation>Die für %2 gewählte Spalte „%1“ gibt es in dieser Datei nicht.</translation>
    </message>
    <message>
        <source>The import&apos;s entry in the history could not be closed: %1</source>
        <translation>Der Eintrag des Imports im Verlauf konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Listed on StockX</source>
        <translation>Auf StockX gelistet</translation>
    </message>
    <message>
        <source>Listed on Alias</source>
        <translation>Auf Alias gelistet</translation>
    </message>
    <message>
        <source>Listed elsewhere</source>
        <translation>Anderswo gelistet</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>Vorverkauf</translation>
    </message>
    <message>
        <source>Preorder</source>
        <translation>Vorbestellt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>KpiPeriod</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Sold (matched)</source>
        <translation>Verkauft (zugeordnet)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ManualSalesImporter</name>
    <message>
        <source>Neither Gross Sale nor Net Sale is given.</source>
        <translation>Weder Gross Sale noch Net Sale ist angegeben.</translation>
    </message>
    <message>
        <source>Net Sale is more than Gross Sale, or a price is negative.</source>
        <translation>Net Sale ist größer als Gross Sale, oder ein Preis ist negativ.</translation>
    </message>
</context>
<context>
    <name>McpSchema</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>„%1“ muss eines davon sein: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date as YYYY-MM-DD.</source>
        <translation>„%1“ muss ein Datum als JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>„%1“ muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>„%1“ darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>There is no argument &quot;%1&quot;.</source>
        <translation>Es gibt kein Argument „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>McpServer</name>
    <message>
        <source>The message is longer than %1 bytes; it was not read.</source>
        <translation>Die Nachricht ist länger als %1 Bytes; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The message is not JSON: %1 at byte %2.</source>
        <translation>Die Nachricht ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>A message must be one JSON object.</source>
        <translation>Eine Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Not a JSON-RPC 2.0 request: it needs &quot;jsonrpc&quot;: &quot;2.0&quot;, a method name, a string or integer id and object params.</source>
        <translation>Keine JSON-RPC-2.0-Anfrage: Sie braucht &quot;jsonrpc&quot;: &quot;2.0&quot;, einen Methodennamen, eine Text- oder Ganzzahl-ID und Parameter als Objekt.</translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;.</source>
        <translation>Es gibt keine Methode „%1“.</translation>
    </message>
    <message>
        <source>SoleFlipper is a sneaker reseller&apos;s own database. Remember things with store_memory and find them with search_memory; ask about stock, orders, key figures, dead stock and prices with the other tools, which only read. Money is given as exact decimal strings with a currency.</source>
        <translation>SoleFlipper ist die eigene Datenbank eines Sneaker-Resellers. Merke dir Dinge mit store_memory und finde sie mit search_memory wieder; frage mit den anderen Werkzeugen, die nur lesen, nach Bestand, Bestellungen, Kennzahlen, Ladenhütern und Preisen. Geldbeträge kommen als exakte Dezimaltexte mit Währung.</translation>
    </message>
    <message>
        <source>tools/call needs the tool&apos;s name.</source>
        <translation>tools/call braucht den Namen des Werkzeugs.</translation>
    </message>
    <message>
        <source>A tool&apos;s arguments must be a JSON object.</source>
        <translation>Die Argumente eines Werkzeugs müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>resources/read needs a uri.</source>
        <translation>resources/read braucht eine URI.</translation>
    </message>
</context>
<context>
    <name>McpTools</name>
    <message>
        <source>A namespace keeps memories apart (default: &quot;default&quot;).</source>
        <translation>Ein Namensraum hält Erinnerungen getrennt (Standard: „default“).</translation>
    </message>
    <message>
        <source>Store a memory</source>
        <translation>Erinnerung speichern</translation>
    </message>
    <message>
        <source>Remembers a piece of text about the business for later conversations, with optional metadata.</source>
        <translation>Merkt sich einen Text über das Geschäft für spätere Gespräche, wahlweise mit Metadaten.</translation>
    </message>
    <message>
        <source>What to remember.</source>
        <translation>Was gemerkt werden soll.</translation>
    </message>
    <message>
        <source>Any JSON object kept with the memory.</source>
        <translation>Ein beliebiges JSON-Objekt, das mit der Erinnerung gespeichert wird.</translation>
    </message>
    <message>
        <source>Search memories</source>
        <translation>Erinnerungen suchen</translation>
    </message>
    <message>
        <source>Finds memories containing any word of the query, best match first, newest first among equals.</source>
        <translation>Findet Erinnerungen mit Wörtern der Suche, die besten zuerst, unter gleich guten die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Gesuchte Wörter.</translation>
    </message>
    <message>
        <source>At most this many memories.</source>
        <translation>Höchstens so viele Erinnerungen.</translation>
    </message>
    <message>
        <source>List memories</source>
        <translation>Erinnerungen auflisten</translation>
    </message>
    <message>
        <source>The newest memories, with how many each namespace holds and when it was first and last written.</source>
        <translation>Die neuesten Erinnerungen, dazu wie viele jeder Namensraum hält und wann zuerst und zuletzt geschrieben wurde.</translation>
    </message>
    <message>
        <source>Search the stock</source>
        <translation>Bestand durchsuchen</translation>
    </message>
    <message>
        <source>Pairs in stock (or in any state) matching a text, status, brand and size, oldest purchase first. Prices are exact decimals in the pair&apos;s currency.</source>
        <translation>Paare im Bestand (oder in jedem Zustand) nach Text, Status, Marke und Größe, ältester Kauf zuerst. Preise sind exakte Dezimalzahlen in der Währung des Paars.</translation>
    </message>
    <message>
        <source>Words in the SKU, product, brand, notes or location.</source>
        <translation>Wörter in SKU, Produkt, Marke, Notizen oder Lagerort.</translation>
    </message>
    <message>
        <source>Only pairs in this state.</source>
        <translation>Nur Paare in diesem Zustand.</translation>
    </message>
    <message>
        <source>Only this brand, by name.</source>
        <translation>Nur diese Marke, nach Namen.</translation>
    </message>
    <message>
        <source>Only this size, as labelled, e.g. &quot;US 10&quot; or &quot;M&quot;.</source>
        <translation>Nur diese Größe, wie beschriftet, z. B. „US 10“ oder „M“.</translation>
    </message>
    <message>
        <source>At most this many pairs.</source>
        <translation>Höchstens so viele Paare.</translation>
    </message>
    <message>
        <source>Look up an order</source>
        <translation>Bestellung nachschlagen</translation>
    </message>
    <message>
        <source>An order by its marketplace order number, with its fees, payout, profit and the pair it sold.</source>
        <translation>Eine Bestellung nach ihrer Bestellnummer beim Marktplatz, mit Gebühren, Auszahlung, Gewinn und dem verkauften Paar.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s order number, e.g. 12345678-87654321.</source>
        <translation>Die Bestellnummer des Marktplatzes, z. B. 12345678-87654321.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Sales, revenue, net profit, ROI, margin, sell-through, payouts pending and stock value over whole days (UTC), as `soleflipper-cli report kpis` gives them.</source>
        <translation>Verkäufe, Umsatz, Nettogewinn, ROI, Marge, Abverkaufsquote, offene Auszahlungen und Bestandswert über ganze Tage (UTC), wie `soleflipper-cli report kpis` sie ausgibt.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Erster Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Letzter Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Only this marketplace, by slug: stockx, alias, ebay, …</source>
        <translation>Nur dieser Marktplatz, nach Kürzel: stockx, alias, ebay, …</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Ladenhüter</translation>
    </message>
    <message>
        <source>Unsold pairs by how stuck they are (hot, warm, cold, dead, critical), with the capital they lock and the loss if sold at the market&apos;s highest bid.</source>
        <translation>Unverkaufte Paare danach, wie fest sie liegen (hot, warm, cold, dead, critical), mit dem gebundenen Kapital und dem Verlust beim Verkauf zum höchsten Gebot des Markts.</translation>
    </message>
    <message>
        <source>Only pairs at this level or worse.</source>
        <translation>Nur Paare auf dieser Stufe oder schlechter.</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Preisverlauf</translation>
    </message>
    <message>
        <source>StockX&apos;s daily lowest ask, highest bid and last sale of one product in one size, with our own asks and sales over the same days.</source>
        <translation>Tägliches niedrigstes Angebot, höchstes Gebot und letzter Verkauf bei StockX für ein Produkt in einer Größe, mit unseren eigenen Angeboten und Verkäufen über dieselben Tage.</translation>
    </message>
    <message>
        <source>The style code (SKU), e.g. DD1391-100.</source>
        <translation>Der Style-Code (SKU), z. B. DD1391-100.</translation>
    </message>
    <message>
        <source>The size as labelled, e.g. &quot;US 10&quot;.</source>
        <translation>Die Größe wie beschriftet, z. B. „US 10“.</translation>
    </message>
    <message>
        <source>How many days back from today.</source>
        <translation>Wie viele Tage ab heute zurück.</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>Es gibt kein Werkzeug namens „%1“.</translation>
    </message>
    <message>
        <source>No brand is called &quot;%1&quot;.</source>
        <translation>Keine Marke heißt „%1“.</translation>
    </message>
    <message>
        <source>No size is labelled &quot;%1&quot;.</source>
        <translation>Keine Größe ist mit „%1“ beschriftet.</translation>
    </message>
    <message>
        <source>&quot;from&quot; must not be after &quot;to&quot;.</source>
        <translation>„from“ darf nicht nach „to“ liegen.</translation>
    </message>
    <message>
        <source>No product has the style code &quot;%1&quot;.</source>
        <translation>Kein Produkt hat den Style-Code „%1“.</translation>
    </message>
    <message>
        <source>Key figures of the last 30 days</source>
        <translation>Kennzahlen der letzten 30 Tage</translation>
    </message>
    <message>
        <source>Dead stock: pairs that sell slowly or not at all</source>
        <translation>Ladenhüter: Paare, die sich langsam oder gar nicht verkaufen</translation>
    </message>
    <message>
        <source>The newest memories and their namespaces</source>
        <translation>Die neuesten Erinnerungen und ihre Namensräume</translation>
    </message>
    <message>
        <source>There is no resource &quot;%1&quot;.</source>
        <translation>Es gibt keine Ressource „%1“.</translation>
    </message>
</context>
<context>
    <name>MemoryRepository</name>
    <message>
        <source>A memory needs some text.</source>
        <translation>Eine Erinnerung braucht etwas Text.</translation>
    </message>
    <message>
        <source>A memory holds at most %1 characters.</source>
        <translation>Eine Erinnerung fasst höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A namespace is at most 100 characters.</source>
        <translation>Ein Namensraum hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>The search needs at least one word.</source>
        <translation>Die Suche braucht mindestens ein Wort.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer SoleFlipper (schema version %1; this app knows up to %2). Update the app before opening it; nothing was changed.</source>
        <translation>Diese Datenbank stammt von einem neueren SoleFlipper (Schemaversion %1; diese App kennt bis %2). Bitte die App aktualisieren; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) would break a reference in table %3.</source>
        <translation>Migration %1 (%2) würde einen Verweis in Tabelle %3 zerstören.</translation>
    </message>
</context>
<context>
    <name>NotionInventoryImporter</name>
    <message>
        <source>Gross Buy must be more than zero.</source>
        <translation>Gross Buy muss größer als null sein.</translation>
    </message>
    <message>
        <source>The pair has a Sale Date but no Sale ID, which keeps sales from being imported twice.</source>
        <translation>Das Paar hat ein Sale Date, aber keine Sale ID, die verhindert, dass Verkäufe doppelt importiert werden.</translation>
    </message>
    <message>
        <source>Sale Date is missing for sale %1.</source>
        <translation>Für den Verkauf %1 fehlt das Sale Date.</translation>
    </message>
    <message>
        <source>Sale Date %1 is before Buy Date %2.</source>
        <translation>Sale Date %1 liegt vor Buy Date %2.</translation>
    </message>
    <message>
        <source>Neither Gross Sale nor Net Sale is given for sale %1.</source>
        <translation>Für den Verkauf %1 ist weder Gross Sale noch Net Sale angegeben.</translation>
    </message>
    <message>
        <source>Net Sale is more than Gross Sale for sale %1.</source>
        <translation>Net Sale ist beim Verkauf %1 größer als Gross Sale.</translation>
    </message>
</context>
<context>
    <name>OfferPurchase</name>
    <message>
        <source>Only a matched offer can be bought into stock.</source>
        <translation>Nur ein zugeordnetes Angebot kann in den Bestand gekauft werden.</translation>
    </message>
    <message>
        <source>The matched StockX size has no size in the catalog yet.</source>
        <translation>Die zugeordnete StockX-Größe hat noch keine Größe im Katalog.</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>The StockX marketplace is missing from this database.</source>
        <translation>Der Marktplatz StockX fehlt in dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PresaleMarker</name>
    <message>
        <source>The listing no longer exists.</source>
        <translation>Das Angebot gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The listed pair no longer exists.</source>
        <translation>Das angebotene Paar gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>PriceRulesDialog</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The StockX marketplace is missing from this database.</source>
        <translation>Der Marktplatz StockX fehlt in dieser Datenbank.</translation>
    </message>
    <message>
        <source>Cost plus</source>
        <translation>Kostenaufschlag</translation>
    </message>
    <message>
        <source>Market based</source>
        <translation>Marktbasiert</translation>
    </message>
    <message>
        <source>Competitive</source>
        <translation>Wettbewerbsorientiert</translation>
    </message>
    <message>
        <source>Value based</source>
        <translation>Wertbasiert</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Abverkauf</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>Offensiv</translation>
    </message>
</context>
<context>
    <name>PricingEngine</name>
    <message>
        <source>Raised to %1, the %2 % minimum margin on cost.</source>
        <translation>Auf %1 angehoben, die Mindestmarge von %2 % auf die Kosten.</translation>
    </message>
    <message>
        <source>Cost %1 plus %2 % markup.</source>
        <translation>Kosten %1 plus %2 % Aufschlag.</translation>
    </message>
    <message>
        <source>Brand multiplier %1.</source>
        <translation>Markenfaktor %1.</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot;: × %2.</source>
        <translation>Zustand „%1“: × %2.</translation>
    </message>
    <message numerus="yes">
        <source>Average of %n StockX sale(s) or asks over 14 days: %1.</source>
        <translation>
            <numerusform>Durchschnitt von %n StockX-Verkauf oder -Angebot über 14 Tage: %1.</numerusform>
            <numerusform>Durchschnitt von %n StockX-Verkäufen oder -Angeboten über 14 Tage: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seasonal adjustment × %1.</source>
        <translation>Saisonfaktor × %1.</translation>
    </message>
    <message>
        <source>2 % below the market.</source>
        <translation>2 % unter dem Markt.</translation>
    </message>
    <message>
        <source>Lowest of 7 days (%1) less the rule&apos;s %2 % discount.</source>
        <translation>Niedrigster Preis der 7 Tage (%1) abzüglich %2 % Rabatt der Regel.</translation>
    </message>
    <message>
        <source>Halfway between the lowest (%1) and the average of 7 days.</source>
        <translation>Mitte zwischen dem niedrigsten Preis (%1) und dem Durchschnitt der 7 Tage.</translation>
    </message>
    <message>
        <source>Weighted mean of market (40), competitive (35) and value (25) prices.</source>
        <translation>Gewichtetes Mittel aus Markt- (40), Wettbewerbs- (35) und Wertpreis (25).</translation>
    </message>
    <message>
        <source>Neither a purchase price nor StockX figures of the last 14 days are known for this pair, so there is nothing to price it from.</source>
        <translation>Für dieses Paar sind weder ein Einkaufspreis noch StockX-Zahlen der letzten 14 Tage bekannt; es gibt nichts, woraus sich ein Preis ergibt.</translation>
    </message>
    <message>
        <source>Raised to %1: below it the payout after fees would not cover cost plus %2.</source>
        <translation>Auf %1 angehoben: darunter deckt die Auszahlung nach Gebühren nicht Kosten plus %2.</translation>
    </message>
</context>
<context>
    <name>PricingTableModel</name>
    <message>
        <source>at or below the highest bid</source>
        <translation>auf oder unter dem höchsten Gebot</translation>
    </message>
    <message>
        <source>at or above the lowest ask</source>
        <translation>auf oder über dem niedrigsten Angebot</translation>
    </message>
    <message>
        <source>between bid and ask</source>
        <translation>zwischen Gebot und Angebot</translation>
    </message>
    <message>
        <source>no market figures</source>
        <translation>keine Marktzahlen</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>A product needs a SKU and a name.</source>
        <translation>Ein Produkt braucht eine SKU und einen Namen.</translation>
    </message>
    <message>
        <source>A product needs a category.</source>
        <translation>Ein Produkt braucht eine Kategorie.</translation>
    </message>
    <message>
        <source>A product with SKU %1 already exists.</source>
        <translation>Ein Produkt mit der SKU %1 gibt es schon.</translation>
    </message>
</context>
<context>
    <name>Profitability</name>
    <message>
        <source>No StockX bid for this size yet: enrich the product from StockX to know.</source>
        <translation>Noch kein StockX-Gebot für diese Größe: das Produkt von StockX anreichern, um es zu erfahren.</translation>
    </message>
    <message>
        <source>Sold to the highest bid (%1) it nets %2 after fees: %3 profit, %4 % margin.</source>
        <translation>An das höchste Gebot (%1) verkauft, bringt es %2 nach Gebühren: %3 Gewinn, %4 % Marge.</translation>
    </message>
    <message>
        <source>Sold to the highest bid (%1) it nets %2 after fees: %3 profit, %4 % margin, below the 15 % needed.</source>
        <translation>An das höchste Gebot (%1) verkauft, bringt es %2 nach Gebühren: %3 Gewinn, %4 % Marge, unter den nötigen 15 %.</translation>
    </message>
</context>
<context>
    <name>PurchaseImporter</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a VAT rate.</source>
        <translation>%1 „%2“ ist kein MwSt.-Satz.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount.</source>
        <translation>%1 „%2“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is given.</source>
        <translation>Weder %1 noch %2 ist angegeben.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1 „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of pairs.</source>
        <translation>%1 „%2“ ist keine Anzahl Paare.</translation>
    </message>
</context>
<context>
    <name>Repricing</name>
    <message>
        <source>Not listed on StockX.</source>
        <translation>Nicht auf StockX gelistet.</translation>
    </message>
    <message>
        <source>Its brand or category is not covered.</source>
        <translation>Marke oder Kategorie sind nicht erfasst.</translation>
    </message>
    <message>
        <source>Recommendation (%1).</source>
        <translation>Empfehlung (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 below the lowest ask after %n day(s) listed.</source>
        <translation>
            <numerusform>%1 unter dem niedrigsten Angebot nach %n Tag gelistet.</numerusform>
            <numerusform>%1 unter dem niedrigsten Angebot nach %n Tagen gelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limited to the largest drop.</source>
        <translation>Auf die größte Senkung begrenzt.</translation>
    </message>
    <message>
        <source>Limited to the largest rise.</source>
        <translation>Auf die größte Erhöhung begrenzt.</translation>
    </message>
    <message>
        <source>Held at the floor after fees.</source>
        <translation>Auf der Untergrenze nach Gebühren gehalten.</translation>
    </message>
    <message>
        <source>The price you entered.</source>
        <translation>Der eingegebene Preis.</translation>
    </message>
    <message>
        <source>The ask now changed by %1 %.</source>
        <translation>Der jetzige Preis, um %1 % geändert.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Würde geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The repricing could not run: %1</source>
        <translation>Die Neubepreisung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Dry run: %1 would change, %2 unchanged, %3 skipped.</source>
        <translation>Probelauf: %1 würden geändert, %2 unverändert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>%1 changed, %2 unchanged, %3 skipped, %4 conflicts, %5 failed, %6 not sent.</source>
        <translation>%1 geändert, %2 unverändert, %3 übersprungen, %4 Konflikte, %5 fehlgeschlagen, %6 nicht gesendet.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>This pair was changed by %1 at %2 since you opened it; nothing was saved over their change.</source>
        <translation>Dieses Paar wurde von %1 um %2 geändert, seit Sie es geöffnet haben; über diese Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This listing was changed by %1 at %2 since you saw it; nothing was sent over their change.</source>
        <translation>Dieses Angebot wurde von %1 um %2 geändert, seit Sie es gesehen haben; über diese Änderung wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This supplier was changed by %1 at %2 since you opened it; nothing was saved over their change.</source>
        <translation>Dieser Lieferant wurde von %1 um %2 geändert, seit Sie ihn geöffnet haben; über diese Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The pair no longer exists.</source>
        <translation>Das Paar existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The listing no longer exists.</source>
        <translation>Das Angebot existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The supplier no longer exists.</source>
        <translation>Der Lieferant existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SaleRecorder</name>
    <message>
        <source>The marketplace &quot;%1&quot; does not exist in this database.</source>
        <translation>Den Marktplatz „%1“ gibt es in dieser Datenbank nicht.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Unter diesem Namen ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The secret was not remembered; unlock or install a keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1). Das Geheimnis wurde nicht gespeichert; bitte einen Schlüsselbund (z. B. GNOME Keyring oder KWallet) entsperren oder installieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>memory only (forgotten when the app closes)</source>
        <translation>nur im Arbeitsspeicher (beim Beenden vergessen)</translation>
    </message>
</context>
<context>
    <name>StalePrompt</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload shows their change; Overwrite saves yours over it.</source>
        <translation>Neu laden zeigt deren Änderung; Überschreiben speichert Ihre darüber.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The keychain could not be read (%1), so no password was sent to the database server. %2</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1), deshalb wurde dem Datenbankserver kein Passwort gesendet. %2</translation>
    </message>
</context>
<context>
    <name>StockCsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>StockRepository</name>
    <message>
        <source>Choose a product.</source>
        <translation>Bitte ein Produkt wählen.</translation>
    </message>
    <message>
        <source>Choose a size.</source>
        <translation>Bitte eine Größe wählen.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>Die Menge darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A purchase price cannot be negative.</source>
        <translation>Ein Einkaufspreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The gross price cannot be below the net price.</source>
        <translation>Der Bruttopreis darf nicht unter dem Nettopreis liegen.</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>The item no longer exists.</source>
        <translation>Der Artikel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An item that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Ein Artikel mit Status „%1“ kann nicht „%2“ werden.</translation>
    </message>
    <message>
        <source>An item that is &quot;%1&quot; cannot become &quot;%2&quot;; nothing was changed.</source>
        <translation>Ein Artikel mit Status „%1“ kann nicht „%2“ werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StockXAuth</name>
    <message>
        <source>StockX no longer accepts this connection. Connect StockX again in Settings.</source>
        <translation>StockX akzeptiert diese Verbindung nicht mehr. Verbinden Sie StockX in den Einstellungen neu.</translation>
    </message>
    <message>
        <source>The StockX login server cannot be reached: %1</source>
        <translation>Der StockX-Anmeldeserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The StockX login server answered with HTTP %1.</source>
        <translation>Der StockX-Anmeldeserver antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>StockXCatalogSync</name>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message numerus="yes">
        <source>Enriching %n products from the StockX catalog.</source>
        <translation>
            <numerusform>%n Produkt wird aus dem StockX-Katalog angereichert.</numerusform>
            <numerusform>%n Produkte werden aus dem StockX-Katalog angereichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) skipped: %3</source>
        <translation>%1 (%2) übersprungen: %3</translation>
    </message>
    <message>
        <source>StockX lists no product with style code %1.</source>
        <translation>StockX führt kein Produkt mit dem Style-Code %1.</translation>
    </message>
    <message>
        <source>StockX&apos;s product %1 already belongs to %2.</source>
        <translation>Das StockX-Produkt %1 gehört bereits zu %2.</translation>
    </message>
</context>
<context>
    <name>StockXClient</name>
    <message>
        <source>StockX did not answer in time.</source>
        <translation>StockX hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>StockX cannot be reached: %1</source>
        <translation>StockX ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>StockX refused the API key or the login. Check the StockX connection in Settings.</source>
        <translation>StockX hat den API-Schlüssel oder die Anmeldung abgelehnt. Prüfen Sie die StockX-Verbindung in den Einstellungen.</translation>
    </message>
    <message>
        <source>StockX refused the request: daily limit reached; next try at %1.</source>
        <translation>StockX hat die Anfrage abgelehnt: Tageslimit erreicht; nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>StockX refused the request: too many requests.</source>
        <translation>StockX hat die Anfrage abgelehnt: zu viele Anfragen.</translation>
    </message>
    <message>
        <source>StockX had a server error (HTTP %1).</source>
        <translation>StockX hatte einen Serverfehler (HTTP %1).</translation>
    </message>
    <message>
        <source>StockX refused the request (HTTP %1): %2</source>
        <translation>StockX hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>StockX sent an unreadable answer (%1 at byte %2).</source>
        <translation>StockX hat eine unlesbare Antwort geschickt (%1 bei Byte %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts.</source>
        <translation>
            <numerusform>%1 Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>%1 Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>StockX redirected the request to %1; requests carrying the API key are not followed to another address.</source>
        <translation>StockX hat die Anfrage nach %1 umgeleitet; Anfragen mit dem API-Schlüssel folgen keiner Umleitung an eine andere Adresse.</translation>
    </message>
    <message>
        <source>%1 StockX may have carried out the request anyway.</source>
        <translation>%1 StockX hat die Anfrage womöglich trotzdem ausgeführt.</translation>
    </message>
</context>
<context>
    <name>StockXCredentials</name>
    <message>
        <source>StockX is not connected: connect it in Settings.</source>
        <translation>StockX ist nicht verbunden: Verbinden Sie es in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>StockXEndpoints</name>
    <message>
        <source>%1 is not an https:// address; SoleFlipper sends StockX credentials only encrypted (plain http only to this computer).</source>
        <translation>%1 ist keine https://-Adresse; SoleFlipper sendet StockX-Zugangsdaten nur verschlüsselt (unverschlüsseltes http nur an diesen Computer).</translation>
    </message>
</context>
<context>
    <name>StockXListingSync</name>
    <message>
        <source>listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Created for StockX listing %1; purchase details unknown.</source>
        <translation>Für das StockX-Angebot %1 angelegt; Einkaufsdaten unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n listings are no longer listed on StockX; asking for their status.</source>
        <translation>
            <numerusform>%n Angebot ist nicht mehr auf StockX gelistet; sein Status wird abgefragt.</numerusform>
            <numerusform>%n Angebote sind nicht mehr auf StockX gelistet; ihr Status wird abgefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings closed.</source>
        <translation>
            <numerusform>%n Angebot geschlossen.</numerusform>
            <numerusform>%n Angebote geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>StockX sent a page of listings without its list.</source>
        <translation>StockX hat eine Seite Angebote ohne ihre Liste gesendet.</translation>
    </message>
</context>
<context>
    <name>StockXMapping</name>
    <message>
        <source>StockX sent an order without %1.</source>
        <translation>StockX hat eine Bestellung ohne %1 geschickt.</translation>
    </message>
    <message>
        <source>StockX sent a listing without listingId.</source>
        <translation>StockX hat ein Angebot ohne listingId geschickt.</translation>
    </message>
</context>
<context>
    <name>StockXOrderSync</name>
    <message>
        <source>Orders: all active ones, and the history from %1 to %2.</source>
        <translation>Bestellungen: alle aktiven und der Verlauf vom %1 bis %2.</translation>
    </message>
    <message>
        <source>active orders</source>
        <translation>aktive Bestellungen</translation>
    </message>
    <message>
        <source>order history</source>
        <translation>Bestellverlauf</translation>
    </message>
</context>
<context>
    <name>StockXSalesImporter</name>
    <message>
        <source>%1 is in %2 but the sale is in %3.</source>
        <translation>%1 ist in %2, der Verkauf aber in %3.</translation>
    </message>
    <message>
        <source>Quantity %1: a sales report row is expected to be one pair.</source>
        <translation>Menge %1: eine Zeile des Verkaufsberichts sollte genau ein Paar sein.</translation>
    </message>
    <message>
        <source>Listing Price %1 is negative.</source>
        <translation>Listing Price %1 ist negativ.</translation>
    </message>
</context>
<context>
    <name>StockXShippingDocument</name>
    <message>
        <source>The shipping document of order %1 could not be saved: %2</source>
        <translation>Das Versanddokument der Bestellung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>StockX did not send a PDF.</source>
        <translation>StockX hat kein PDF geschickt.</translation>
    </message>
    <message>
        <source>StockX has no shipping document for order %1 yet.</source>
        <translation>StockX hat für die Bestellung %1 noch kein Versanddokument.</translation>
    </message>
</context>
<context>
    <name>StockXSyncJob</name>
    <message>
        <source>Resuming the last unfinished run at page %1 of %2.</source>
        <translation>Der letzte unvollendete Lauf wird bei Seite %1 von %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>The run could not be recorded: %1</source>
        <translation>Der Lauf konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Finished: %1 new, %2 changed, %3 unchanged, %4 rejected.</source>
        <translation>Fertig: %1 neu, %2 geändert, %3 unverändert, %4 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n pages; what was stored is kept.</source>
        <translation>
            <numerusform>Nach %n Seite abgebrochen; Gespeichertes bleibt erhalten.</numerusform>
            <numerusform>Nach %n Seiten abgebrochen; Gespeichertes bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 Pages stored before are kept; running the job again continues after them.</source>
        <translation>Abgebrochen: %1 Bereits gespeicherte Seiten bleiben erhalten; ein erneuter Lauf setzt danach fort.</translation>
    </message>
    <message>
        <source>The StockX marketplace is missing from the database.</source>
        <translation>Der Marktplatz StockX fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>%1 was not stored: %2 It is kept and tried again next run.</source>
        <translation>%1 wurde nicht gespeichert: %2 Der Datensatz bleibt vorgemerkt und wird beim nächsten Lauf erneut versucht.</translation>
    </message>
    <message>
        <source>A record without a number</source>
        <translation>Ein Datensatz ohne Nummer</translation>
    </message>
    <message>
        <source>StockX sent page %1 of %2 without its &quot;%3&quot; list.</source>
        <translation>StockX hat Seite %1 von %2 ohne ihre Liste „%3“ gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), another client&apos;s write got in the way and the record was tried again.</source>
        <translation>
            <numerusform>%n Mal kam der Schreibvorgang eines anderen Clients dazwischen, und der Datensatz wurde erneut versucht.</numerusform>
            <numerusform>%n Mal kam der Schreibvorgang eines anderen Clients dazwischen, und der Datensatz wurde erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierAccountImporter</name>
    <message>
        <source>EMAIL &quot;%1&quot; is not an email address.</source>
        <translation>EMAIL „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>COUNTRY_CODE &quot;%1&quot; is longer than a country code.</source>
        <translation>COUNTRY_CODE „%1“ ist länger als ein Ländercode.</translation>
    </message>
</context>
<context>
    <name>SupplierCharts</name>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Pairs sold</source>
        <translation>Verkaufte Paare</translation>
    </message>
</context>
<context>
    <name>SupplierMerge</name>
    <message>
        <source>The supplier no longer exists.</source>
        <translation>Den Lieferanten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A supplier cannot be merged into itself.</source>
        <translation>Ein Lieferant kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Both suppliers have the account %1; nothing was merged. Delete or rename one of them first.</source>
        <translation>Beide Lieferanten haben das Konto %1; nichts wurde zusammengeführt. Löschen oder benennen Sie zuerst eines davon um.</translation>
    </message>
</context>
<context>
    <name>SupplierPairsDialog</name>
    <message>
        <source>Return %1</source>
        <translation>%1 zurückgeben</translation>
    </message>
    <message>
        <source>e.g. damaged box, wrong size</source>
        <translation>z. B. Karton beschädigt, falsche Größe</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>SupplierPurchase</name>
    <message>
        <source>A purchase needs its supplier.</source>
        <translation>Ein Einkauf braucht seinen Lieferanten.</translation>
    </message>
    <message>
        <source>A purchase needs at least one line.</source>
        <translation>Ein Einkauf braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>Line %1 needs a product, a size, a quantity of at least 1 and a price.</source>
        <translation>Zeile %1 braucht ein Produkt, eine Größe, eine Menge von mindestens 1 und einen Preis.</translation>
    </message>
    <message>
        <source>The shipping cost cannot be negative.</source>
        <translation>Die Versandkosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The pair is no longer in stock.</source>
        <translation>Das Paar ist nicht mehr im Bestand.</translation>
    </message>
    <message>
        <source>A pair that is “%1” cannot go back to its supplier; only pairs in stock can (take a listed pair off the marketplace first).</source>
        <translation>Ein Paar mit Status „%1“ kann nicht an den Lieferanten zurück; das geht nur mit Paaren im Lager (nehmen Sie ein gelistetes Paar zuerst vom Marktplatz).</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>Die Erstattung kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>SupplierRepository</name>
    <message>
        <source>A supplier needs a name.</source>
        <translation>Ein Lieferant braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs came from this supplier; it cannot be deleted. Merge it into another supplier instead.</source>
        <translation>
            <numerusform>%n Paar stammt von diesem Lieferanten; er kann nicht gelöscht werden. Führen Sie ihn stattdessen mit einem anderen Lieferanten zusammen.</numerusform>
            <numerusform>%n Paare stammen von diesem Lieferanten; er kann nicht gelöscht werden. Führen Sie ihn stattdessen mit einem anderen Lieferanten zusammen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suppliers</name>
    <message>
        <source>Sneaker retailer</source>
        <translation>Sneaker-Händler</translation>
    </message>
    <message>
        <source>General retail</source>
        <translation>Allgemeiner Handel</translation>
    </message>
    <message>
        <source>Luxury fashion</source>
        <translation>Luxusmode</translation>
    </message>
    <message>
        <source>Brand store</source>
        <translation>Markenshop</translation>
    </message>
    <message>
        <source>Specialty store</source>
        <translation>Fachgeschäft</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>The sync lock gave no answer.</source>
        <translation>Die Sperre des Abgleichs gab keine Antwort.</translation>
    </message>
    <message>
        <source>another operator</source>
        <translation>ein anderer Bediener</translation>
    </message>
    <message>
        <source>%1 is running the %2 sync since %3; it was not started here.</source>
        <translation>%1 führt den Abgleich %2 seit %3 aus; er wurde hier nicht gestartet.</translation>
    </message>
    <message>
        <source>Another client is starting the %1 sync; it was not started here.</source>
        <translation>Ein anderer Client startet gerade den Abgleich %1; er wurde hier nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>TeamListener</name>
    <message>
        <source>The server refused to send changes: %1</source>
        <translation>Der Server verweigert das Senden von Änderungen: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost; reconnecting.</source>
        <translation>Die Verbindung zum Server ist abgebrochen; sie wird neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>You are signed in as %1, who may only read. An admin of your team can make you an operator.</source>
        <translation>Sie sind als %1 angemeldet und dürfen nur lesen. Ein Admin Ihres Teams kann Sie zum Operator machen.</translation>
    </message>
    <message>
        <source>You are signed in as %1; only an admin may delete, change settings or the schema.</source>
        <translation>Sie sind als %1 angemeldet; nur ein Admin darf löschen, Einstellungen oder das Schema ändern.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>SQLite file or postgresql:// URL (default: the app&apos;s database).</source>
        <translation>SQLite-Datei oder postgresql://-URL (Standard: die Datenbank der App).</translation>
    </message>
    <message>
        <source>Number of stock items for demo (default 1000).</source>
        <translation>Anzahl der Bestandsartikel für demo (Standard 1000).</translation>
    </message>
    <message>
        <source>Random seed for demo (default 42).</source>
        <translation>Zufallsstartwert für demo (Standard 42).</translation>
    </message>
    <message>
        <source>Only items with this status (repeatable), e.g. in_stock.</source>
        <translation>Nur Artikel mit diesem Status (wiederholbar), z. B. in_stock.</translation>
    </message>
    <message>
        <source>Only items matching this text.</source>
        <translation>Nur Artikel, die diesen Text enthalten.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: --items and --seed take whole non-negative numbers</source>
        <translation>Fehler: --items und --seed erwarten ganze, nicht negative Zahlen</translation>
    </message>
    <message>
        <source>%1 of %2 items written</source>
        <translation>%1 von %2 Artikeln geschrieben</translation>
    </message>
    <message>
        <source>error: unknown status &quot;%1&quot;; use one of: %2</source>
        <translation>Fehler: unbekannter Status „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>error: --format must be table, csv or json</source>
        <translation>Fehler: --format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>error: no command given; try --help</source>
        <translation>Fehler: kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;; try --help</source>
        <translation>Fehler: unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation>Datenbank %1 hat Schemaversion %2.</translation>
    </message>
    <message>
        <source>%1 % read</source>
        <translation>%1 % gelesen</translation>
    </message>
    <message>
        <source>%1 (%2, %3, delimiter &quot;%4&quot;)</source>
        <translation>%1 (%2, %3, Trennzeichen „%4“)</translation>
    </message>
    <message>
        <source>Import batch %1</source>
        <translation>Importlauf %1</translation>
    </message>
    <message>
        <source>warning: some characters were not valid %1 and were replaced</source>
        <translation>Warnung: einige Zeichen waren kein gültiges %1 und wurden ersetzt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more rejected rows (see the import batch)</source>
        <translation>… und %1 weitere abgelehnte Zeilen (siehe Importlauf)</translation>
    </message>
    <message>
        <source>error: import takes exactly one file</source>
        <translation>Fehler: import erwartet genau eine Datei</translation>
    </message>
    <message>
        <source>migrate, demo, stock list or import FILE</source>
        <translation>migrate, demo, stock list oder import DATEI</translation>
    </message>
    <message>
        <source>error: %1 of %2 passwords were saved in the keychain; the rest could not be: %3</source>
        <translation>Fehler: %1 von %2 Passwörtern wurden im Schlüsselbund gespeichert; der Rest nicht: %3</translation>
    </message>
    <message>
        <source>%1 passwords were saved in the keychain.</source>
        <translation>%1 Passwörter wurden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>import: read a purchases file with this saved column mapping.</source>
        <translation>import: eine Einkaufsdatei mit dieser gespeicherten Spaltenzuordnung lesen.</translation>
    </message>
    <message>
        <source>import: save the column mapping used for a purchases file under this name.</source>
        <translation>import: die für eine Einkaufsdatei verwendete Spaltenzuordnung unter diesem Namen speichern.</translation>
    </message>
    <message>
        <source>error: --since takes a date like 2024-01-31</source>
        <translation>Fehler: --since erwartet ein Datum wie 2024-01-31</translation>
    </message>
    <message>
        <source>%1 Attempt %2 in %3 s.</source>
        <translation>%1 Versuch %2 in %3 s.</translation>
    </message>
    <message>
        <source>sync stockx orders: the history from this day (YYYY-MM-DD).</source>
        <translation>sync stockx orders: der Verlauf ab diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>StockX API base URL (default https://api.stockx.com/v2).</source>
        <translation>Basis-URL der StockX-API (Standard https://api.stockx.com/v2).</translation>
    </message>
    <message>
        <source>StockX login server (default https://accounts.stockx.com).</source>
        <translation>StockX-Anmeldeserver (Standard https://accounts.stockx.com).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 stored</source>
        <translation>%1: %2 von %3 erledigt, %4 gespeichert</translation>
    </message>
    <message>
        <source>%1 of %2 sizes priced for a year</source>
        <translation>%1 von %2 Größen für ein Jahr bepreist</translation>
    </message>
    <message>
        <source>Demo data written: %1 products, %2 suppliers, %3 stock items, %4 orders, %5 listings, %6 market prices.</source>
        <translation>Demodaten geschrieben: %1 Produkte, %2 Lieferanten, %3 Bestandsartikel, %4 Bestellungen, %5 Angebote, %6 Marktpreise.</translation>
    </message>
    <message>
        <source>stock list and reports: table, csv or json; import: the file&apos;s format (default: detected from its header).</source>
        <translation>stock list und Berichte: table, csv oder json; import: das Format der Datei (Standard: aus der Kopfzeile erkannt).</translation>
    </message>
    <message>
        <source>reports: the period&apos;s first day (YYYY-MM-DD).</source>
        <translation>Berichte: erster Tag des Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>reports: the period&apos;s last day (YYYY-MM-DD).</source>
        <translation>Berichte: letzter Tag des Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>reports: only this marketplace (stockx, alias, …).</source>
        <translation>Berichte: nur dieser Marktplatz (stockx, alias, …).</translation>
    </message>
    <message>
        <source>reports: only this brand.</source>
        <translation>Berichte: nur diese Marke.</translation>
    </message>
    <message>
        <source>reports: only this supplier.</source>
        <translation>Berichte: nur dieser Lieferant.</translation>
    </message>
    <message>
        <source>report sales: day, week, month, brand, product, marketplace or supplier.</source>
        <translation>report sales: day, week, month, brand, product, marketplace oder supplier.</translation>
    </message>
    <message>
        <source>report dead-stock: only pairs at this level or worse.</source>
        <translation>report dead-stock: nur Paare dieser Stufe oder schlechter.</translation>
    </message>
    <message>
        <source>this report needs --from and --to as YYYY-MM-DD, the first not after the last</source>
        <translation>dieser Bericht braucht --from und --to als JJJJ-MM-TT, den ersten nicht nach dem letzten</translation>
    </message>
    <message>
        <source>no brand is called &quot;%1&quot;</source>
        <translation>keine Marke heißt „%1“</translation>
    </message>
    <message>
        <source>no supplier is called &quot;%1&quot;</source>
        <translation>kein Lieferant heißt „%1“</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>--group-by must be day, week, month, brand, product, marketplace or supplier</source>
        <translation>--group-by muss day, week, month, brand, product, marketplace oder supplier sein</translation>
    </message>
    <message>
        <source>--min-level must be hot, warm, cold, dead or critical</source>
        <translation>--min-level muss hot, warm, cold, dead oder critical sein</translation>
    </message>
    <message>
        <source>Locked capital %1, potential loss %2</source>
        <translation>Gebundenes Kapital %1, möglicher Verlust %2</translation>
    </message>
    <message>
        <source>error: %1 is not set</source>
        <translation>Fehler: %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>error: use config get KEY or config set KEY VALUE</source>
        <translation>Fehler: config get SCHLÜSSEL oder config set SCHLÜSSEL WERT verwenden</translation>
    </message>
    <message>
        <source>Auto-repricing is switched off, so nothing was changed. Switch it on in the Pricing page or with &quot;config set pricing.auto_reprice on&quot;; &quot;reprice --dry-run&quot; shows the plan.</source>
        <translation>Die automatische Neubepreisung ist ausgeschaltet, daher wurde nichts geändert. Auf der Seite „Preise“ oder mit &quot;config set pricing.auto_reprice on&quot; einschalten; &quot;reprice --dry-run&quot; zeigt den Plan.</translation>
    </message>
    <message>
        <source>import: check every row and report, store nothing; reprice and autolist: plan and report, change nothing.</source>
        <translation>import: jede Zeile prüfen und berichten, nichts speichern; reprice und autolist: planen und berichten, nichts ändern.</translation>
    </message>
    <message>
        <source>supplier performance: only this month (YYYY-MM).</source>
        <translation>supplier performance: nur dieser Monat (JJJJ-MM).</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM</source>
        <translation>--month muss JJJJ-MM sein</translation>
    </message>
    <message>
        <source>no Awin data feed key: set it in the app&apos;s Settings or in SOLEFLIPPER_AWIN_KEY</source>
        <translation>kein Awin-Datenfeed-Schlüssel: in den Einstellungen der App oder in SOLEFLIPPER_AWIN_KEY setzen</translation>
    </message>
    <message>
        <source>%1: unchanged, skipped</source>
        <translation>%1: unverändert, übersprungen</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>... and %1 more rejected rows</source>
        <translation>... und %1 weitere abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>--feed takes a feed id such as 21293</source>
        <translation>--feed erwartet eine Feed-ID wie 21293</translation>
    </message>
    <message>
        <source>%1 offers matched to the catalog, %2 with opportunity figures</source>
        <translation>%1 Angebote dem Katalog zugeordnet, %2 mit Chancen-Kennzahlen</translation>
    </message>
    <message>
        <source>%1 takes an amount such as 20.00</source>
        <translation>%1 erwartet einen Betrag wie 20.00</translation>
    </message>
    <message>
        <source>--min-margin takes a percentage such as 15</source>
        <translation>--min-margin erwartet einen Prozentsatz wie 15</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format erwartet table, csv oder json</translation>
    </message>
    <message>
        <source>--limit takes a number of EANs such as 500</source>
        <translation>--limit erwartet eine Anzahl EANs wie 500</translation>
    </message>
    <message>
        <source>%1 of %2 EANs, %3 found</source>
        <translation>%1 von %2 EANs, %3 gefunden</translation>
    </message>
    <message>
        <source>%1: %2 EANs looked up, %3 found on StockX, %4 not there, %5 failed; %6 new catalog products</source>
        <translation>%1: %2 EANs nachgeschlagen, %3 bei StockX gefunden, %4 nicht vorhanden, %5 fehlgeschlagen; %6 neue Katalogprodukte</translation>
    </message>
    <message>
        <source>sync awin: this Awin feed id (repeatable).</source>
        <translation>sync awin: diese Awin-Feed-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>sync awin: import this feed file instead of downloading.</source>
        <translation>sync awin: diese Feed-Datei importieren statt herunterzuladen.</translation>
    </message>
    <message>
        <source>Awin product-data base URL (default https://productdata.awin.com).</source>
        <translation>Basis-URL von Awins Produktdaten (Standard https://productdata.awin.com).</translation>
    </message>
    <message>
        <source>opportunities: at least this profit (EUR).</source>
        <translation>opportunities: mindestens dieser Gewinn (EUR).</translation>
    </message>
    <message>
        <source>opportunities: at least this margin (%).</source>
        <translation>opportunities: mindestens diese Marge (%).</translation>
    </message>
    <message>
        <source>opportunities: at most this buy price (EUR).</source>
        <translation>opportunities: höchstens dieser Einkaufspreis (EUR).</translation>
    </message>
    <message>
        <source>opportunities: only sizes with no pair in stock.</source>
        <translation>opportunities: nur Größen ohne Paar im Bestand.</translation>
    </message>
    <message>
        <source>opportunities: at most this many rows (default 100); awin enrich: at most this many EANs (default 500).</source>
        <translation>opportunities: höchstens so viele Zeilen (Standard 100); awin enrich: höchstens so viele EANs (Standard 500).</translation>
    </message>
    <message>
        <source>SoleFlipper command line.

Commands:
  migrate                         create or update the database schema
  demo [--items N] [--seed S]     fill the database with realistic demo data
  stock list [--status S] [--format table|csv|json]   print the stock
  stock show ID [--format table|json]  one pair, with its version
  stock edit ID [--location L] [--notes N] [--status S] [--if-version V]
                                  change one pair; with --if-version it is saved only
                                  if nobody saved it since that version (else exit 5)
  import [--format F] [--preset P] [--save-preset P] [--dry-run] FILE
                                  import a CSV file (formats: %1)
  report kpis --from DATE --to DATE [FILTERS] [--format table|csv|json]
                                  what the period earned, and the stock now
  report sales --from DATE --to DATE --group-by day|week|month|brand|product|
               marketplace|supplier [FILTERS] [--format table|csv|json]
  report dead-stock [--min-level hot|warm|cold|dead|critical] [--brand B]
               [--supplier S] [--format table|csv|json]
                                  pairs on hand by risk, with market figures
                                  FILTERS: --marketplace M --brand B --supplier S
  reprice [--dry-run] [--format table|csv|json]
                                  reprice the pairs listed on StockX with the saved
                                  limits (largest drop and rise per day, never netting
                                  below cost + pricing.minimum_profit); without
                                  --dry-run it needs pricing.auto_reprice = on
  autolist [--dry-run] [--format table|csv|json]
                                  list on StockX the newest 100 pairs in stock that a
                                  switched-on auto-listing rule matches, at its ask
                                  and expiry; --dry-run only says which and why
  supplier list | show NAME | performance [--month YYYY-MM]
               [--format table|csv|json]
                                  suppliers with spend, sales, profit, ROI, sell-through,
                                  days to sell and returns, per supplier or month
  config get KEY | config set KEY VALUE
                                  settings kept in the database, e.g.
                                  dashboard.refresh_seconds (default 300)
  sync stockx orders [--since DATE] | listings | catalog
                                  fetch from StockX and store (credentials from
                                  the keychain or SOLEFLIPPER_STOCKX_API_KEY,
                                  _CLIENT_ID, _CLIENT_SECRET, _REFRESH_TOKEN)
  sync awin [--feed ID]... [--file FEED.csv[.gz]] [--awin-url URL]
                                  import the Awin feeds that changed since their last
                                  import (or the given ones, or a file), match them to
                                  the catalog and value them (key from the keychain
                                  or SOLEFLIPPER_AWIN_KEY)
  opportunities [--min-profit N] [--min-margin P] [--brand B] [--max-price N]
               [--not-held] [--limit N] [--format table|csv|json]
                                  Awin offers that pay most on StockX after its fees
  awin enrich [--limit N]         look up on StockX the EANs of in-stock Awin offers
                                  nothing in the catalog matches (default 500)</source>
        <translation>SoleFlipper-Kommandozeile.

Befehle:
  migrate                         Datenbankschema anlegen oder aktualisieren
  demo [--items N] [--seed S]     die Datenbank mit realistischen Demodaten füllen
  stock list [--status S] [--format table|csv|json]   den Bestand ausgeben
  stock show ID [--format table|json]  ein Paar mit seiner Version
  stock edit ID [--location L] [--notes N] [--status S] [--if-version V]
                                  ändert ein Paar; mit --if-version wird es nur
                                  gespeichert, wenn es seit dieser Version niemand
                                  gespeichert hat (sonst Exit-Code 5)
  import [--format F] [--preset P] [--save-preset P] [--dry-run] DATEI
                                  eine CSV-Datei importieren (Formate: %1)
  report kpis --from DATUM --to DATUM [FILTER] [--format table|csv|json]
                                  was der Zeitraum eingebracht hat, und der Bestand jetzt
  report sales --from DATUM --to DATUM --group-by day|week|month|brand|product|
               marketplace|supplier [FILTER] [--format table|csv|json]
  report dead-stock [--min-level hot|warm|cold|dead|critical] [--brand B]
               [--supplier S] [--format table|csv|json]
                                  Paare im Bestand nach Risiko, mit Marktwerten
                                  FILTER: --marketplace M --brand B --supplier S
  reprice [--dry-run] [--format table|csv|json]
                                  die auf StockX gelisteten Paare mit den gespeicherten
                                  Grenzen neu bepreisen (größte Senkung und Erhöhung je Tag,
                                  nie unter Kosten + pricing.minimum_profit); ohne
                                  --dry-run nur mit pricing.auto_reprice = on
  autolist [--dry-run] [--format table|csv|json]
                                  die neuesten 100 Paare auf Lager, auf die eine
                                  eingeschaltete Auto-Listing-Regel passt, zu ihrem Preis
                                  und Ablauf auf StockX listen; --dry-run sagt nur, welche
                                  und warum
  supplier list | show NAME | performance [--month JJJJ-MM]
               [--format table|csv|json]
                                  Lieferanten mit Ausgaben, Verkäufen, Gewinn, ROI,
                                  Abverkaufsquote, Tagen bis zum Verkauf und Retouren,
                                  je Lieferant oder Monat
  config get SCHLÜSSEL | config set SCHLÜSSEL WERT
                                  Einstellungen in der Datenbank, z. B.
                                  dashboard.refresh_seconds (Standard 300)
  sync stockx orders [--since DATUM] | listings | catalog
                                  von StockX abrufen und speichern (Zugangsdaten aus
                                  dem Schlüsselbund oder SOLEFLIPPER_STOCKX_API_KEY,
                                  _CLIENT_ID, _CLIENT_SECRET, _REFRESH_TOKEN)
  sync awin [--feed ID]... [--file FEED.csv[.gz]] [--awin-url URL]
                                  die seit ihrem letzten Import geänderten Awin-Feeds
                                  (oder die angegebenen, oder eine Datei) importieren,
                                  dem Katalog zuordnen und bewerten (Schlüssel aus dem
                                  Schlüsselbund oder SOLEFLIPPER_AWIN_KEY)
  opportunities [--min-profit N] [--min-margin P] [--brand B] [--max-price N]
               [--not-held] [--limit N] [--format table|csv|json]
                                  Awin-Angebote, die auf StockX nach Gebühren am
                                  meisten bringen
  awin enrich [--limit N]         die EANs vorrätiger Awin-Angebote, die zu nichts im
                                  Katalog passen, bei StockX nachschlagen (Standard 500)</translation>
    </message>
    <message>
        <source>stock edit: the new location.</source>
        <translation>stock edit: der neue Lagerort.</translation>
    </message>
    <message>
        <source>stock edit: the new notes.</source>
        <translation>stock edit: die neuen Notizen.</translation>
    </message>
    <message>
        <source>stock edit: save only over this version (as stock show printed it).</source>
        <translation>stock edit: nur über diese Version speichern (wie stock show sie ausgab).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair id</source>
        <translation>&quot;%1&quot; ist keine Paar-ID</translation>
    </message>
    <message>
        <source>no pair has the id %1</source>
        <translation>kein Paar hat die ID %1</translation>
    </message>
    <message>
        <source>--if-version takes the version stock show printed</source>
        <translation>--if-version erwartet die Version, die stock show ausgab</translation>
    </message>
    <message>
        <source>stock edit takes one --status key</source>
        <translation>stock edit erwartet genau einen --status-Schlüssel</translation>
    </message>
    <message>
        <source>Saved; the pair is at version %1.</source>
        <translation>Gespeichert; das Paar ist jetzt auf Version %1.</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inventory, sales and profit for sneaker resellers.</source>
        <translation>Bestand, Verkäufe und Gewinn für Sneaker-Wiederverkäufer.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Nach so vielen Millisekunden beenden.</translation>
    </message>
    <message>
        <source>Language: en or de.</source>
        <translation>Sprache: en oder de.</translation>
    </message>
    <message>
        <source>SoleFlipper cannot start</source>
        <translation>SoleFlipper kann nicht starten</translation>
    </message>
    <message>
        <source>Check the database in the settings file or start with --database FILE to use another one.</source>
        <translation>Bitte die Datenbank in den Einstellungen prüfen oder mit --database DATEI eine andere verwenden.</translation>
    </message>
    <message>
        <source>StockX API base URL (for the emulator).</source>
        <translation>Basisadresse der StockX-API (für den Emulator).</translation>
    </message>
    <message>
        <source>StockX login URL (for the emulator).</source>
        <translation>Anmeldeadresse von StockX (für den Emulator).</translation>
    </message>
</context>
<context>
    <name>mcp</name>
    <message>
        <source>The SoleFlipper MCP server: an AI assistant starts it and talks to it over stdin and stdout.</source>
        <translation>Der SoleFlipper-MCP-Server: Ein KI-Assistent startet ihn und spricht über stdin und stdout mit ihm.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: the app&apos;s database).</source>
        <translation>SQLite-Datei oder postgresql://-URL (Standard: die Datenbank der App).</translation>
    </message>
</context>
<context>
    <name>sf::AutoListingDialog</name>
    <message>
        <source>Auto-listing</source>
        <translation>Auto-Listing</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first whose conditions all hold lists a pair in stock on StockX at its strategy&apos;s ask. Check first: nothing is listed until you press “List on StockX”. No ask goes below cost plus the minimum profit after StockX&apos;s fees.</source>
        <translation>Die Regeln werden von oben nach unten geprüft; die erste, deren Bedingungen alle zutreffen, listet ein Paar vom Lager zum Preis ihrer Strategie auf StockX. Zuerst prüfen: nichts wird gelistet, bevor Sie „Auf StockX listen“ drücken. Kein Preis fällt unter Kosten plus Mindestgewinn nach den StockX-Gebühren.</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Check the newest %1 pairs</source>
        <translation>Die neuesten %1 Paare prüfen</translation>
    </message>
    <message>
        <source>List on StockX</source>
        <translation>Auf StockX listen</translation>
    </message>
    <message>
        <source>Nothing was listed: %1</source>
        <translation>Nichts wurde gelistet: %1</translation>
    </message>
    <message>
        <source>The auto-listing rules could not be read: %1</source>
        <translation>Die Auto-Listing-Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The rule could not be switched: %1</source>
        <translation>Die Regel konnte nicht umgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Die Regel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the auto-listing rule “%1”?</source>
        <translation>Die Auto-Listing-Regel „%1“ löschen?</translation>
    </message>
    <message>
        <source>The rule was not deleted: %1</source>
        <translation>Die Regel wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Checking the rules against the newest pairs in stock…</source>
        <translation>Die Regeln werden mit den neuesten Paaren auf Lager abgeglichen…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs in stock checked</source>
        <translation>
            <numerusform>%n Paar auf Lager geprüft</numerusform>
            <numerusform>%n Paare auf Lager geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the rules would list %n of them. Hover a row to see why.</source>
        <translation>
            <numerusform>die Regeln würden %n davon listen. Für das Warum mit der Maus über eine Zeile fahren.</numerusform>
            <numerusform>die Regeln würden %n davon listen. Für das Warum mit der Maus über eine Zeile fahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List %n pairs on StockX</source>
        <translation>
            <numerusform>%n Paar auf StockX listen</numerusform>
            <numerusform>%n Paare auf StockX listen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing %n pairs on StockX…</source>
        <translation>
            <numerusform>%n Paar wird auf StockX gelistet…</numerusform>
            <numerusform>%n Paare werden auf StockX gelistet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed on StockX</source>
        <translation>
            <numerusform>%n auf StockX gelistet</numerusform>
            <numerusform>%n auf StockX gelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (hover the row for StockX&apos;s answer).</source>
        <translation>
            <numerusform>%n fehlgeschlagen (die Antwort von StockX steht im Tooltip der Zeile).</numerusform>
            <numerusform>%n fehlgeschlagen (die Antwort von StockX steht im Tooltip der Zeile).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::AutoListingPlanModel</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Would list</source>
        <translation>Würde listen</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Keine Regel</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No auto-listing rule is switched on.</source>
        <translation>Keine Auto-Listing-Regel ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Nearest rule: %1, %2 % of its conditions hold. Missing: %3</source>
        <translation>Nächste Regel: %1, %2 % ihrer Bedingungen treffen zu. Es fehlt: %3</translation>
    </message>
    <message>
        <source>(%1: %2 %)</source>
        <translation>(%1: %2 %)</translation>
    </message>
    <message>
        <source>Floor after fees: %1</source>
        <translation>Untergrenze nach Gebühren: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>StockX market</source>
        <translation>StockX-Markt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Net after fees</source>
        <translation>Netto nach Gebühren</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>sf::AutoListingRuleDialog</name>
    <message>
        <source>New auto-listing rule</source>
        <translation>Neue Auto-Listing-Regel</translation>
    </message>
    <message>
        <source>Edit auto-listing rule</source>
        <translation>Auto-Listing-Regel bearbeiten</translation>
    </message>
    <message>
        <source>Lower numbers are tried first; the first rule whose conditions all hold lists the pair.</source>
        <translation>Niedrigere Zahlen werden zuerst geprüft; die erste Regel, deren Bedingungen alle zutreffen, listet das Paar.</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>any brand; several separated by commas</source>
        <translation>jede Marke; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>any category; several separated by commas</source>
        <translation>jede Kategorie; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>StockX&apos;s highest bid divided by its lowest ask, from 0 to 1.</source>
        <translation>Das höchste StockX-Gebot geteilt durch das niedrigste Angebot, von 0 bis 1.</translation>
    </message>
    <message>
        <source>How far the highest bid lies below the lowest ask, in percent of the ask.</source>
        <translation>Wie weit das höchste Gebot unter dem niedrigsten Angebot liegt, in Prozent des Angebots.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>Ask expires after</source>
        <translation>Angebot läuft ab nach</translation>
    </message>
    <message>
        <source>List a pair in stock when all of these hold</source>
        <translation>Ein Paar vom Lager listen, wenn all dies zutrifft</translation>
    </message>
    <message>
        <source>Margin after fees at least (%)</source>
        <translation>Marge nach Gebühren mindestens (%)</translation>
    </message>
    <message>
        <source>Bought at least (days ago)</source>
        <translation>Gekauft vor mindestens (Tagen)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Purchase price from</source>
        <translation>Einkaufspreis von</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>bullish</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>bearish</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>volatile</source>
        <translation>unruhig</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Schwankung</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>aufwärts</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>abwärts</translation>
    </message>
    <message>
        <source>Gap between ask and bid at least (%)</source>
        <translation>Abstand zwischen Angebot und Gebot mindestens (%)</translation>
    </message>
    <message>
        <source>Demand at least (0–1)</source>
        <translation>Nachfrage mindestens (0–1)</translation>
    </message>
    <message>
        <source>Market figures come from StockX&apos;s daily snapshots of the pair&apos;s size; a condition on a figure the snapshots do not give does not hold. Asks never go below cost plus the minimum profit after StockX&apos;s fees.</source>
        <translation>Marktzahlen stammen aus den täglichen StockX-Werten der Größe des Paars; eine Bedingung auf eine Zahl, die diese Werte nicht liefern, trifft nicht zu. Preise fallen nie unter Kosten plus Mindestgewinn nach den StockX-Gebühren.</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Days since the purchase</source>
        <translation>Tage seit dem Kauf</translation>
    </message>
    <message>
        <source>Purchase price to</source>
        <translation>Einkaufspreis bis</translation>
    </message>
    <message>
        <source>Gap between ask and bid</source>
        <translation>Abstand zwischen Angebot und Gebot</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Please check: %1.</source>
        <translation>Bitte prüfen: %1.</translation>
    </message>
</context>
<context>
    <name>sf::AutoListingRuleModel</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>When all of these hold</source>
        <translation>Wenn all dies zutrifft</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>Ask expires after</source>
        <translation>Angebot läuft ab nach</translation>
    </message>
</context>
<context>
    <name>sf::AwinAccountBox</name>
    <message>
        <source>Awin feeds</source>
        <translation>Awin-Feeds</translation>
    </message>
    <message>
        <source>Data feed key (Toolbox → Create-a-Feed; not the Publisher API token)</source>
        <translation>Datenfeed-Schlüssel (Toolbox → Create-a-Feed; nicht das Publisher-API-Token)</translation>
    </message>
    <message>
        <source>e.g. 21293, 21294 — empty: every joined feed</source>
        <translation>z. B. 21293, 21294 — leer: jeder beigetretene Feed</translation>
    </message>
    <message>
        <source>e.g. 10597 — empty: any advertiser</source>
        <translation>z. B. 10597 — leer: jeder Advertiser</translation>
    </message>
    <message>
        <source>Save Awin settings</source>
        <translation>Awin-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Data feed key</source>
        <translation>Datenfeed-Schlüssel</translation>
    </message>
    <message>
        <source>Feed server</source>
        <translation>Feed-Server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Feed ids</source>
        <translation>Feed-IDs</translation>
    </message>
    <message>
        <source>Advertiser ids</source>
        <translation>Advertiser-IDs</translation>
    </message>
    <message>
        <source>A data feed key is saved in %1.</source>
        <translation>Ein Datenfeed-Schlüssel ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No data feed key saved yet.</source>
        <translation>Noch kein Datenfeed-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The feed server must be an http(s) address.</source>
        <translation>Der Feed-Server muss eine http(s)-Adresse sein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The settings were saved, but the key could not be kept: %1</source>
        <translation>Die Einstellungen wurden gespeichert, der Schlüssel aber nicht: %1</translation>
    </message>
    <message>
        <source>Saved; the key is in %1.</source>
        <translation>Gespeichert; der Schlüssel liegt in %1.</translation>
    </message>
</context>
<context>
    <name>sf::AwinFeedModel</name>
    <message>
        <source>(not in the feed list)</source>
        <translation>(nicht in der Feed-Liste)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2 rejected)</source>
        <translation>%1 (%2 abgelehnt)</translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>letzter Versuch fehlgeschlagen</translation>
    </message>
    <message>
        <source>changed, not imported yet</source>
        <translation>geändert, noch nicht importiert</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>sf::AwinOfferTableModel</name>
    <message>
        <source>gone from the feed</source>
        <translation>nicht mehr im Feed</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>vorrätig</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>ausverkauft</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Style code</source>
        <translation>Style-Code</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet per</translation>
    </message>
</context>
<context>
    <name>sf::AwinPage</name>
    <message>
        <source>Sync feeds now</source>
        <translation>Feeds jetzt abgleichen</translation>
    </message>
    <message>
        <source>Downloads the feeds that changed since their last import, imports, matches and values them</source>
        <translation>Lädt die seit dem letzten Import geänderten Feeds herunter, importiert, ordnet zu und bewertet sie</translation>
    </message>
    <message>
        <source>Import feed file…</source>
        <translation>Feed-Datei importieren…</translation>
    </message>
    <message>
        <source>A feed downloaded by hand (.csv or .csv.gz); you can also drop it on the window</source>
        <translation>Ein von Hand heruntergeladener Feed (.csv oder .csv.gz); Sie können ihn auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Find unmatched on StockX</source>
        <translation>Nicht Zugeordnete bei StockX suchen</translation>
    </message>
    <message>
        <source>Looks up the EANs of in-stock offers that match nothing in your catalog on StockX, within its rate limit; progress and cancel are in the sync dock</source>
        <translation>Sucht die EANs vorrätiger Angebote, die zu nichts in Ihrem Katalog passen, bei StockX, innerhalb des Ratenlimits; Fortschritt und Abbruch stehen im Abgleich-Dock</translation>
    </message>
    <message>
        <source>Feed settings…</source>
        <translation>Feed-Einstellungen…</translation>
    </message>
    <message>
        <source>Awin feeds</source>
        <translation>Awin-Feeds</translation>
    </message>
    <message>
        <source>Search offers, EAN or style code</source>
        <translation>Angebote, EAN oder Style-Code suchen</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Matched only</source>
        <translation>Nur zugeordnete</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>The offers could not be read: %1</source>
        <translation>Die Angebote konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Working on the Awin feeds…</source>
        <translation>Die Awin-Feeds werden bearbeitet…</translation>
    </message>
    <message>
        <source>The feeds could not be read: %1</source>
        <translation>Die Feeds konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No feeds yet. Enter your Awin data feed key under Feed settings, then sync; or import a feed file.</source>
        <translation>Noch keine Feeds. Tragen Sie Ihren Awin-Datenfeed-Schlüssel unter Feed-Einstellungen ein und gleichen Sie dann ab, oder importieren Sie eine Feed-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers from %n feeds, %2 matched to the catalog (%3 %).</source>
        <translation>
            <numerusform>%1 Angebote aus %n Feed, %2 dem Katalog zugeordnet (%3 %).</numerusform>
            <numerusform>%1 Angebote aus %n Feeds, %2 dem Katalog zugeordnet (%3 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an Awin feed file</source>
        <translation>Eine Awin-Feed-Datei importieren</translation>
    </message>
    <message>
        <source>Awin feeds (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>Awin-Feeds (*.csv *.csv.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (feed %2)</source>
        <translation>%1 (Feed %2)</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No feed was chosen: check the feed ids in Feed settings.</source>
        <translation>Kein Feed wurde gewählt: prüfen Sie die Feed-IDs in den Feed-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>sf::AwinSession</name>
    <message>
        <source>No Awin data feed key is set up: enter it in Settings (Awin feeds).</source>
        <translation>Kein Awin-Datenfeed-Schlüssel eingerichtet: tragen Sie ihn in den Einstellungen ein (Awin-Feeds).</translation>
    </message>
</context>
<context>
    <name>sf::BrandClaimModel</name>
    <message>
        <source>no brand</source>
        <translation>keine Marke</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand now</source>
        <translation>Marke bisher</translation>
    </message>
</context>
<context>
    <name>sf::BrandMultiplierModel</name>
    <message>
        <source>Premium</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Abschlag</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonal</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>sf::BrandUsageModel</name>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Erkannt an</translation>
    </message>
</context>
<context>
    <name>sf::BrandsDialog</name>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Find a brand…</source>
        <translation>Marke suchen…</translation>
    </message>
    <message>
        <source>Selected brand</source>
        <translation>Gewählte Marke</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>e.g. Yeezy, or \b(yeezy|yzy)\b</source>
        <translation>z. B. Yeezy oder \b(yeezy|yzy)\b</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Type a word or a regular expression and preview the products it would claim.</source>
        <translation>Geben Sie ein Wort oder einen regulären Ausdruck ein und sehen Sie vorab, welche Produkte er übernehmen würde.</translation>
    </message>
    <message>
        <source>Add and move these products</source>
        <translation>Hinzufügen und diese Produkte übernehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Recognise by</source>
        <translation>Erkennen an</translation>
    </message>
    <message>
        <source>Select a brand</source>
        <translation>Marke auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n products</source>
        <translation>
            <numerusform>%1: %n Produkt</numerusform>
            <numerusform>%1: %n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now called %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>Choose the brand to merge into from the list.</source>
        <translation>Wählen Sie die Zielmarke aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? Its %n products move to %2 and %1 is removed.</source>
        <translation>
            <numerusform>%1 mit %2 zusammenführen? Sein %n Produkt wechselt zu %2, und %1 wird entfernt.</numerusform>
            <numerusform>%1 mit %2 zusammenführen? Seine %n Produkte wechseln zu %2, und %1 wird entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 merged into %2: %n products moved.</source>
        <translation>
            <numerusform>%1 mit %2 zusammengeführt: %n Produkt übernommen.</numerusform>
            <numerusform>%1 mit %2 zusammengeführt: %n Produkte übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product of another brand matches; new products that match will be %1&apos;s.</source>
        <translation>Kein Produkt einer anderen Marke passt; neue passende Produkte gehören zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n products would move to %1, and new products that match will be %1&apos;s.</source>
        <translation>
            <numerusform>%n Produkt würde zu %1 wechseln, und neue passende Produkte gehören zu %1.</numerusform>
            <numerusform>%n Produkte würden zu %1 wechseln, und neue passende Produkte gehören zu %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recognises &quot;%2&quot; now; %n products moved to it.</source>
        <translation>
            <numerusform>%1 erkennt jetzt „%2“; %n Produkt ist gewechselt.</numerusform>
            <numerusform>%1 erkennt jetzt „%2“; %n Produkte sind gewechselt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::BuyOfferDialog</name>
    <message>
        <source>Record purchase</source>
        <translation>Einkauf erfassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, EU %2, from %3 at %4 each (delivery %5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, EU %2, von %3 zu je %4 (Lieferung %5).</translation>
    </message>
    <message>
        <source>The shop&apos;s order number (optional)</source>
        <translation>Die Bestellnummer des Shops (optional)</translation>
    </message>
    <message>
        <source>The pairs go into stock as incoming, bought from %1, with the offer&apos;s EAN and size.</source>
        <translation>Die Paare kommen als unterwegs in den Bestand, gekauft bei %1, mit EAN und Größe des Angebots.</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
</context>
<context>
    <name>sf::ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Dieses Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>sf::ColumnMappingEditor</name>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte enthält was</translation>
    </message>
    <message>
        <source>Save as preset:</source>
        <translation>Als Vorlage speichern:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Guessed from the column names.</source>
        <translation>Aus den Spaltennamen erraten.</translation>
    </message>
    <message>
        <source>From the preset “%1”.</source>
        <translation>Aus der Vorlage „%1“.</translation>
    </message>
    <message>
        <source>name it to use it again, e.g. &quot;Footlocker invoices&quot;</source>
        <translation>benennen, um sie wiederzuverwenden, z. B. „Footlocker-Rechnungen“</translation>
    </message>
</context>
<context>
    <name>sf::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Mit dem vorigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Gross sale prices of the period&apos;s sales (not cancelled, returned or failed).</source>
        <translation>Brutto-Verkaufspreise der Verkäufe des Zeitraums (nicht storniert, retourniert oder fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Net proceeds</source>
        <translation>Nettoerlös</translation>
    </message>
    <message>
        <source>Sale prices minus the marketplaces&apos; fees.</source>
        <translation>Verkaufspreise abzüglich der Gebühren der Marktplätze.</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>Net proceeds minus the pairs&apos; net purchase prices, over the sales whose purchase price is known.</source>
        <translation>Nettoerlös abzüglich der Netto-Einkaufspreise der Paare, über die Verkäufe mit bekanntem Einkaufspreis.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Net profit ÷ net purchase prices × 100, over the sales with a purchase price.</source>
        <translation>Nettogewinn ÷ Netto-Einkaufspreise × 100, über die Verkäufe mit Einkaufspreis.</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Net profit ÷ sale prices × 100, over the sales with a purchase price.</source>
        <translation>Nettogewinn ÷ Verkaufspreise × 100, über die Verkäufe mit Einkaufspreis.</translation>
    </message>
    <message>
        <source>Pairs sold</source>
        <translation>Verkaufte Paare</translation>
    </message>
    <message>
        <source>Sales in the period that count.</source>
        <translation>Verkäufe des Zeitraums, die zählen.</translation>
    </message>
    <message>
        <source>Average sale price</source>
        <translation>Durchschnittlicher Verkaufspreis</translation>
    </message>
    <message>
        <source>Revenue ÷ pairs sold.</source>
        <translation>Umsatz ÷ verkaufte Paare.</translation>
    </message>
    <message>
        <source>Average shelf life</source>
        <translation>Durchschnittliche Lagerdauer</translation>
    </message>
    <message>
        <source>Days from purchase to sale, averaged over the period&apos;s sales.</source>
        <translation>Tage vom Kauf bis zum Verkauf, gemittelt über die Verkäufe des Zeitraums.</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Abverkaufsquote</translation>
    </message>
    <message>
        <source>Pairs sold ÷ (pairs sold + pairs on hand now) × 100.</source>
        <translation>Verkaufte Paare ÷ (verkaufte Paare + Paare jetzt auf Lager) × 100.</translation>
    </message>
    <message>
        <source>Stock at cost</source>
        <translation>Bestand zu Einkaufspreisen</translation>
    </message>
    <message>
        <source>Net purchase prices of the pairs on hand now (not sold or cancelled); gross below.</source>
        <translation>Netto-Einkaufspreise der Paare jetzt auf Lager (nicht verkauft oder storniert); brutto darunter.</translation>
    </message>
    <message>
        <source>Payouts pending</source>
        <translation>Ausstehende Auszahlungen</translation>
    </message>
    <message>
        <source>Net proceeds of counted sales whose payout has not arrived, whatever their date.</source>
        <translation>Nettoerlös der zählenden Verkäufe, deren Auszahlung noch nicht eingegangen ist, gleich welchen Datums.</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Die Kennzahlen können nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) without a purchase price left out</source>
        <translation>
            <numerusform>%n Verkauf ohne Einkaufspreis nicht berücksichtigt</numerusform>
            <numerusform>%n Verkäufe ohne Einkaufspreis nicht berücksichtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%1 gross · %n pair(s) on hand</source>
        <translation>
            <numerusform>%1 brutto · %n Paar auf Lager</numerusform>
            <numerusform>%1 brutto · %n Paare auf Lager</numerusform>
        </translation>
    </message>
    <message>
        <source>oldest sale %1</source>
        <translation>ältester Verkauf %1</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the tiles and charts as a PDF report</source>
        <translation>Kacheln und Diagramme als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Stock at market</source>
        <translation>Bestand zum Marktwert</translation>
    </message>
    <message>
        <source>Each pair on hand at the newest StockX lowest ask of its size; the highest bids below. Pairs without a market figure are left out; the share that has one is shown.</source>
        <translation>Jedes Paar im Bestand zum neuesten niedrigsten StockX-Ask seiner Größe; darunter die höchsten Gebote. Paare ohne Marktwert fehlen; der Anteil mit Marktwert wird gezeigt.</translation>
    </message>
    <message>
        <source>Unrealised gain</source>
        <translation>Nicht realisierter Gewinn</translation>
    </message>
    <message>
        <source>(Highest bid − net purchase price) × quantity, over the pairs on hand with a bid and a purchase price: what selling to the bids now would gain, before fees.</source>
        <translation>(Höchstes Gebot − Netto-Einkaufspreis) × Menge, über die Paare im Bestand mit Gebot und Einkaufspreis: was ein Verkauf an die Gebote jetzt brächte, vor Gebühren.</translation>
    </message>
    <message>
        <source>Pairs on hand</source>
        <translation>Paare im Bestand</translation>
    </message>
    <message>
        <source>Pairs not sold or cancelled, by status.</source>
        <translation>Nicht verkaufte oder stornierte Paare, nach Status.</translation>
    </message>
    <message>
        <source>Click to see them.</source>
        <translation>Klicken, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Sales over time</source>
        <translation>Verkäufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Click a bar to see its orders.</source>
        <translation>Einen Balken anklicken, um seine Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>Ageing of the stock on hand</source>
        <translation>Alter des Bestands</translation>
    </message>
    <message>
        <source>Click a bar to see its pairs.</source>
        <translation>Einen Balken anklicken, um seine Paare zu sehen.</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Capital at cost</source>
        <translation>Kapital zum Einkaufspreis</translation>
    </message>
    <message>
        <source>Top brands by net profit</source>
        <translation>Top-Marken nach Nettogewinn</translation>
    </message>
    <message>
        <source>Top products by net profit</source>
        <translation>Top-Produkte nach Nettogewinn</translation>
    </message>
    <message>
        <source>Net profit per sale</source>
        <translation>Nettogewinn je Verkauf</translation>
    </message>
    <message>
        <source>Sales with a purchase price, by their net profit. Click a bar to see them.</source>
        <translation>Verkäufe mit Einkaufspreis, nach ihrem Nettogewinn. Einen Balken anklicken, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Expected payouts</source>
        <translation>Erwartete Auszahlungen</translation>
    </message>
    <message>
        <source>Pending payouts at each marketplace&apos;s average payout delay so far (14 days before its first payout). Click a bar to see the orders.</source>
        <translation>Offene Auszahlungen mit der bisherigen mittleren Auszahlungsdauer des Marktplatzes (14 Tage vor seiner ersten Auszahlung). Einen Balken anklicken, um die Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>bids %1 · %2 of pairs priced</source>
        <translation>Gebote %1 · %2 der Paare bewertet</translation>
    </message>
    <message>
        <source>at the highest bids, before fees</source>
        <translation>zu den höchsten Geboten, vor Gebühren</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation>Die Diagramme lassen sich nicht zeichnen: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Sales of %1</source>
        <translation>Verkäufe %1</translation>
    </message>
    <message>
        <source>Pairs %1 in stock</source>
        <translation>Paare %1 im Bestand</translation>
    </message>
    <message>
        <source>Sales with a net profit of %1</source>
        <translation>Verkäufe mit einem Nettogewinn von %1</translation>
    </message>
    <message>
        <source>Payouts expected %1</source>
        <translation>Auszahlungen erwartet %1</translation>
    </message>
    <message>
        <source>SoleFlipper dashboard</source>
        <translation>SoleFlipper-Dashboard</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1.</source>
        <translation>Das PDF lässt sich nicht nach %1 schreiben.</translation>
    </message>
    <message>
        <source>Dashboard · %1</source>
        <translation>Dashboard · %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Dashboard saved as %1.</source>
        <translation>Dashboard gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>sf::DeadStockPage</name>
    <message>
        <source>Dead stock</source>
        <translation>Ladenhüter</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 und schlechter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Up to 30 days in stock and a risk score up to 0.25.</source>
        <translation>Bis 30 Tage im Bestand und ein Risikowert bis 0,25.</translation>
    </message>
    <message>
        <source>Over 30 days or a risk score over 0.25.</source>
        <translation>Über 30 Tage oder ein Risikowert über 0,25.</translation>
    </message>
    <message>
        <source>Over 60 days or a risk score over 0.5.</source>
        <translation>Über 60 Tage oder ein Risikowert über 0,5.</translation>
    </message>
    <message>
        <source>Over 120 days or a risk score over 0.75.</source>
        <translation>Über 120 Tage oder ein Risikowert über 0,75.</translation>
    </message>
    <message>
        <source>Over 180 days or a risk score over 0.9.</source>
        <translation>Über 180 Tage oder ein Risikowert über 0,9.</translation>
    </message>
    <message>
        <source>Risk = 0.3 × age risk + 0.3 × market risk (market price ÷ cost) + 0.4 × velocity risk (brand, category); without a market figure, the age risk.</source>
        <translation>Risiko = 0,3 × Altersrisiko + 0,3 × Marktrisiko (Marktpreis ÷ Einkauf) + 0,4 × Umschlagsrisiko (Marke, Kategorie); ohne Marktwert das Altersrisiko.</translation>
    </message>
    <message>
        <source>The stock cannot be classified: %1</source>
        <translation>Der Bestand lässt sich nicht einstufen: %1</translation>
    </message>
    <message>
        <source>%1 locked · %2 at risk</source>
        <translation>%1 gebunden · %2 gefährdet</translation>
    </message>
    <message>
        <source>Locked capital %1 · potential loss %2 (%3)</source>
        <translation>Gebundenes Kapital %1 · möglicher Verlust %2 (%3)</translation>
    </message>
    <message>
        <source>List on StockX…</source>
        <translation>Bei StockX anbieten…</translation>
    </message>
    <message>
        <source>Open the selected pairs in the listing dialog with their StockX figures, to list them at a new price; pairs already listed are repriced on the Listings page</source>
        <translation>Die gewählten Paare mit ihren StockX-Werten im Angebotsdialog öffnen, um sie zu einem neuen Preis anzubieten; bereits angebotene Paare werden auf der Angebotsseite neu bepreist</translation>
    </message>
</context>
<context>
    <name>sf::DeadStockTableModel</name>
    <message>
        <source>none: no market figure, classified by age alone</source>
        <translation>keins: kein Marktwert, nur nach Alter eingestuft</translation>
    </message>
    <message>
        <source>Age risk %1 · market risk %2 · velocity risk %3</source>
        <translation>Altersrisiko %1 · Marktrisiko %2 · Umschlagsrisiko %3</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Lowest ask</source>
        <translation>Niedrigster Ask</translation>
    </message>
    <message>
        <source>Highest bid</source>
        <translation>Höchstes Gebot</translation>
    </message>
    <message>
        <source>Ask, 30 days</source>
        <translation>Ask, 30 Tage</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Locked capital</source>
        <translation>Gebundenes Kapital</translation>
    </message>
    <message>
        <source>Potential loss</source>
        <translation>Möglicher Verlust</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
</context>
<context>
    <name>sf::ForecastPage</name>
    <message>
        <source>Linear trend</source>
        <translation>Linearer Trend</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Saisonal naiv</translation>
    </message>
    <message>
        <source>Holt-Winters</source>
        <translation>Holt-Winters</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>Choose what to forecast and press Forecast.</source>
        <translation>Wählen Sie, was vorhergesagt werden soll, und drücken Sie Prognose.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation>MAPE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Demand by weekday (1 = an average day)</source>
        <translation>Nachfrage nach Wochentag (1 = ein durchschnittlicher Tag)</translation>
    </message>
    <message>
        <source>Demand by month (1 = an average day)</source>
        <translation>Nachfrage nach Monat (1 = ein durchschnittlicher Tag)</translation>
    </message>
    <message>
        <source>The whole business</source>
        <translation>Das ganze Geschäft</translation>
    </message>
    <message>
        <source>One brand</source>
        <translation>Eine Marke</translation>
    </message>
    <message>
        <source>One marketplace</source>
        <translation>Ein Marktplatz</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>Ein Produkt</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source> ahead</source>
        <translation> voraus</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Units sold by</source>
        <translation>Verkaufte Paare für</translation>
    </message>
    <message>
        <source>Choose which one first.</source>
        <translation>Wählen Sie zuerst, welche(n).</translation>
    </message>
    <message>
        <source>Forecasting…</source>
        <translation>Prognose läuft…</translation>
    </message>
    <message>
        <source>The forecast failed: %1</source>
        <translation>Die Prognose ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of history are too few to forecast; three are needed.</source>
        <translation>
            <numerusform>%n Periode Verlauf ist zu wenig für eine Prognose; drei sind nötig.</numerusform>
            <numerusform>%n Perioden Verlauf sind zu wenig für eine Prognose; drei sind nötig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of history; the forecast is stored with the models&apos; errors and the demand patterns.</source>
        <translation>
            <numerusform>%n Periode Verlauf; die Prognose ist mit den Fehlern der Modelle und den Nachfragemustern gespeichert.</numerusform>
            <numerusform>%n Perioden Verlauf; die Prognose ist mit den Fehlern der Modelle und den Nachfragemustern gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Forecast (ensemble)</source>
        <translation>Prognose (Ensemble)</translation>
    </message>
    <message>
        <source>95 % band</source>
        <translation>95-%-Band</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>from the others</source>
        <translation>aus den anderen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Im Bestand</translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation>Nächste 8 Wochen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Profit per pair</source>
        <translation>Gewinn pro Paar</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Restock when the product&apos;s forecast for eight weeks exceeds 1.5 × the pairs on hand and a pair bought at its average cost earns at its newest StockX asks (else its average sale price) after the fees its sales paid; clear out when the pairs on hand need over 120 days at the forecast pace.</source>
        <translation>Nachkaufen, wenn die Prognose des Produkts für acht Wochen 1,5 × die Paare im Bestand übersteigt und ein zum Durchschnittspreis gekauftes Paar zu seinen neuesten StockX-Asks (sonst seinem durchschnittlichen Verkaufspreis) nach den Gebühren seiner Verkäufe verdient; abverkaufen, wenn die Paare im Bestand beim prognostizierten Tempo über 120 Tage brauchen.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>The insights cannot be computed: %1</source>
        <translation>Die Empfehlungen lassen sich nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Nachkaufen</translation>
    </message>
    <message>
        <source>Clear out</source>
        <translation>Abverkaufen</translation>
    </message>
</context>
<context>
    <name>sf::ImportBatchTableModel</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>Läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sf::ImportRowsModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Style code</source>
        <translation>Style-Code</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Seller fee</source>
        <translation>Verkäufergebühr</translation>
    </message>
    <message>
        <source>Processing fee</source>
        <translation>Zahlungsgebühr</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Versandgebühr</translation>
    </message>
    <message>
        <source>Other fees</source>
        <translation>Sonstige Gebühren</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Buyer country</source>
        <translation>Käuferland</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettopreis</translation>
    </message>
    <message>
        <source>Gross price</source>
        <translation>Bruttopreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>sf::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>An der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing. Rows are saved in chunks: cancelling keeps every row stored so far, and importing the file again later skips them.</source>
        <translation>Import läuft. Zeilen werden in Blöcken gespeichert: Abbrechen behält alle bisher gespeicherten Zeilen, und ein späterer erneuter Import der Datei überspringt sie.</translation>
    </message>
    <message>
        <source>Export rejected rows as CSV…</source>
        <translation>Abgelehnte Zeilen als CSV exportieren…</translation>
    </message>
    <message>
        <source>%1 · %2 · delimiter %3 · %4 columns</source>
        <translation>%1 · %2 · Trennzeichen %3 · %4 Spalten</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>%1 rows so far: %2 new, %3 updated, %4 duplicates, %5 rejected</source>
        <translation>%1 Zeilen bisher: %2 neu, %3 aktualisiert, %4 Duplikate, %5 abgelehnt</translation>
    </message>
    <message>
        <source>Cancelling after the current chunk…</source>
        <translation>Abbruch nach dem aktuellen Block…</translation>
    </message>
    <message>
        <source>Some characters were not valid %1 and were replaced; check the text of the imported rows.</source>
        <translation>Einige Zeichen waren kein gültiges %1 und wurden ersetzt; bitte den Text der importierten Zeilen prüfen.</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are listed below.</source>
        <translation>Die ersten %1 abgelehnten Zeilen stehen unten.</translation>
    </message>
    <message>
        <source>%1 of %2 passwords were saved in %3; the rest could not be: %4. The accounts are imported; import the file again once that works.</source>
        <translation>%1 von %2 Passwörtern wurden in %3 gespeichert; der Rest nicht: %4. Die Konten sind importiert; die Datei erneut importieren, sobald das funktioniert.</translation>
    </message>
    <message>
        <source>%1 passwords were saved in %2.</source>
        <translation>%1 Passwörter wurden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Choose the columns above to see how the rows will be stored.</source>
        <translation>Oben die Spalten wählen, um zu sehen, wie die Zeilen gespeichert werden.</translation>
    </message>
    <message>
        <source>First %1 rows: %2 ready, %3 with problems (they will be reported, the others imported). Rows imported before are recognised and skipped.</source>
        <translation>Erste %1 Zeilen: %2 bereit, %3 mit Problemen (diese werden gemeldet, die übrigen importiert). Früher importierte Zeilen werden erkannt und übersprungen.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
</context>
<context>
    <name>sf::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Show rejected rows…</source>
        <translation>Abgelehnte Zeilen zeigen…</translation>
    </message>
    <message>
        <source>Past imports cannot be read: %1</source>
        <translation>Frühere Importe lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Abgelehnte Zeilen von %1</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>StockX sales reports, Alias exports and sales sheets become orders, supplier account lists become accounts (passwords go to the keychain); importing a file again skips what is already there. Drop a CSV file anywhere on the window to import it.</source>
        <translation>StockX-Verkaufsberichte, Alias-Exporte und Verkaufstabellen werden zu Bestellungen, Listen von Lieferantenkonten zu Konten (Passwörter kommen in den Schlüsselbund); ein erneuter Import überspringt, was schon da ist. Eine CSV-Datei irgendwo auf das Fenster ziehen, um sie zu importieren.</translation>
    </message>
</context>
<context>
    <name>sf::ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Add item to stock</source>
        <translation>Artikel zum Bestand hinzufügen</translation>
    </message>
    <message>
        <source>Type a SKU or a name</source>
        <translation>SKU oder Namen eingeben</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Style code, e.g. DD1391-100</source>
        <translation>Style-Code, z. B. DD1391-100</translation>
    </message>
    <message>
        <source>e.g. Nike Dunk Low “Panda”</source>
        <translation>z. B. Nike Dunk Low „Panda“</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Pick one, or type a new supplier</source>
        <translation>Auswählen oder neuen Lieferanten eintippen</translation>
    </message>
    <message>
        <source>e.g. 119,99</source>
        <translation>z. B. 119,99</translation>
    </message>
    <message>
        <source>gross (incl. VAT)</source>
        <translation>brutto (inkl. MwSt.)</translation>
    </message>
    <message>
        <source>net (excl. VAT)</source>
        <translation>netto (ohne MwSt.)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Zum Bestand hinzufügen</translation>
    </message>
    <message>
        <source>Enter the new product&apos;s SKU and name.</source>
        <translation>Bitte SKU und Namen des neuen Produkts eingeben.</translation>
    </message>
    <message>
        <source>Pick a product from the list, or tick &quot;New product&quot;.</source>
        <translation>Bitte ein Produkt aus der Liste wählen oder „Neues Produkt“ ankreuzen.</translation>
    </message>
    <message>
        <source>Pick a size from the list.</source>
        <translation>Bitte eine Größe aus der Liste wählen.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is not an amount of money.</source>
        <translation>Der Preis „%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2 · gross %3</source>
        <translation>Netto %1 · MwSt. %2 · brutto %3</translation>
    </message>
</context>
<context>
    <name>sf::KpiTile</name>
    <message>
        <source>%1%2 % vs. previous period</source>
        <translation>%1%2 % ggü. vorigem Zeitraum</translation>
    </message>
</context>
<context>
    <name>sf::ListingDialog</name>
    <message>
        <source>List on StockX</source>
        <translation>Bei StockX anbieten</translation>
    </message>
    <message>
        <source>Pairs to list on StockX: %1</source>
        <translation>Paare, die bei StockX angeboten werden: %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Lowest ask</source>
        <translation>Niedrigster Ask</translation>
    </message>
    <message>
        <source>Highest bid</source>
        <translation>Höchstes Gebot</translation>
    </message>
    <message>
        <source>Sell faster</source>
        <translation>Schneller verkaufen</translation>
    </message>
    <message>
        <source>Earn more</source>
        <translation>Mehr verdienen</translation>
    </message>
    <message>
        <source>e.g. 189</source>
        <translation>z. B. 189</translation>
    </message>
    <message>
        <source>Asking price (EUR)</source>
        <translation>Angebotspreis (EUR)</translation>
    </message>
    <message>
        <source>Enter the asking price, for example 189 or 189.50.</source>
        <translation>Geben Sie den Angebotspreis ein, zum Beispiel 189 oder 189,50.</translation>
    </message>
    <message>
        <source>Below what they cost, before StockX&apos;s fees: %1 of %2 pairs.</source>
        <translation>Unter dem Einkaufspreis, noch vor den StockX-Gebühren: %1 von %2 Paaren.</translation>
    </message>
    <message>
        <source>Above the lowest ask, so waiting for a buyer: %1 of %2 pairs.</source>
        <translation>Über dem niedrigsten Ask, wartet also auf einen Käufer: %1 von %2 Paaren.</translation>
    </message>
    <message>
        <source>At or below the lowest ask and above cost.</source>
        <translation>Auf oder unter dem niedrigsten Ask und über dem Einkaufspreis.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>%1: nets %2 after fees, profit %3
%4</source>
        <translation>%1: bringt %2 nach Gebühren, Gewinn %3
%4</translation>
    </message>
    <message>
        <source>Below the floor after fees (cost plus the minimum profit): %1 of %2 pairs.</source>
        <translation>Unter der Untergrenze nach Gebühren (Kosten plus Mindestgewinn): %1 von %2 Paaren.</translation>
    </message>
</context>
<context>
    <name>sf::ListingTableModel</name>
    <message>
        <source>%1 · presale</source>
        <translation>%1 · Presale</translation>
    </message>
    <message>
        <source>at lowest ask</source>
        <translation>gleich niedrigster Ask</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 darunter</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <source>No StockX prices for this size yet: use Enrich from StockX on the Stock page.</source>
        <translation>Noch keine StockX-Preise für diese Größe: „Von StockX anreichern“ auf der Bestandsseite verwenden.</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Lowest ask</source>
        <translation>Niedrigster Ask</translation>
    </message>
    <message>
        <source>vs. lowest ask</source>
        <translation>ggü. niedrigstem Ask</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>sf::ListingsPage</name>
    <message>
        <source>Change price</source>
        <translation>Preis ändern</translation>
    </message>
    <message numerus="yes">
        <source>New asking price in EUR for %n listings:</source>
        <translation>
            <numerusform>Neuer Angebotspreis in EUR für %n Angebot:</numerusform>
            <numerusform>Neuer Angebotspreis in EUR für %n Angebote:</numerusform>
        </translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Search SKU, product or listing id</source>
        <translation>SKU, Produkt oder Angebots-ID suchen</translation>
    </message>
    <message>
        <source>Open listings</source>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>All listings</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Jeder Preis</translation>
    </message>
    <message>
        <source>Above the lowest ask</source>
        <translation>Über dem niedrigsten Ask</translation>
    </message>
    <message>
        <source>At or below the lowest ask</source>
        <translation>Auf oder unter dem niedrigsten Ask</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Beliebiges Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Läuft in 7 Tagen ab</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Läuft in 30 Tagen ab</translation>
    </message>
    <message>
        <source>Change price…</source>
        <translation>Preis ändern…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Presale</source>
        <translation>Presale</translation>
    </message>
    <message>
        <source>Mark the selected listings as presales (sold before you hold the pair), or take the mark off.</source>
        <translation>Die ausgewählten Angebote als Presale markieren (verkauft, bevor Sie das Paar haben) oder die Markierung entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>%n listings</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n listings down from StockX? The pairs go back to stock.</source>
        <translation>
            <numerusform>%n Angebot bei StockX entfernen? Das Paar geht zurück in den Bestand.</numerusform>
            <numerusform>%n Angebote bei StockX entfernen? Die Paare gehen zurück in den Bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Price history…</source>
        <translation>Preisverlauf…</translation>
    </message>
</context>
<context>
    <name>sf::MainWindow</name>
    <message>
        <source>SoleFlipper</source>
        <translation>SoleFlipper</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export stock as CSV…</source>
        <translation>Bestand als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Artikel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SoleFlipper</source>
        <translation>&amp;Über SoleFlipper</translation>
    </message>
    <message>
        <source>About SoleFlipper</source>
        <translation>Über SoleFlipper</translation>
    </message>
    <message>
        <source>&lt;b&gt;SoleFlipper %1&lt;/b&gt;&lt;p&gt;Inventory, sales and profit for sneaker resellers.&lt;/p&gt;&lt;p&gt;Secrets are kept in %2.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SoleFlipper %1&lt;/b&gt;&lt;p&gt;Bestand, Verkäufe und Gewinn für Sneaker-Wiederverkäufer.&lt;/p&gt;&lt;p&gt;Geheimnisse liegen in %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>StockX &amp;orders</source>
        <translation>StockX-&amp;Bestellungen</translation>
    </message>
    <message>
        <source>StockX &amp;listings</source>
        <translation>StockX-&amp;Angebote</translation>
    </message>
    <message>
        <source>StockX &amp;catalog and prices</source>
        <translation>StockX-&amp;Katalog und Preise</translation>
    </message>
    <message>
        <source>Show sync &amp;panel</source>
        <translation>Sync-&amp;Bereich anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; (%1). SoleFlipper keeps passwords only in the keychain, so the StockX connection, supplier account passwords and the database password can be neither saved nor read. Start a keychain (Secret Service, such as GNOME Keyring or KWallet) and restart SoleFlipper.</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar&lt;/b&gt; (%1). SoleFlipper bewahrt Passwörter nur im Schlüsselbund auf; die StockX-Verbindung, die Passwörter der Lieferantenkonten und das Datenbankpasswort können daher weder gespeichert noch gelesen werden. Starten Sie einen Schlüsselbund (Secret Service, etwa GNOME Keyring oder KWallet) und danach SoleFlipper neu.</translation>
    </message>
    <message>
        <source>&amp;Sizes…</source>
        <translation>&amp;Größen…</translation>
    </message>
    <message>
        <source>&amp;Brands…</source>
        <translation>&amp;Marken…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Ladenhüter</translation>
    </message>
    <message>
        <source>Writing a year of demo business to %1…</source>
        <translation>Ein Jahr Demo-Geschäft wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>The demo opens in a new window; this one keeps your own data.</source>
        <translation>Die Demo öffnet sich in einem neuen Fenster; dieses behält Ihre eigenen Daten.</translation>
    </message>
    <message>
        <source>The demo database could not be written: %1</source>
        <translation>Die Demo-Datenbank ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Awin feeds</source>
        <translation>Awin-Feeds</translation>
    </message>
    <message>
        <source>&amp;Awin feeds</source>
        <translation>&amp;Awin-Feeds</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>You may do everything here.</source>
        <translation>Sie dürfen hier alles.</translation>
    </message>
</context>
<context>
    <name>sf::OpportunitiesPage</name>
    <message>
        <source>Transaction fee</source>
        <translation>Transaktionsgebühr</translation>
    </message>
    <message>
        <source>Payment processing</source>
        <translation>Zahlungsabwicklung</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Versandgebühr</translation>
    </message>
    <message>
        <source>Your shipping to StockX</source>
        <translation>Ihr Versand zu StockX</translation>
    </message>
    <message>
        <source>Min. profit €</source>
        <translation>Min. Gewinn €</translation>
    </message>
    <message>
        <source>Max. price €</source>
        <translation>Max. Preis €</translation>
    </message>
    <message>
        <source>Any margin</source>
        <translation>Jede Marge</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Size (EU)</source>
        <translation>Größe (EU)</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>Only sizes I don&apos;t hold</source>
        <translation>Nur Größen, die ich nicht habe</translation>
    </message>
    <message>
        <source>at the lowest ask</source>
        <translation>zum niedrigsten Angebot</translation>
    </message>
    <message>
        <source>at the sell-faster price</source>
        <translation>zum Schneller-verkaufen-Preis</translation>
    </message>
    <message>
        <source>Seller level </source>
        <translation>Verkäuferstufe </translation>
    </message>
    <message>
        <source>Shipping €</source>
        <translation>Versand €</translation>
    </message>
    <message>
        <source>What sending one pair to StockX costs you</source>
        <translation>Was Sie der Versand eines Paars zu StockX kostet</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Values every matched offer again with these settings and the newest StockX prices</source>
        <translation>Bewertet jedes zugeordnete Angebot neu mit diesen Einstellungen und den neuesten StockX-Preisen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Value each offer</source>
        <translation>Jedes Angebot bewerten</translation>
    </message>
    <message>
        <source>Select an offer to see what it earns.</source>
        <translation>Wählen Sie ein Angebot, um zu sehen, was es einbringt.</translation>
    </message>
    <message>
        <source>Record purchase…</source>
        <translation>Einkauf erfassen…</translation>
    </message>
    <message>
        <source>Puts the pair into stock as incoming, bought from this shop</source>
        <translation>Nimmt das Paar als unterwegs in den Bestand auf, gekauft bei diesem Shop</translation>
    </message>
    <message>
        <source>Open in shop</source>
        <translation>Im Shop öffnen</translation>
    </message>
    <message>
        <source>Opens the offer in your browser (through Awin&apos;s tracking link)</source>
        <translation>Öffnet das Angebot in Ihrem Browser (über Awins Tracking-Link)</translation>
    </message>
    <message>
        <source>No opportunities: import Awin feeds, match them to the catalog and sync StockX&apos;s market prices.</source>
        <translation>Keine Chancen: importieren Sie Awin-Feeds, ordnen Sie sie dem Katalog zu und gleichen Sie die StockX-Marktpreise ab.</translation>
    </message>
    <message>
        <source>The most profitable offers first; more load as you scroll.</source>
        <translation>Die profitabelsten Angebote zuerst; beim Scrollen wird mehr geladen.</translation>
    </message>
    <message>
        <source>The opportunities could not be read: %1</source>
        <translation>Die Chancen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The shipping cost &quot;%1&quot; is not an amount.</source>
        <translation>Die Versandkosten „%1“ sind kein Betrag.</translation>
    </message>
    <message>
        <source>Valuing every matched offer…</source>
        <translation>Jedes zugeordnete Angebot wird bewertet…</translation>
    </message>
    <message>
        <source>The offers could not be valued: %1</source>
        <translation>Die Angebote konnten nicht bewertet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n offers valued with these settings.</source>
        <translation>
            <numerusform>%n Angebot mit diesen Einstellungen bewertet.</numerusform>
            <numerusform>%n Angebote mit diesen Einstellungen bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price history could not be read: %1</source>
        <translation>Der Preisverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Shop price</source>
        <translation>Shop-Preis</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>StockX sell-faster price</source>
        <translation>StockX Schneller-verkaufen-Preis</translation>
    </message>
    <message>
        <source>StockX lowest ask</source>
        <translation>StockX niedrigstes Angebot</translation>
    </message>
    <message>
        <source>Expected payout</source>
        <translation>Erwartete Auszahlung</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>EU %1 at %2 · EAN %3</source>
        <translation>EU %1 bei %2 · EAN %3</translation>
    </message>
    <message>
        <source>The purchase could not be recorded: %1</source>
        <translation>Der Einkauf konnte nicht erfasst werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs of %1 (EU %2) recorded as incoming from %3.</source>
        <translation>
            <numerusform>%n Paar %1 (EU %2) als unterwegs von %3 erfasst.</numerusform>
            <numerusform>%n Paare %1 (EU %2) als unterwegs von %3 erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::OpportunityTableModel</name>
    <message>
        <source>%1 · EAN %2 · matched by %3 (%4 %)</source>
        <translation>%1 · EAN %2 · zugeordnet per %3 (%4 %)</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n pairs of this size</source>
        <translation>
            <numerusform>Sie haben %n Paar dieser Größe</numerusform>
            <numerusform>Sie haben %n Paare dieser Größe</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s price plus its delivery</source>
        <translation>Der Preis des Shops plus Lieferung</translation>
    </message>
    <message>
        <source>StockX&apos;s lowest ask or sell-faster price for this size, as chosen</source>
        <translation>StockX niedrigstes Angebot oder Schneller-verkaufen-Preis dieser Größe, wie gewählt</translation>
    </message>
    <message>
        <source>StockX&apos;s fees at your seller level, plus your shipping to StockX</source>
        <translation>StockX-Gebühren Ihrer Verkäuferstufe plus Ihr Versand zu StockX</translation>
    </message>
    <message>
        <source>Profit ÷ StockX price</source>
        <translation>Gewinn ÷ StockX-Preis</translation>
    </message>
    <message>
        <source>Profit ÷ what you pay</source>
        <translation>Gewinn ÷ was Sie zahlen</translation>
    </message>
    <message>
        <source>Pairs of this size you hold now</source>
        <translation>Paare dieser Größe, die Sie jetzt haben</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size (EU)</source>
        <translation>Größe (EU)</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>Sie zahlen</translation>
    </message>
    <message>
        <source>StockX price</source>
        <translation>StockX-Preis</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Im Bestand</translation>
    </message>
</context>
<context>
    <name>sf::OrderTableModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Ausgezahlt %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <source>The purchase price of this pair is unknown; enter it on the Stock page.</source>
        <translation>Der Einkaufspreis dieses Paares ist unbekannt; tragen Sie ihn auf der Bestandsseite ein.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Net proceeds</source>
        <translation>Nettoerlös</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Shelf life</source>
        <translation>Lagerdauer</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>sf::OrdersPage</name>
    <message>
        <source>Search order number, SKU or product</source>
        <translation>Bestellnummer, SKU oder Produkt suchen</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Open (not paid out)</source>
        <translation>Offen (nicht ausgezahlt)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Any payout</source>
        <translation>Jede Auszahlung</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Payout outstanding</source>
        <translation>Auszahlung offen</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>Versandlabel</translation>
    </message>
    <message>
        <source>Open the order&apos;s shipping label; StockX labels are downloaded the first time.</source>
        <translation>Das Versandlabel der Bestellung öffnen; StockX-Labels werden beim ersten Mal heruntergeladen.</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>sales %1  ·  net proceeds %2  ·  net profit %3</source>
        <translation>Umsatz %1  ·  Nettoerlös %2  ·  Nettogewinn %3</translation>
    </message>
    <message numerus="yes">
        <source>%n payouts outstanding</source>
        <translation>
            <numerusform>%n Auszahlung offen</numerusform>
            <numerusform>%n Auszahlungen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold pairs without a purchase price (not in the profit)</source>
        <translation>
            <numerusform>%n verkauftes Paar ohne Einkaufspreis (nicht im Gewinn)</numerusform>
            <numerusform>%n verkaufte Paare ohne Einkaufspreis (nicht im Gewinn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels can only be downloaded for StockX orders.</source>
        <translation>Labels lassen sich nur für StockX-Bestellungen herunterladen.</translation>
    </message>
    <message>
        <source>Downloading the shipping label of order %1…</source>
        <translation>Das Versandlabel der Bestellung %1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Saved the label of order %1 to %2.</source>
        <translation>Das Label der Bestellung %1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>sf::PriceHistoryChart</name>
    <message>
        <source>Lowest ask</source>
        <translation>Niedrigstes Angebot</translation>
    </message>
    <message>
        <source>Highest bid</source>
        <translation>Höchstes Gebot</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Letzter Verkauf</translation>
    </message>
    <message>
        <source>Our ask</source>
        <translation>Unser Preis</translation>
    </message>
    <message>
        <source>Our cost</source>
        <translation>Unsere Kosten</translation>
    </message>
    <message>
        <source>Our sales</source>
        <translation>Unsere Verkäufe</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Shop price</source>
        <translation>Shop-Preis</translation>
    </message>
</context>
<context>
    <name>sf::PriceHistoryDialog</name>
    <message>
        <source>Price history: %1</source>
        <translation>Preisverlauf: %1</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last two years</source>
        <translation>Letzte zwei Jahre</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 market days, %2 price changes, %3 sales. Drag to zoom, right-click to zoom out.</source>
        <translation>%1 Markttage, %2 Preisänderungen, %3 Verkäufe. Ziehen zum Vergrößern, Rechtsklick zum Verkleinern.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sf::PriceRuleTableModel</name>
    <message>
        <source>Every brand</source>
        <translation>Jede Marke</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Aufschlag</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>Mindestmarge</translation>
    </message>
    <message>
        <source>Largest discount</source>
        <translation>Größter Rabatt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>sf::PriceRulesDialog</name>
    <message>
        <source>Price rules</source>
        <translation>Preisregeln</translation>
    </message>
    <message>
        <source>The pricing engine takes the first rule of each kind that covers a pair, lowest priority first: cost plus uses its markup, market based and competitive their discount, and every covering rule&apos;s minimum margin is a floor. The floor after fees (cost plus the minimum profit) always applies on top.</source>
        <translation>Die Preisberechnung nimmt je Art die erste Regel, die ein Paar erfasst, niedrigste Priorität zuerst: Kostenaufschlag nutzt ihren Aufschlag, marktbasiert und wettbewerbsorientiert ihren Rabatt, und die Mindestmarge jeder erfassenden Regel ist eine Untergrenze. Die Untergrenze nach Gebühren (Kosten plus Mindestgewinn) gilt immer zusätzlich.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Markup on cost</source>
        <translation>Aufschlag auf die Kosten</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>Mindestmarge</translation>
    </message>
    <message>
        <source>Largest discount below the lowest sale</source>
        <translation>Größter Rabatt unter dem niedrigsten Verkauf</translation>
    </message>
    <message>
        <source>Add as new rule</source>
        <translation>Als neue Regel hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Every brand</source>
        <translation>Jede Marke</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n pair(s) in stock or listed on StockX.</source>
        <translation>
            <numerusform>Erfasst %n Paar auf Lager oder auf StockX gelistet.</numerusform>
            <numerusform>Erfasst %n Paare auf Lager oder auf StockX gelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; added.</source>
        <translation>Regel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose a rule in the list first, and give it a name.</source>
        <translation>Wählen Sie zuerst eine Regel in der Liste und geben Sie ihr einen Namen.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; saved.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Choose a rule in the list first.</source>
        <translation>Wählen Sie zuerst eine Regel in der Liste.</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;?</source>
        <translation>Die Regel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; deleted.</source>
        <translation>Regel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Brand multipliers: a brand&apos;s premium or discount on every price of it</source>
        <translation>Markenfaktoren: Auf- oder Abschlag einer Marke auf jeden ihrer Preise</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose a brand for the multiplier.</source>
        <translation>Wählen Sie eine Marke für den Faktor.</translation>
    </message>
    <message>
        <source>Multiplier for %1 added.</source>
        <translation>Faktor für %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose a multiplier in the list first.</source>
        <translation>Wählen Sie zuerst einen Faktor in der Liste.</translation>
    </message>
    <message>
        <source>Multiplier removed.</source>
        <translation>Faktor entfernt.</translation>
    </message>
</context>
<context>
    <name>sf::PricingPage</name>
    <message>
        <source>Listed on StockX only</source>
        <translation>Nur auf StockX gelistete</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Recommendations come from StockX&apos;s daily figures of each size and your price rules; none nets less than cost plus the minimum profit after fees (soleflipper-cli config set pricing.minimum_profit 10.00). Hover a recommendation for its reasoning.</source>
        <translation>Empfehlungen stammen aus den täglichen StockX-Zahlen jeder Größe und Ihren Preisregeln; keine bringt nach Gebühren weniger als Kosten plus Mindestgewinn (soleflipper-cli config set pricing.minimum_profit 10.00). Zeigen Sie auf eine Empfehlung, um ihre Begründung zu sehen.</translation>
    </message>
    <message>
        <source>Price history…</source>
        <translation>Preisverlauf…</translation>
    </message>
    <message>
        <source>StockX&apos;s asks, bids and sales of the selected pair&apos;s size over time, with our asks, cost and sales (or double-click a row)</source>
        <translation>Angebote, Gebote und Verkäufe auf StockX für die Größe des gewählten Paars im Zeitverlauf, mit unseren Preisen, Kosten und Verkäufen (oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Price rules…</source>
        <translation>Preisregeln…</translation>
    </message>
    <message>
        <source>Reprice…</source>
        <translation>Neu bepreisen…</translation>
    </message>
    <message>
        <source>A dry run over the selected listed pairs (all listed pairs when none is selected): old ask → new ask, what it nets and why; then apply it on StockX</source>
        <translation>Ein Probelauf über die ausgewählten gelisteten Paare (alle gelisteten, wenn keines ausgewählt ist): alter Preis → neuer Preis, was er netto bringt und warum; danach auf StockX anwenden</translation>
    </message>
    <message>
        <source>Stop auto-repricing</source>
        <translation>Automatische Neubepreisung stoppen</translation>
    </message>
    <message>
        <source>Switches auto-repricing off for every client of this database and for cron; a run in progress stops before its next batch.</source>
        <translation>Schaltet die automatische Neubepreisung für alle Clients dieser Datenbank und für cron aus; ein laufender Lauf hält vor seinem nächsten Stapel an.</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Auto-repricing…</source>
        <translation>Automatische Neubepreisung…</translation>
    </message>
    <message>
        <source>The auto-repricing switch could not be written: %1</source>
        <translation>Der Schalter der automatischen Neubepreisung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Auto-repricing is off.</source>
        <translation>Die automatische Neubepreisung ist aus.</translation>
    </message>
    <message>
        <source>Auto-repricing is on and running now.</source>
        <translation>Die automatische Neubepreisung ist an und läuft gerade.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-repricing is on: every %n minutes, at most %1 % down and %2 % up a day.</source>
        <translation>
            <numerusform>Die automatische Neubepreisung ist an: jede Minute, je Tag höchstens %1 % tiefer und %2 % höher.</numerusform>
            <numerusform>Die automatische Neubepreisung ist an: alle %n Minuten, je Tag höchstens %1 % tiefer und %2 % höher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Letzter Lauf %1: %2</translation>
    </message>
    <message>
        <source>Auto-listing…</source>
        <translation>Auto-Listing…</translation>
    </message>
    <message>
        <source>Rules that list pairs in stock on StockX by themselves: check which pairs they would list at what ask, then list them</source>
        <translation>Regeln, die Paare vom Lager selbst auf StockX listen: prüfen, welche Paare sie zu welchem Preis listen würden, dann listen</translation>
    </message>
</context>
<context>
    <name>sf::PricingTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (confidence %2), %3
%4</source>
        <translation>%1 (Konfidenz %2), %3
%4</translation>
    </message>
    <message>
        <source>%1 in fees at this price</source>
        <translation>%1 Gebühren bei diesem Preis</translation>
    </message>
    <message>
        <source>Lowest price that nets cost plus the minimum profit: %1</source>
        <translation>Niedrigster Preis, der Kosten plus Mindestgewinn einbringt: %1</translation>
    </message>
    <message>
        <source>No cost is recorded, so there is no floor.</source>
        <translation>Kein Einkaufspreis erfasst, daher keine Untergrenze.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Our ask</source>
        <translation>Unser Preis</translation>
    </message>
    <message>
        <source>Lowest ask</source>
        <translation>Niedrigstes Angebot</translation>
    </message>
    <message>
        <source>Highest bid</source>
        <translation>Höchstes Gebot</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Letzter Verkauf</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Net after fees</source>
        <translation>Netto nach Gebühren</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Days listed</source>
        <translation>Tage gelistet</translation>
    </message>
</context>
<context>
    <name>sf::RecordPurchaseDialog</name>
    <message>
        <source>Record a purchase</source>
        <translation>Einkauf erfassen</translation>
    </message>
    <message>
        <source>the shop&apos;s order number</source>
        <translation>die Bestellnummer des Shops</translation>
    </message>
    <message>
        <source>expected on</source>
        <translation>erwartet am</translation>
    </message>
    <message>
        <source>Shared out over the pairs&apos; cost, to the cent.</source>
        <translation>Wird centgenau auf die Kosten der Paare verteilt.</translation>
    </message>
    <message>
        <source>price per pair</source>
        <translation>Preis je Paar</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>brutto</translation>
    </message>
    <message>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <source> % VAT</source>
        <translation> % MwSt.</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Price each</source>
        <translation>Preis je Paar</translation>
    </message>
    <message>
        <source>Price is</source>
        <translation>Preis ist</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
    <message>
        <source>Pick a product from the list.</source>
        <translation>Wählen Sie ein Produkt aus der Liste.</translation>
    </message>
    <message>
        <source>Enter the price of one pair.</source>
        <translation>Geben Sie den Preis eines Paars ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs, %1 with shipping</source>
        <translation>
            <numerusform>%n Paar, %1 mit Versand</numerusform>
            <numerusform>%n Paare, %1 mit Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Wählen Sie den Lieferanten.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>The shipping “%1” is not an amount.</source>
        <translation>Der Versand „%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Nichts wurde erfasst: %1</translation>
    </message>
</context>
<context>
    <name>sf::RepricingPlanDialog</name>
    <message>
        <source>Planning…</source>
        <translation>Plane…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Der Plan ließ sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>%1 listed pairs: %2 would change, %3 stay, %4 skipped.</source>
        <translation>%1 gelistete Paare: %2 würden sich ändern, %3 bleiben, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Repricing</source>
        <translation>Neubepreisung</translation>
    </message>
    <message>
        <source>A dry run first: what each listed pair would be set to and what it nets after StockX&apos;s fees. Nothing changes until you apply it. No ask is set below cost plus the minimum profit, and a listing whose price was changed on StockX since is left alone and reported.</source>
        <translation>Zuerst ein Probelauf: welcher Preis für jedes gelistete Paar gesetzt würde und was er nach den StockX-Gebühren netto bringt. Nichts ändert sich, bevor Sie ihn anwenden. Kein Preis fällt unter Kosten plus Mindestgewinn, und ein Angebot, dessen Preis inzwischen auf StockX geändert wurde, bleibt unangetastet und wird gemeldet.</translation>
    </message>
    <message>
        <source>Recommendation, within the auto-repricing limits</source>
        <translation>Empfehlung, innerhalb der Grenzen der automatischen Neubepreisung</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Fester Preis</translation>
    </message>
    <message>
        <source>e.g. 189.00</source>
        <translation>z. B. 189.00</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>Ändern um</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Apply on StockX</source>
        <translation>Auf StockX anwenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stops before the next batch of 100; what StockX confirmed is kept.</source>
        <translation>Hält vor dem nächsten Stapel von 100 an; was StockX bestätigt hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Enter the fixed price as an amount, e.g. 189.00.</source>
        <translation>Geben Sie den festen Preis als Betrag ein, z. B. 189.00.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n changes on StockX</source>
        <translation>
            <numerusform>%n Änderung auf StockX anwenden</numerusform>
            <numerusform>%n Änderungen auf StockX anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n new asks to StockX, 100 at a time (StockX takes one request a second)…</source>
        <translation>
            <numerusform>%n neuer Preis wird an StockX gesendet, 100 je Stapel (StockX nimmt eine Anfrage je Sekunde)…</numerusform>
            <numerusform>%n neue Preise werden an StockX gesendet, 100 je Stapel (StockX nimmt eine Anfrage je Sekunde)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
</context>
<context>
    <name>sf::RepricingPlanModel</name>
    <message>
        <source>Floor after fees: %1</source>
        <translation>Untergrenze nach Gebühren: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Ask now</source>
        <translation>Preis jetzt</translation>
    </message>
    <message>
        <source>New ask</source>
        <translation>Neuer Preis</translation>
    </message>
    <message>
        <source>Net after fees</source>
        <translation>Netto nach Gebühren</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>sf::RepricingSettingsDialog</name>
    <message>
        <source>Auto-repricing</source>
        <translation>Automatische Neubepreisung</translation>
    </message>
    <message>
        <source>Reprice my StockX listings automatically</source>
        <translation>Meine StockX-Angebote automatisch neu bepreisen</translation>
    </message>
    <message>
        <source>While the app is open, and from cron with &quot;soleflipper-cli reprice&quot;. Switching it off stops a run before its next batch.</source>
        <translation>Solange die App offen ist, und aus cron mit &quot;soleflipper-cli reprice&quot;. Ausschalten hält einen Lauf vor seinem nächsten Stapel an.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no undercut</source>
        <translation>nicht unterbieten</translation>
    </message>
    <message>
        <source>Empty: follow the recommendation. An amount such as 1.00: ask that much below StockX&apos;s lowest ask once a pair has been listed longer than the days given.</source>
        <translation>Leer: der Empfehlung folgen. Ein Betrag wie 1.00: so viel unter dem niedrigsten StockX-Angebot verlangen, sobald ein Paar länger als die angegebenen Tage gelistet ist.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Run every</source>
        <translation>Laufen alle</translation>
    </message>
    <message>
        <source>Largest drop per day</source>
        <translation>Größte Senkung je Tag</translation>
    </message>
    <message>
        <source>Largest rise per day</source>
        <translation>Größte Erhöhung je Tag</translation>
    </message>
    <message>
        <source>for pairs listed longer than</source>
        <translation>für Paare, die länger gelistet sind als</translation>
    </message>
    <message>
        <source>Beat the lowest ask by</source>
        <translation>Niedrigstes Angebot unterbieten um</translation>
    </message>
    <message>
        <source>Smallest change sent</source>
        <translation>Kleinste gesendete Änderung</translation>
    </message>
    <message>
        <source>Brands (none ticked: all)</source>
        <translation>Marken (keine angehakt: alle)</translation>
    </message>
    <message>
        <source>Categories (none ticked: all)</source>
        <translation>Kategorien (keine angehakt: alle)</translation>
    </message>
    <message>
        <source>No ask is ever set below cost plus the minimum profit after StockX&apos;s fees, whatever the limits say.</source>
        <translation>Kein Preis wird je unter Kosten plus Mindestgewinn nach StockX-Gebühren gesetzt, was auch immer die Grenzen sagen.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;Beat the lowest ask by&quot; needs an amount such as 1.00, or nothing.</source>
        <translation>„Niedrigstes Angebot unterbieten um“ braucht einen Betrag wie 1.00 oder nichts.</translation>
    </message>
    <message>
        <source>&quot;Smallest change sent&quot; needs an amount such as 1.00.</source>
        <translation>„Kleinste gesendete Änderung“ braucht einen Betrag wie 1.00.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>sf::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>This computer (SQLite file)</source>
        <translation>Dieser Computer (SQLite-Datei)</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Team-Server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Settings saved, but the password could not be remembered: %1</source>
        <translation>Einstellungen gespeichert, aber das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>automatic (required for another computer)</source>
        <translation>automatisch (Pflicht für einen anderen Computer)</translation>
    </message>
    <message>
        <source>the system&apos;s (~/.postgresql/root.crt)</source>
        <translation>die des Systems (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The certificate authority that signed the server&apos;s certificate (PEM). With verify-full the app connects only to a server that proves it holds that name.</source>
        <translation>Die Zertifizierungsstelle, die das Zertifikat des Servers signiert hat (PEM). Mit verify-full verbindet sich die App nur mit einem Server, der beweist, dass er diesen Namen trägt.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>The name your team sees on your syncs, changes and log lines.</source>
        <translation>Der Name, den Ihr Team bei Ihren Syncs, Änderungen und Protokollzeilen sieht.</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Name des Operators</translation>
    </message>
    <message>
        <source>A new database location or name is used from the next start.</source>
        <translation>Ein neuer Datenbankort oder Name gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>sf::SizeUsageModel</name>
    <message>
        <source>US men</source>
        <translation>US Herren</translation>
    </message>
    <message>
        <source>US women</source>
        <translation>US Damen</translation>
    </message>
    <message>
        <source>US youth</source>
        <translation>US Jugend</translation>
    </message>
    <message>
        <source>US child</source>
        <translation>US Kinder</translation>
    </message>
    <message>
        <source>US toddler</source>
        <translation>US Kleinkinder</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>UK</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>Korea (mm)</source>
        <translation>Korea (mm)</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Waist / length</source>
        <translation>Weite / Länge</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Dual size</source>
        <translation>Doppelgröße</translation>
    </message>
    <message>
        <source>One size</source>
        <translation>Einheitsgröße</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>No rule reads &quot;%1&quot;; it is kept as written. Map it to the size it means.</source>
        <translation>Keine Regel liest „%1“; die Größe bleibt wie geschrieben. Ordnen Sie sie der Größe zu, die sie meint.</translation>
    </message>
    <message>
        <source>Size as written</source>
        <translation>Größe wie geschrieben</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>EU equivalent</source>
        <translation>EU-Entsprechung</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
</context>
<context>
    <name>sf::SizesDialog</name>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Sizes that no rule could read are kept exactly as the marketplace or the sheet wrote them. Map them to the size they mean: their pairs move there, and later imports and syncs file the same text there by themselves.</source>
        <translation>Größen, die keine Regel lesen konnte, bleiben genau so, wie der Marktplatz oder die Tabelle sie geschrieben hat. Ordnen Sie sie der gemeinten Größe zu: Ihre Paare wechseln dorthin, und spätere Importe und Abgleiche legen denselben Text von selbst dort ab.</translation>
    </message>
    <message>
        <source>Only sizes no rule could read</source>
        <translation>Nur Größen, die keine Regel lesen konnte</translation>
    </message>
    <message>
        <source>Find a size…</source>
        <translation>Größe suchen…</translation>
    </message>
    <message>
        <source>e.g. US 3.5Y, EU 42, M, 34W/32L</source>
        <translation>z. B. US 3.5Y, EU 42, M, 34W/32L</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Map the selected sizes to:</source>
        <translation>Gewählte Größen zuordnen zu:</translation>
    </message>
    <message>
        <source>Every size was read; nothing to map.</source>
        <translation>Alle Größen wurden gelesen; nichts zuzuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>Map %1 (%n pairs) to %2? The sizes are replaced by %2 everywhere.</source>
        <translation>
            <numerusform>%1 (%n Paar) %2 zuordnen? Die Größen werden überall durch %2 ersetzt.</numerusform>
            <numerusform>%1 (%n Paare) %2 zuordnen? Die Größen werden überall durch %2 ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size SoleFlipper can read either. Type it like US 9, 8.5W, 4Y, EU 42, UK 7, M or 34W/32L.</source>
        <translation>„%1“ kann SoleFlipper auch nicht als Größe lesen. Schreiben Sie sie wie US 9, 8.5W, 4Y, EU 42, UK 7, M oder 34W/32L.</translation>
    </message>
    <message numerus="yes">
        <source>%1 now mean %2; %n pairs moved.</source>
        <translation>
            <numerusform>%1 bedeutet jetzt %2; %n Paar verschoben.</numerusform>
            <numerusform>%1 bedeutet jetzt %2; %n Paare verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::StockPage</name>
    <message>
        <source>Please confirm</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <source>Export stock as CSV</source>
        <translation>Bestand als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Move items</source>
        <translation>Artikel umlagern</translation>
    </message>
    <message>
        <source>New location:</source>
        <translation>Neuer Lagerort:</translation>
    </message>
    <message>
        <source>Search SKU, product, brand or notes</source>
        <translation>SKU, Produkt, Marke oder Notizen suchen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Umlagern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>Unverkauft</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>Alle Größen</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>Alle Lieferanten</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Lagerorte</translation>
    </message>
    <message>
        <source>%1 items · %2 pairs · cost %3 gross (%4 net) · Ø %5 days in stock</source>
        <translation>%1 Artikel · %2 Paar · Einkauf %3 brutto (%4 netto) · Ø %5 Tage auf Lager</translation>
    </message>
    <message>
        <source>The item was not added: %1</source>
        <translation>Der Artikel wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added to stock.</source>
        <translation>Zum Bestand hinzugefügt.</translation>
    </message>
    <message>
        <source>Create new products and suppliers with &quot;Add item&quot;; editing picks existing ones.</source>
        <translation>Neue Produkte und Lieferanten bitte über „Artikel hinzufügen“ anlegen; beim Bearbeiten werden vorhandene gewählt.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Nothing was changed: an item that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Nichts geändert: Ein Artikel mit Status „%1“ kann nicht „%2“ werden.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>%n Artikel auf %1 setzen</numerusform>
            <numerusform>%n Artikel auf %1 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 umlagern</numerusform>
            <numerusform>%n Artikel nach %1 umlagern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from stock? You can undo this.</source>
        <translation>
            <numerusform>%n Artikel aus dem Bestand löschen? Das lässt sich rückgängig machen.</numerusform>
            <numerusform>%n Artikel aus dem Bestand löschen? Das lässt sich rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Artikel löschen</numerusform>
            <numerusform>%n Artikel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>Put the selected pairs up for sale on StockX, priced against the market.</source>
        <translation>Die ausgewählten Paare bei StockX anbieten, mit Preisen am Markt gemessen.</translation>
    </message>
    <message>
        <source>Enrich from StockX</source>
        <translation>StockX-Daten holen</translation>
    </message>
    <message>
        <source>Fetch StockX ids, sizes and today&apos;s market prices for the selected products.</source>
        <translation>StockX-IDs, Größen und die heutigen Marktpreise der ausgewählten Produkte abrufen.</translation>
    </message>
    <message>
        <source>StockX</source>
        <translation>StockX</translation>
    </message>
    <message>
        <source>List on StockX…</source>
        <translation>Bei StockX anbieten…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Price history…</source>
        <translation>Preisverlauf…</translation>
    </message>
    <message>
        <source>StockX&apos;s asks, bids and sales of the first selected pair&apos;s size over time.</source>
        <translation>Angebote, Gebote und Verkäufe auf StockX für die Größe des ersten gewählten Paars im Zeitverlauf.</translation>
    </message>
    <message>
        <source>Returnable to the supplier</source>
        <translation>An den Lieferanten rückgabefähig</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>sf::StockTableModel</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>MwSt. %1 %</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross price</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Gelistet auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>sf::StockXAccountBox</name>
    <message>
        <source>StockX account</source>
        <translation>StockX-Konto</translation>
    </message>
    <message>
        <source>Connect in the browser…</source>
        <translation>Im Browser verbinden…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>The StockX login address appears here, to copy if no browser opens.</source>
        <translation>Hier erscheint die StockX-Anmeldeadresse, zum Kopieren, falls sich kein Browser öffnet.</translation>
    </message>
    <message>
        <source>Paste the code, or the address the browser ended on</source>
        <translation>Den Code einfügen oder die Adresse, bei der der Browser gelandet ist</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Code verwenden</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Using the SOLEFLIPPER_STOCKX_* variables of the environment.</source>
        <translation>Die Umgebungsvariablen SOLEFLIPPER_STOCKX_* werden verwendet.</translation>
    </message>
    <message>
        <source>Not connected. Enter your StockX API key and OAuth client, then log in.</source>
        <translation>Nicht verbunden. Geben Sie Ihren StockX-API-Schlüssel und OAuth-Client ein und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Connected with OAuth client %1.</source>
        <translation>Verbunden mit OAuth-Client %1.</translation>
    </message>
    <message>
        <source>The current access token is valid until %1.</source>
        <translation>Das aktuelle Zugriffstoken gilt bis %1.</translation>
    </message>
    <message>
        <source>A fresh access token is fetched with the next request.</source>
        <translation>Mit der nächsten Anfrage wird ein neues Zugriffstoken geholt.</translation>
    </message>
    <message>
        <source>Log in to StockX in the browser; SoleFlipper waits for its answer.</source>
        <translation>Melden Sie sich im Browser bei StockX an; SoleFlipper wartet auf die Antwort.</translation>
    </message>
</context>
<context>
    <name>sf::StockXAutoLister</name>
    <message>
        <source>Auto-listing rule “%1” (%2): %3</source>
        <translation>Auto-Listing-Regel „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>Checking the auto-listing rules against the newest pairs in stock…</source>
        <translation>Die Auto-Listing-Regeln werden mit den neuesten Paaren auf Lager abgeglichen…</translation>
    </message>
    <message numerus="yes">
        <source>Listing %n pairs on StockX.</source>
        <translation>
            <numerusform>%n Paar wird auf StockX gelistet.</numerusform>
            <numerusform>%n Paare werden auf StockX gelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::StockXConnector</name>
    <message>
        <source>Enter the API key, client ID and client secret from StockX&apos;s developer portal.</source>
        <translation>Geben Sie API-Schlüssel, Client-ID und Client-Secret aus dem StockX-Entwicklerportal ein.</translation>
    </message>
    <message>
        <source>Cannot wait for StockX&apos;s answer on this computer: %1</source>
        <translation>Auf diesem Computer kann nicht auf die Antwort von StockX gewartet werden: %1</translation>
    </message>
    <message>
        <source>SoleFlipper received the StockX login. You can close this tab.</source>
        <translation>SoleFlipper hat die StockX-Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>This is not the answer SoleFlipper waits for.</source>
        <translation>Das ist nicht die Antwort, auf die SoleFlipper wartet.</translation>
    </message>
    <message>
        <source>That address belongs to an older login attempt; start again.</source>
        <translation>Diese Adresse gehört zu einem älteren Anmeldeversuch; bitte neu beginnen.</translation>
    </message>
    <message>
        <source>Start connecting first, then log in to StockX.</source>
        <translation>Zuerst das Verbinden starten, dann bei StockX anmelden.</translation>
    </message>
</context>
<context>
    <name>sf::StockXListingLookup</name>
    <message>
        <source>Checking the listings on StockX first failed: %1</source>
        <translation>Das vorherige Prüfen der Angebote auf StockX ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>StockX&apos;s listings came without their list.</source>
        <translation>Die Angebote von StockX kamen ohne ihre Liste.</translation>
    </message>
</context>
<context>
    <name>sf::StockXListingWriter</name>
    <message>
        <source>price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>deactivation</source>
        <translation>Deaktivierung</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>The pair no longer exists.</source>
        <translation>Das Paar gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only pairs in stock can be listed; this one is %1.</source>
        <translation>Nur Paare im Bestand können angeboten werden; dieses ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the StockX sizes of %n products first.</source>
        <translation>
            <numerusform>Zuerst werden die StockX-Größen von %n Produkt abgerufen.</numerusform>
            <numerusform>Zuerst werden die StockX-Größen von %n Produkten abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>StockX has no variant in this pair&apos;s size, so it cannot be listed.</source>
        <translation>StockX hat keine Variante in der Größe dieses Paares; es kann nicht angeboten werden.</translation>
    </message>
    <message>
        <source>StockX refused the listing: %1</source>
        <translation>StockX hat das Angebot abgelehnt: %1</translation>
    </message>
    <message>
        <source>StockX is still processing the listing; the next listings sync shows the outcome.</source>
        <translation>StockX bearbeitet das Angebot noch; die nächste Angebots-Synchronisierung zeigt das Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>StockX accepted a batch of %n listings.</source>
        <translation>
            <numerusform>StockX hat einen Stapel mit %n Angebot angenommen.</numerusform>
            <numerusform>StockX hat einen Stapel mit %n Angeboten angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>StockX did not report on this pair; the next listings sync shows it.</source>
        <translation>StockX hat zu diesem Paar nichts gemeldet; die nächste Angebots-Synchronisierung zeigt es.</translation>
    </message>
    <message>
        <source>The StockX marketplace is missing from the database.</source>
        <translation>Der Marktplatz StockX fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>The listing no longer exists.</source>
        <translation>Das Angebot gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The %1 of listing %2 failed.</source>
        <translation>Die %1 des Angebots %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>StockX did not report on this listing; the next listings sync shows it.</source>
        <translation>StockX hat zu diesem Angebot nichts gemeldet; die nächste Angebots-Synchronisierung zeigt es.</translation>
    </message>
    <message numerus="yes">
        <source>StockX did not confirm %n listings; looking up whether it made them.</source>
        <translation>
            <numerusform>StockX hat %n Angebot nicht bestätigt; es wird nachgesehen, ob es angelegt wurde.</numerusform>
            <numerusform>StockX hat %n Angebote nicht bestätigt; es wird nachgesehen, ob sie angelegt wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>StockX&apos;s listings came without their list.</source>
        <translation>Die Angebote von StockX kamen ohne ihre Liste.</translation>
    </message>
    <message numerus="yes">
        <source>StockX did not list %n pairs; sending them again.</source>
        <translation>
            <numerusform>StockX hat %n Paar nicht eingestellt; es wird erneut gesendet.</numerusform>
            <numerusform>StockX hat %n Paare nicht eingestellt; sie werden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 StockX shows no listing for this pair; list it again.</source>
        <translation>%1 StockX zeigt für dieses Paar kein Angebot; stellen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>%1 Looking it up failed too: %2 The next listings sync shows whether StockX listed it.</source>
        <translation>%1 Auch das Nachsehen schlug fehl: %2 Der nächste Angebotsabgleich zeigt, ob StockX es eingestellt hat.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Vom Bediener angehalten.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>StockX no longer shows this listing as active or inactive (sold, deleted or expired there); the next listings sync updates it.</source>
        <translation>StockX zeigt dieses Angebot nicht mehr als aktiv oder inaktiv (dort verkauft, gelöscht oder abgelaufen); der nächste Angebotsabgleich aktualisiert es.</translation>
    </message>
    <message>
        <source>Changed on StockX: it asks %1 there, the last ask set here was %2. Left alone; set its price here to take it back.</source>
        <translation>Auf StockX geändert: dort verlangt es %1, der zuletzt hier gesetzte Preis war %2. Unangetastet; setzen Sie den Preis hier, um es zurückzuholen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>sf::StockXRepricer</name>
    <message>
        <source>The auto-repricing switch could not be read: %1</source>
        <translation>Der Schalter der automatischen Neubepreisung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Auto-repricing was switched off.</source>
        <translation>Die automatische Neubepreisung wurde ausgeschaltet.</translation>
    </message>
    <message>
        <source>Planning a repricing (dry run)…</source>
        <translation>Neubepreisung wird geplant (Probelauf)…</translation>
    </message>
    <message>
        <source>Planning a repricing…</source>
        <translation>Neubepreisung wird geplant…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n new asks to StockX.</source>
        <translation>
            <numerusform>%n neuer Preis wird an StockX gesendet.</numerusform>
            <numerusform>%n neue Preise werden an StockX gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Vom Bediener angehalten.</translation>
    </message>
</context>
<context>
    <name>sf::StockXSession</name>
    <message>
        <source>%1 Attempt %2 in %3 s.</source>
        <translation>%1 Versuch %2 in %3 s.</translation>
    </message>
    <message>
        <source>Another StockX job is running; wait for it or cancel it.</source>
        <translation>Eine andere StockX-Aufgabe läuft; warten Sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>There is no StockX job &quot;%1&quot;.</source>
        <translation>Es gibt keine StockX-Aufgabe „%1“.</translation>
    </message>
    <message>
        <source>Awin EANs on StockX</source>
        <translation>Awin-EANs bei StockX</translation>
    </message>
</context>
<context>
    <name>sf::SubsetBar</name>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>From the dashboard:</source>
        <translation>Aus dem Dashboard:</translation>
    </message>
</context>
<context>
    <name>sf::SupplierAccountDialog</name>
    <message>
        <source>New supplier account</source>
        <translation>Neues Lieferantenkonto</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>e.g. Raffle list A</source>
        <translation>z. B. Raffle-Liste A</translation>
    </message>
    <message>
        <source>Verified by the shop</source>
        <translation>Vom Shop bestätigt</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>none; kept in the system keychain</source>
        <translation>keiner; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Choose the supplier the account is with.</source>
        <translation>Wählen Sie den Lieferanten, bei dem das Konto besteht.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>sf::SupplierAccountModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt (vorübergehend)</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gebannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Durchschnittlicher Auftrag</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
</context>
<context>
    <name>sf::SupplierAccountsDialog</name>
    <message>
        <source>Supplier accounts</source>
        <translation>Lieferantenkonten</translation>
    </message>
    <message>
        <source>Accounts at %1</source>
        <translation>Konten bei %1</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Das Passwort von %1:</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Search email or name</source>
        <translation>E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after 30 seconds.</source>
        <translation>Die Zwischenablage wird nach 30 Sekunden wieder geleert.</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Set list…</source>
        <translation>Liste setzen…</translation>
    </message>
    <message>
        <source>Set list</source>
        <translation>Liste setzen</translation>
    </message>
    <message>
        <source>List of the selected accounts:</source>
        <translation>Liste der ausgewählten Konten:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Every account shown, without passwords or proxies.</source>
        <translation>Alle angezeigten Konten, ohne Passwörter und Proxys.</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import accounts…</source>
        <translation>Konten importieren…</translation>
    </message>
    <message>
        <source>Import supplier accounts</source>
        <translation>Lieferantenkonten importieren</translation>
    </message>
    <message>
        <source>The purchase statistics could not be computed: %1</source>
        <translation>Die Kaufstatistik konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>This supplier already has the account %1.</source>
        <translation>Dieser Lieferant hat das Konto %1 bereits.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 was saved, but its secret could not be stored in the keychain: %2</source>
        <translation>%1 wurde gespeichert, aber das Geheimnis konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts set to %1.</source>
        <translation>
            <numerusform>%n Konto auf %1 gesetzt.</numerusform>
            <numerusform>%n Konten auf %1 gesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts moved to the list “%1”.</source>
        <translation>
            <numerusform>%n Konto in die Liste „%1“ verschoben.</numerusform>
            <numerusform>%n Konten in die Liste „%1“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be read: %1</source>
        <translation>Das Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show the password of %1 on screen?</source>
        <translation>Das Passwort von %1 auf dem Bildschirm zeigen?</translation>
    </message>
    <message numerus="yes">
        <source>The password of %1 is on the clipboard for %n seconds.</source>
        <translation>
            <numerusform>Das Passwort von %1 liegt %n Sekunde in der Zwischenablage.</numerusform>
            <numerusform>Das Passwort von %1 liegt %n Sekunden in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts exported to %1, without passwords or proxies.</source>
        <translation>
            <numerusform>%n Konto nach %1 exportiert, ohne Passwörter und Proxys.</numerusform>
            <numerusform>%n Konten nach %1 exportiert, ohne Passwörter und Proxys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::SupplierChartsDialog</name>
    <message>
        <source>Charts for %1</source>
        <translation>Diagramme für %1</translation>
    </message>
    <message>
        <source>by profit</source>
        <translation>nach Gewinn</translation>
    </message>
    <message>
        <source>by ROI</source>
        <translation>nach ROI</translation>
    </message>
    <message>
        <source>Top suppliers</source>
        <translation>Beste Lieferanten</translation>
    </message>
    <message>
        <source>Spend and profit per month of purchase</source>
        <translation>Ausgaben und Gewinn je Einkaufsmonat</translation>
    </message>
    <message>
        <source>Days from purchase to sale</source>
        <translation>Tage vom Einkauf bis zum Verkauf</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ranking could not be read: %1</source>
        <translation>Die Rangliste konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sf::SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>Supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>no returns</source>
        <translation>keine Rückgabe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>e.g. Net 30, prepaid</source>
        <translation>z. B. 30 Tage netto, Vorkasse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>MwSt.-Satz</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>Rückgabefrist</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>A supplier needs a name.</source>
        <translation>Ein Lieferant braucht einen Namen.</translation>
    </message>
    <message>
        <source>The minimum order “%1” is not an amount.</source>
        <translation>Der Mindestbestellwert „%1“ ist kein Betrag.</translation>
    </message>
</context>
<context>
    <name>sf::SupplierPairsDialog</name>
    <message>
        <source>Open pairs at %1</source>
        <translation>Offene Paare bei %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Rückgabe bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Als erhalten markieren</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Zurückgeben…</translation>
    </message>
    <message>
        <source>The pairs could not be read: %1</source>
        <translation>Die Paare konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>returnable</source>
        <translation>rückgabefähig</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs marked received today.</source>
        <translation>
            <numerusform>%n Paar heute als erhalten markiert.</numerusform>
            <numerusform>%n Paare heute als erhalten markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned for a refund of %1.</source>
        <translation>Zurückgegeben gegen eine Erstattung von %1.</translation>
    </message>
</context>
<context>
    <name>sf::SupplierTableModel</name>
    <message numerus="yes">
        <source>%n pairs can still go back to %1; the first window closes on %2.</source>
        <translation>
            <numerusform>%n Paar kann noch an %1 zurück; die erste Frist endet am %2.</numerusform>
            <numerusform>%n Paare können noch an %1 zurück; die erste Frist endet am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profit after fees ÷ cost of the pairs sold</source>
        <translation>Gewinn nach Gebühren ÷ Kosten der verkauften Paare</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Abverkauf</translation>
    </message>
    <message>
        <source>Days to sell</source>
        <translation>Tage bis Verkauf</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Rückgabefähig</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
</context>
<context>
    <name>sf::SuppliersPage</name>
    <message>
        <source>Delete supplier</source>
        <translation>Lieferant löschen</translation>
    </message>
    <message>
        <source>Search suppliers</source>
        <translation>Lieferanten suchen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Ranked by profit</source>
        <translation>Nach Gewinn</translation>
    </message>
    <message>
        <source>Ranked by ROI</source>
        <translation>Nach ROI</translation>
    </message>
    <message>
        <source>Ranked by spend</source>
        <translation>Nach Ausgaben</translation>
    </message>
    <message>
        <source>Ranked by pairs bought</source>
        <translation>Nach gekauften Paaren</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Neuer Lieferant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>The suppliers could not be read: %1</source>
        <translation>Die Lieferanten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The supplier figures could not be computed: %1</source>
        <translation>Die Lieferantenzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs can still be returned, but their return window closes within 3 days.</source>
        <translation>
            <numerusform>%n Paar kann noch zurückgegeben werden, aber seine Rückgabefrist endet in den nächsten 3 Tagen.</numerusform>
            <numerusform>%n Paare können noch zurückgegeben werden, aber ihre Rückgabefrist endet in den nächsten 3 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the supplier “%1”?</source>
        <translation>Den Lieferanten „%1“ löschen?</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <source>The selected supplier&apos;s shop accounts, or every account when none is selected</source>
        <translation>Die Shop-Konten des ausgewählten Lieferanten, oder alle Konten, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Moves the selected supplier&apos;s pairs, accounts and purchase history to another supplier and deletes it; can be undone</source>
        <translation>Verschiebt Paare, Konten und Kaufhistorie des ausgewählten Lieferanten zu einem anderen und löscht ihn; lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>Record purchase…</source>
        <translation>Einkauf erfassen…</translation>
    </message>
    <message>
        <source>Open pairs…</source>
        <translation>Offene Paare…</translation>
    </message>
    <message>
        <source>The selected supplier&apos;s pairs on their way and those that can still go back</source>
        <translation>Die Paare des ausgewählten Lieferanten, die unterwegs sind oder noch zurück können</translation>
    </message>
    <message>
        <source>Charts…</source>
        <translation>Diagramme…</translation>
    </message>
    <message>
        <source>Spend against profit per month, days to sell, and the suppliers ranked</source>
        <translation>Ausgaben gegen Gewinn je Monat, Tage bis zum Verkauf und die Lieferanten im Vergleich</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs recorded as on their way.</source>
        <translation>
            <numerusform>%n Paar als unterwegs erfasst.</numerusform>
            <numerusform>%n Paare als unterwegs erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a supplier first.</source>
        <translation>Wählen Sie zuerst einen Lieferanten.</translation>
    </message>
    <message>
        <source>Select the supplier to merge away first.</source>
        <translation>Wählen Sie zuerst den Lieferanten, der aufgehen soll.</translation>
    </message>
    <message>
        <source>Merge supplier</source>
        <translation>Lieferanten zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 zusammenführen mit:</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Nicht zusammengeführt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged: %n pairs moved</source>
        <translation>
            <numerusform>%1 zusammengeführt: %n Paar verschoben</numerusform>
            <numerusform>%1 zusammengeführt: %n Paare verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accounts moved.</source>
        <translation>
            <numerusform>, %n Konto verschoben.</numerusform>
            <numerusform>, %n Konten verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>Die Zusammenführung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>%1 is back with its pairs and accounts.</source>
        <translation>%1 ist mit seinen Paaren und Konten zurück.</translation>
    </message>
    <message>
        <source>it no longer exists.</source>
        <translation>er existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>sf::SyncPanel</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops before the next request; everything stored so far is kept.</source>
        <translation>Hält vor der nächsten Anfrage an; alles bisher Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Open StockX settings…</source>
        <translation>StockX-Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>What the sync does appears here.</source>
        <translation>Hier erscheint, was die Synchronisierung tut.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Talking to StockX…</source>
        <translation>Verbindung mit StockX…</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Last successful: %1
%2 new, %3 changed</source>
        <translation>Zuletzt erfolgreich: %1
%2 neu, %3 geändert</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <translation>
            <numerusform>%n gespeichert</numerusform>
            <numerusform>%n gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 new, %2 changed, %3 unchanged, %4 rejected.</source>
        <translation>Fertig: %1 neu, %2 geändert, %3 unverändert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled. What was stored is kept.</source>
        <translation>Abgebrochen. Das Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1
What was stored before is kept; syncing again continues after it.</source>
        <translation>%1
Das zuvor Gespeicherte bleibt erhalten; eine neue Synchronisierung setzt danach fort.</translation>
    </message>
    <message>
        <source>StockX listings: %1 done, %2 failed.</source>
        <translation>StockX-Angebote: %1 erledigt, %2 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n listing changes failed; the log says why.</source>
        <translation>
            <numerusform>%n Änderung an Angeboten ist fehlgeschlagen; das Protokoll nennt den Grund.</numerusform>
            <numerusform>%n Änderungen an Angeboten sind fehlgeschlagen; das Protokoll nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records StockX sent that could not be stored; the next sync of their kind tries them again.</source>
        <translation>Datensätze von StockX, die nicht gespeichert werden konnten; der nächste Abgleich ihrer Art versucht sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to be stored…</source>
        <translation>
            <numerusform>%n Datensatz wartet aufs Speichern…</numerusform>
            <numerusform>%n Datensätze warten aufs Speichern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings were not repriced: changed elsewhere or refused. The Pricing page&apos;s run report says which.</source>
        <translation>
            <numerusform>%n Angebot wurde nicht neu bepreist: anderswo geändert oder abgelehnt. Der Laufbericht auf der Seite „Preise“ sagt, welches.</numerusform>
            <numerusform>%n Angebote wurden nicht neu bepreist: anderswo geändert oder abgelehnt. Der Laufbericht auf der Seite „Preise“ sagt, welche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>StockX orders</source>
        <translation>StockX-Bestellungen</translation>
    </message>
    <message>
        <source>StockX listings</source>
        <translation>StockX-Angebote</translation>
    </message>
    <message>
        <source>StockX catalog and market prices</source>
        <translation>StockX-Katalog und Marktpreise</translation>
    </message>
    <message>
        <source>StockX lookup of Awin EANs: %1 found, %2 not on StockX, %3 failed.</source>
        <translation>StockX-Suche der Awin-EANs: %1 gefunden, %2 nicht bei StockX, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1
What was found is kept; the next lookup continues with the rest.</source>
        <translation>%1
Was gefunden wurde, bleibt; die nächste Suche macht mit dem Rest weiter.</translation>
    </message>
    <message>
        <source>Awin feeds</source>
        <translation>Awin-Feeds</translation>
    </message>
    <message>
        <source>Changed feeds: download, import, match, value</source>
        <translation>Geänderte Feeds: herunterladen, importieren, zuordnen, bewerten</translation>
    </message>
    <message>
        <source>Working on the Awin feeds…</source>
        <translation>Die Awin-Feeds werden bearbeitet…</translation>
    </message>
    <message numerus="yes">
        <source>Awin: %n feeds, %1 rows imported, %2 offers valued.</source>
        <translation>
            <numerusform>Awin: %n Feed, %1 Zeilen importiert, %2 Angebote bewertet.</numerusform>
            <numerusform>Awin: %n Feeds, %1 Zeilen importiert, %2 Angebote bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Awin feeds failed; the log and the Awin page say why. The offers stored before are unchanged.</source>
        <translation>Einige Awin-Feeds sind fehlgeschlagen; das Protokoll und die Awin-Seite sagen warum. Die bisher gespeicherten Angebote sind unverändert.</translation>
    </message>
</context>
<context>
    <name>sf::SyncRejectionModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Why it was not stored</source>
        <translation>Warum er nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>Zuletzt versucht</translation>
    </message>
</context>
<context>
    <name>sf::SyncRejectionsDialog</name>
    <message>
        <source>Records StockX sent that were not stored</source>
        <translation>Datensätze von StockX, die nicht gespeichert wurden</translation>
    </message>
    <message>
        <source>Select a record to see what StockX sent.</source>
        <translation>Wählen Sie einen Datensatz, um zu sehen, was StockX gesendet hat.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Every record StockX sent was stored.</source>
        <translation>Jeder Datensatz von StockX wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n records StockX sent could not be stored. Each sync of their kind tries them again; once one is stored it leaves this list.</source>
        <translation>
            <numerusform>%n Datensatz von StockX konnte nicht gespeichert werden. Jeder Abgleich seiner Art versucht es erneut; sobald er gespeichert ist, verschwindet er aus dieser Liste.</numerusform>
            <numerusform>%n Datensätze von StockX konnten nicht gespeichert werden. Jeder Abgleich ihrer Art versucht sie erneut; sobald einer gespeichert ist, verschwindet er aus dieser Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sf::TeamStatusLabel</name>
    <message>
        <source>○ Team: connecting…</source>
        <translation>○ Team: verbinde…</translation>
    </message>
    <message>
        <source>Listening for other operators&apos; changes…</source>
        <translation>Warte auf Änderungen anderer Operatoren…</translation>
    </message>
    <message>
        <source>● Team: live</source>
        <translation>● Team: live</translation>
    </message>
    <message>
        <source>● Team: offline</source>
        <translation>● Team: offline</translation>
    </message>
    <message>
        <source>last change by %1 at %2</source>
        <translation>letzte Änderung von %1 um %2</translation>
    </message>
    <message>
        <source>Other operators&apos; changes appear here as they are saved.</source>
        <translation>Änderungen anderer Operatoren erscheinen hier, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <source>Other operators&apos; changes do not arrive (%1). The app keeps trying; every page reloads when the server answers again.</source>
        <translation>Änderungen anderer Operatoren kommen nicht an (%1). Die App versucht es weiter; jede Seite lädt neu, sobald der Server wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>sf::WelcomePanel</name>
    <message>
        <source>Welcome to SoleFlipper</source>
        <translation>Willkommen bei SoleFlipper</translation>
    </message>
    <message>
        <source>Your database is empty. Bring in your business one of these ways; the dashboard fills as soon as there are pairs or sales.</source>
        <translation>Ihre Datenbank ist leer. Holen Sie Ihr Geschäft auf einem dieser Wege herein; das Dashboard füllt sich, sobald es Paare oder Verkäufe gibt.</translation>
    </message>
    <message>
        <source>Connect StockX</source>
        <translation>StockX verbinden</translation>
    </message>
    <message>
        <source>Sign in to your StockX seller account and sync your orders, listings and market prices. The secret stays in your system keychain.</source>
        <translation>Melden Sie sich bei Ihrem StockX-Verkäuferkonto an und gleichen Sie Bestellungen, Angebote und Marktpreise ab. Das Geheimnis bleibt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Connect StockX…</source>
        <translation>StockX verbinden…</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <source>A StockX sales report, an eBay or Alias export, or your own spreadsheet of purchases: the import wizard maps the columns and shows every row before it stores anything.</source>
        <translation>Ein StockX-Verkaufsbericht, ein eBay- oder Alias-Export oder Ihre eigene Einkaufstabelle: der Import-Assistent ordnet die Spalten zu und zeigt jede Zeile, bevor er etwas speichert.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Eine Datei importieren…</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <source>A year of a made-up reseller&apos;s business in a separate demo database, so nothing mixes with your own data. SoleFlipper opens it in a new window.</source>
        <translation>Ein Jahr Geschäft eines erfundenen Wiederverkäufers in einer eigenen Demo-Datenbank, damit sich nichts mit Ihren Daten mischt. SoleFlipper öffnet sie in einem neuen Fenster.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
</context>
</TS>
