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


def test_owners_own_dutch_customer_sheet():
    layout, kind, mapping = _guess(
        "Klantnr.,Voornaam,Tussenvoegsel,Achternaam,Emailadres,Lid sinds,Laatste bezoek,Aantal aankopen,"
        "Totaal besteed (€),Hoe bij ons gekomen?,Nieuwsbrief (ja/nee),Omzet 2024")
    assert (layout, kind) == (None, "customers")
    assert mapping == {
        "Klantnr.": "customer_id", "Voornaam": "first_name", "Tussenvoegsel": "name_prefix", "Achternaam": "last_name",
        "Emailadres": "email", "Lid sinds": "since", "Laatste bezoek": "last_purchase",
        "Aantal aankopen": "orders_count", "Totaal besteed (€)": "total_spent", "Hoe bij ons gekomen?": "source",
        "Nieuwsbrief (ja/nee)": "consent"}


def test_till_export_is_an_order_list():
    layout, kind, mapping = _guess("Transactie ID,Datum/tijd,Klant,Klantnummer,Totaalbedrag,Korting,Betaalmethode")
    assert kind == "orders"
    assert mapping == {"Transactie ID": "order_id", "Datum/tijd": "order_date", "Klant": "name",
                       "Klantnummer": "customer_id", "Totaalbedrag": "amount"}


def test_dutch_woocommerce_customers():
    layout, kind, mapping = _guess("Naam,Gebruikersnaam,Laatst actief,Aanmelden,E-mail,Bestellingen,Totaal besteed,"
                                   "Gemiddelde bestelwaarde,Land / regio,Stad,Regio,Postcode")
    assert (layout, kind) == ("WooCommerce klanten", "customers")
    assert mapping == {"Naam": "name", "Gebruikersnaam": "customer_id", "Aanmelden": "since", "E-mail": "email",
                       "Bestellingen": "orders_count", "Totaal besteed": "total_spent"}


def test_a_customer_lists_cancellation_date_is_when_they_left():
    _layout, kind, mapping = _guess("Klantnummer,Naam,Klant sinds,Geannuleerd op")
    assert kind == "customers" and mapping["Geannuleerd op"] == "left_on"
