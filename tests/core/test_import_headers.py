"""Column names as owners and shop systems write them, mapped to fields."""

import pytest

from core.importing import columns as cols
from core.importing.columns import core_header


def _guess(line: str) -> tuple[str | None, str, dict[str, str]]:
    headers = line.split(",")
    layout = cols.recognise_layout(headers)
    mapping = cols.guess_mapping(headers, layout)
    kind = cols.infer_kind(mapping, layout)
    mapping = cols.adjust_for_kind(mapping, kind)
    return layout.name if layout else None, kind, {headers[i]: key for i, key in mapping.items()}


@pytest.mark.parametrize(("header", "core"), [
    ("Totaal besteed (€)", "totaal besteed"),
    ("Nieuwsbrief (ja/nee)", "nieuwsbrief"),
    ("Omzet 2024", "omzet"),
    ("[Klantnummer]", "klantnummer"),
    ("Bedrag in EUR", "bedrag in"),
])
def test_core_of_a_column_name(header, core):
    assert core_header(header) == core


CASES = {
    "an owner's own Dutch customer sheet": (
        "Klantnr.,Voornaam,Tussenvoegsel,Achternaam,Emailadres,Lid sinds,Laatste bezoek,Aantal aankopen,"
        "Totaal besteed (€),Hoe bij ons gekomen?,Nieuwsbrief (ja/nee),Omzet 2024", None, "customers",
        {"Klantnr.": "customer_id", "Voornaam": "first_name", "Tussenvoegsel": "name_prefix",
         "Achternaam": "last_name", "Emailadres": "email", "Lid sinds": "since", "Laatste bezoek": "last_purchase",
         "Aantal aankopen": "orders_count", "Totaal besteed (€)": "total_spent", "Hoe bij ons gekomen?": "source",
         "Nieuwsbrief (ja/nee)": "consent"}),
    "a till export": (
        "Transactie ID,Datum/tijd,Klant,Klantnummer,Totaalbedrag,Korting,Betaalmethode", None, "orders",
        {"Transactie ID": "order_id", "Datum/tijd": "order_date", "Klant": "name", "Klantnummer": "customer_id",
         "Totaalbedrag": "amount"}),
    "Dutch WooCommerce customers": (
        "Naam,Gebruikersnaam,Laatst actief,Aanmelden,E-mail,Bestellingen,Totaal besteed,Gemiddelde bestelwaarde,"
        "Land / regio,Stad,Regio,Postcode", "WooCommerce customers (Dutch)", "customers",
        {"Naam": "name", "Gebruikersnaam": "customer_id", "Aanmelden": "since", "E-mail": "email",
         "Bestellingen": "orders_count", "Totaal besteed": "total_spent"}),
    "Square customers": (
        "Reference ID,First Name,Last Name,Email Address,Phone Number,Square Customer ID,Creation Source,"
        "First Visit,Last Visit,Transaction Count,Lifetime Spend,Email Subscription Status", None, "customers",
        {"First Name": "first_name", "Last Name": "last_name", "Email Address": "email", "Phone Number": "phone",
         "Square Customer ID": "customer_id", "First Visit": "first_purchase", "Last Visit": "last_purchase",
         "Transaction Count": "orders_count", "Lifetime Spend": "total_spent", "Email Subscription Status": "consent"}),
    "a loyalty-card list": (
        "Kaartnummer,Naam,Adres,Postcode,Lid sinds,Laatste bezoek,Aantal bezoeken,Punten", None, "customers",
        {"Kaartnummer": "customer_id", "Naam": "name", "Lid sinds": "since", "Laatste bezoek": "last_purchase",
         "Aantal bezoeken": "orders_count"}),
    # A quiz's "Score" holds quiz points, not the recommend question.
    "a Google Forms quiz": (
        "Tijdstempel,Score,Hoe waarschijnlijk is het dat je ons aanbeveelt?,Naam", "Google Forms (Dutch)", "survey",
        {"Tijdstempel": "answered_on", "Hoe waarschijnlijk is het dat je ons aanbeveelt?": "nps_score",
         "Naam": "name"}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_header_lines_map_to_the_right_fields(case):
    line, layout, kind, mapping = CASES[case]
    assert _guess(line) == (layout, kind, mapping)


def test_a_customer_lists_cancellation_date_is_when_they_left():
    _layout, kind, mapping = _guess("Klantnummer,Naam,Klant sinds,Geannuleerd op")
    assert kind == "customers" and mapping["Geannuleerd op"] == "left_on"


def test_a_sales_log_naming_customers_again_is_an_order_list(tmp_path):
    from datetime import date

    from core.importing.pipeline import import_file

    log = tmp_path / "verkoop.csv"
    log.write_text("Datum;Klant;Omzet\n01-03-2024;Anna;12,50\n05-03-2024;Bram;7,00\n09-04-2024;Anna;20,00\n",
                   encoding="utf-8")
    result = import_file(log)
    assert result.kind == "orders" and set(result.mapping.values()) == {"order_date", "name", "amount"}
    assert [(o.customer_id, o.date, o.amount) for o in result.orders] == [
        ("Anna", date(2024, 3, 1), 12.5), ("Bram", date(2024, 3, 5), 7.0), ("Anna", date(2024, 4, 9), 20.0)]
    # Each customer once, with one date: a customer list, and its date is when they came.
    listing = tmp_path / "klanten.csv"
    listing.write_text("Datum;Klant;Omzet\n01-03-2024;Anna;12,50\n05-03-2024;Bram;7,00\n", encoding="utf-8")
    result = import_file(listing)
    assert result.kind == "customers"
    assert [(c.id, c.since, c.total_spent) for c in result.customers] == [
        ("Anna", date(2024, 3, 1), 12.5), ("Bram", date(2024, 3, 5), 7.0)]


def test_a_payment_list_with_a_bare_id_is_an_order_list():
    # Mollie: "ID" numbers the payments, "Aangemaakt op" is when each was made.
    _layout, kind, mapping = _guess("ID,Aangemaakt op,Bedrag,Valuta,Status,Omschrijving,Naam klant,E-mailadres klant")
    assert kind == "orders"
    assert mapping == {"ID": "order_id", "Aangemaakt op": "order_date", "Bedrag": "amount", "Status": "status",
                       "Naam klant": "name", "E-mailadres klant": "email", "Valuta": "currency"}
    # Without amounts, "ID" numbers the customers.
    _layout, kind, mapping = _guess("ID,Naam,Klant sinds")
    assert kind == "customers" and mapping["ID"] == "customer_id"


def test_a_name_twice_in_a_long_customer_list_keeps_it_a_customer_list(tmp_path):
    from core.importing.pipeline import import_file

    rows = "".join(f"01-02-2024;Klant {i}\n" for i in range(60)) + "03-02-2024;Klant 7\n"
    listing = tmp_path / "klanten.csv"
    listing.write_text("Datum;Klant\n" + rows, encoding="utf-8")
    assert import_file(listing).kind == "customers"
