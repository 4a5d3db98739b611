#!/usr/bin/env python3
"""Writes the StockX sales report fixtures (invented data, no personal data). Run from this folder."""
import csv
import io

H = ["Seller Name", "Seller Address (Billing)", "Seller VAT Number", "Sold To Name", "Sold To address",
     "Sold to VAT Number", "Fiscal Representative Name", "Fiscal Representative Address",
     "StockX Destination Address", "Payout date", "Invoice Date", "Invoice Number", "Item", "Sku Name", "Sku Size",
     "Style", "Order Number", "Sale Date", "Seller Tracking Number", "Buyer Destination Country",
     "Buyer Destination City", "Buyer Tracking Number", "Quantity", "Ship From Address", "Ship To Address",
     "Seller Fee", "Seller Fee Currency", "Payment Processing", "Payment Processing Currency", "Shipping Fee",
     "Shipping Fee Currency", "VAT Rate", "Total Net Amount (Payout Excluding VAT)",
     "Total Net Amount (Payout Excluding VAT) Currency", "Listing Price", "Listing Price Currency",
     "Total Gross Amount (Total Payout)", "Total Gross Amount (Total Payout) Currency", "Total VAT Amount",
     "Total VAT Amount Currency", "Payout ID", "Special references", "Provider Transaction ID",
     "Total Invoice Amount"]
assert len(H) == 44
LEGAL = ("Intra-Community supply of goods, exempt under Art. 138 Directive 2006/112/EC.\n"
         "Invoice issued by the customer (self-billing).")
FIELDS = ["item", "sku_name", "size", "style", "order", "sale", "country", "city", "seller_fee", "seller_fee_cur",
          "processing", "processing_cur", "shipping", "shipping_cur", "listing", "payout", "payout_date", "invoice"]
SALES = [
    ("Nike Dunk Low Retro White Black Panda", "Nike Dunk Low Retro White Black", "10", "DD1391-100",
     "70010001-70010001", "2024-03-01 14:05:09 +00", "DE", "Berlin", "8.10", "EUR", "3.60", "EUR", "5", "EUR",
     "120", "103.30", "2024-03-06 09:00:00 +00", "212.45"),
    ("Nike Dunk Low Retro White Black Panda", "Nike Dunk Low Retro White Black", "9.5", "DD1391-100",
     "70010002-70010002", "2024-03-02 10:00:00 +00", "FR", "Paris", "7.56", "EUR", "3.30", "EUR", "-0.05", "EUR",
     "110", "99.19", "2024-03-06 09:00:00 +00", "212.45"),
    ("Jordan 1 Retro High OG Chicago Lost and Found", "Air Jordan 1 Retro High OG\n\"Lost & Found\"", "8.5W",
     "DZ5485-612", "70010003-70010003", "2024-04-11 18:30:00 +00", "IT", "Milano", "14.35", "EUR", "5.67", "EUR",
     "5", "EUR", "189", "163.98", "2024-04-15 08:00:00 +00", "163.98"),
    ("adidas Yeezy Boost 350 V2 Onyx", "adidas Yeezy Boost 350 V2 Onyx", "3C", "HQ4540", "70010004-70010004",
     "2024-05-20 07:15:42 +00", "NL", "Amsterdam", "", "N/A", "1.35", "EUR", "", "", "45", "38.65", "", "0"),
    ("Supreme Box Logo Hooded Sweatshirt Black", "Supreme Box Logo Hooded Sweatshirt", "M", "N/A",
     "70010005-70010005", "2024-06-01 12:00:00 +00", "AT", "N/A", "19.60", "EUR", "8.40", "EUR", "0", "EUR", "280",
     "252.00", "2024-06-05 10:00:00 +00", "252.00"),
    ("Pop Mart Labubu The Monsters Exciting Macaron", "Labubu Exciting Macaron", "N/A", "N/A", "70010006-70010006",
     "2024-07-04 16:45:00 +00", "BE", "Brussels", "5", "EUR", "0.71", "EUR", "-0.07", "EUR", "23.50", "17.86",
     "2024-07-08 10:00:00 +00", "17.86"),
    ("New Balance 550 White Green", "New Balance 550 White Green", "11", "BB550WT1", "70010007-70010007",
     "2024-08-15 09:09:09 +00", "ES", "Madrid", "", "N/A", "2.85", "EUR", "5", "EUR", "95", "78.30",
     "2024-08-19 10:00:00 +00", "301.12"),
    ("Nike Dunk Low Retro White Black Panda", "Nike Dunk Low Retro White Black", "10", "DD1391-100",
     "70010008-70010008", "2024-09-01 11:11:11 +00", "DE", "Hamburg", "7.00", "EUR", "3.15", "EUR", "5", "EUR",
     "105", "89.85", "", "89.85"),
]


def row(sale):
    s = dict(zip(FIELDS, sale))
    d = {h: "" for h in H}
    d.update({
        "Seller Name": "Example Reseller", "Seller Address (Billing)": 'Musterweg 1, 10115 Berlin, "Hinterhaus"',
        "Sold To Name": "StockX B.V.", "Sold To address": "Example street 1, Amsterdam",
        "Fiscal Representative Name": "N/A", "StockX Destination Address": "Example hub 5, Eindhoven",
        "Payout date": s["payout_date"], "Invoice Date": s["sale"], "Invoice Number": s["order"].replace("7001", "9001"),
        "Item": s["item"], "Sku Name": s["sku_name"], "Sku Size": s["size"], "Style": s["style"],
        "Order Number": s["order"], "Sale Date": s["sale"], "Seller Tracking Number": "1Z999AA10123456784",
        "Buyer Destination Country": s["country"], "Buyer Destination City": s["city"],
        "Buyer Tracking Number": "N/A", "Quantity": "1", "Ship From Address": "Musterweg 1, Berlin",
        "Ship To Address": "Example hub 5, Eindhoven", "Seller Fee": s["seller_fee"],
        "Seller Fee Currency": s["seller_fee_cur"], "Payment Processing": s["processing"],
        "Payment Processing Currency": s["processing_cur"], "Shipping Fee": s["shipping"],
        "Shipping Fee Currency": s["shipping_cur"], "Total Net Amount (Payout Excluding VAT)": s["payout"],
        "Total Net Amount (Payout Excluding VAT) Currency": "EUR", "Listing Price": s["listing"],
        "Listing Price Currency": "EUR", "Total Gross Amount (Total Payout)": s["payout"],
        "Total Gross Amount (Total Payout) Currency": "EUR",
        "Payout ID": "4410" + s["order"][-4:] if s["payout_date"] else "0", "Special references": LEGAL,
        "Provider Transaction ID": "3f0c9a52-6d1e-4c1b-9a0e-%012d" % int(s["order"][-4:] or 0),
        "Total Invoice Amount": s["invoice"]})
    return [d[h] for h in H]


def write(name, sales, tail=""):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(H)
    for sale in sales:
        writer.writerow(row(sale))
    with open(name, "w", newline="") as f:
        f.write(out.getvalue() + tail)


def changed(base, **values):
    s = dict(zip(FIELDS, base))
    s.update(values)
    return tuple(s[f] for f in FIELDS)


write("stockx_sales.csv", SALES)
# A later export overlapping the first: order 4 has been paid out since, order 9 is new.
write("stockx_sales_newer.csv", SALES[4:8] + [
    changed(SALES[3], payout_date="2024-05-27 08:00:00 +00"),
    changed(SALES[7], order="70010009-70010009", sale="2024-10-02 10:00:00 +00")])
broken = [
    changed(SALES[0], order="71000001-71000001"),
    changed(SALES[0], order=""),
    changed(SALES[0], order="71000003-71000003", sale="31.02.2024 99:00"),
    changed(SALES[0], order="71000004-71000004", listing="12O"),
    changed(SALES[0], order="71000005-71000005", size="Size 44 Tall"),
    changed(SALES[0], order="71000006-71000006", seller_fee_cur="USD"),
    changed(SALES[0], order="71000007-71000007", listing="130", payout="113.30"),
]
write("stockx_sales_broken.csv", broken, 'x,"never closed,71000009-71000009\n')
