"""One customer across files: a customer list with numbers, orders that name the customer by e-mail or name."""

from datetime import date

from core.importing.linking import link
from core.importing.pipeline import dataset_from_results, import_file
from core.model import Customer
from core.store import Workspace

LIST = ("Klantnummer;Naam;E-mail;Klant sinds\n"
        "K001;Anna de Vries;Anna@X.nl;01-01-2023\n"
        "K002;Bram Smit;;01-02-2023\n"
        "K003;Jan Jansen;;01-03-2023\n"
        "K004;Jan Jansen;;01-04-2023\n")
ORDERS_BY_EMAIL = ("Ordernummer;E-mail;Orderdatum;Bedrag\n"
                   "1;anna@x.nl;05-03-2024;10,00\n2;anna@x.nl;06-04-2024;12,00\n3;nieuw@x.nl;07-04-2024;5,00\n")
ORDERS_BY_NAME = ("Ordernummer;Klant;Orderdatum;Bedrag\n"
                  "1;Bram  smit;05-03-2024;10,00\n2;Jan Jansen;06-04-2024;12,00\n")


def _file(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_orders_by_email_belong_to_the_numbered_customer(tmp_path):
    data = dataset_from_results([import_file(_file(tmp_path, "orders.csv", ORDERS_BY_EMAIL)),
                                 import_file(_file(tmp_path, "klanten.csv", LIST))])
    assert sorted(c.id for c in data.customers) == ["K001", "K002", "K003", "K004", "nieuw@x.nl"]
    assert [(o.order_id, o.customer_id) for o in data.orders] == [("1", "K001"), ("2", "K001"), ("3", "nieuw@x.nl")]
    anna = next(c for c in data.customers if c.id == "K001")
    assert (anna.name, anna.since) == ("Anna de Vries", date(2023, 1, 1))


def test_orders_by_name_link_only_where_the_name_is_unique(tmp_path):
    data = dataset_from_results([import_file(_file(tmp_path, "klanten.csv", LIST)),
                                 import_file(_file(tmp_path, "orders.csv", ORDERS_BY_NAME))])
    # "Bram  smit" is Bram Smit (case and spaces aside); "Jan Jansen" is two customers, so it stays apart.
    assert [(o.order_id, o.customer_id) for o in data.orders] == [("1", "K002"), ("2", "Jan Jansen")]
    assert len(data.customers) == 5


def test_two_customer_numbers_are_never_linked():
    known = [Customer("K1", name="Anna", email="gezin@x.nl")]
    incoming = [Customer("K2", name="Piet", email="gezin@x.nl")]
    assert len(link(known, incoming)) == 0


def test_workspace_gives_the_number_to_a_customer_known_by_email(tmp_path, shop_place):
    shop = shop_place  # a file and a server alike
    orders = _file(tmp_path, "orders.csv", ORDERS_BY_EMAIL)
    with Workspace.create(shop, "Winkel") as ws:
        ws.apply_import(import_file(orders))
        report = ws.apply_import(import_file(_file(tmp_path, "klanten.csv", LIST)))
        assert report.customers_linked == 1
        assert "email" not in report.updated_fields  # Anna@X.nl and anna@x.nl are one address
        assert any("recognised by e-mail or name" in line for line in report.lines())
        data = ws.dataset()
        assert [(o.order_id, o.customer_id) for o in data.orders] == [("1", "K001"), ("2", "K001"),
                                                                      ("3", "nieuw@x.nl")]
        assert sorted(c.id for c in data.customers) == ["K001", "K002", "K003", "K004", "nieuw@x.nl"]
        # The same orders again: recognised, nothing doubled.
        again = ws.apply_import(import_file(orders))
        assert (again.orders_added, again.orders_already_there, again.customers_added) == (0, 3, 0)
        assert ws.counts() == {"customers": 5, "orders": 3, "surveys": 0}


def test_a_name_links_when_one_side_has_no_email_but_never_across_two_emails():
    known = [Customer("Anna de Vries", name="Anna de Vries"), Customer("Piet Bos", name="Piet Bos", email="p@x.nl")]
    incoming = [Customer("anna@x.nl", name="Anna de Vries", email="anna@x.nl"),
                Customer("piet@y.nl", name="Piet Bos", email="piet@y.nl")]
    links = link(known, incoming)
    assert links.incoming == {"anna@x.nl": "Anna de Vries"} and links.known == {}


def test_survey_answers_by_email_belong_to_the_numbered_customer(tmp_path, shop_place):
    survey = _file(tmp_path, "enquete.csv", "Tijdstempel,E-mailadres,Hoe waarschijnlijk is het dat je ons aanbeveelt?\n"
                                            "5-3-2024 10:12:33,anna@x.nl,9\n6-3-2024 11:00:00,onbekend@x.nl,6\n")
    data = dataset_from_results([import_file(_file(tmp_path, "klanten.csv", LIST)), import_file(survey)])
    assert [(a.customer_id, a.score) for a in data.surveys] == [("K001", 9), ("onbekend@x.nl", 6)]
    assert len(data.customers) == 4  # a respondent is not made a customer
    with Workspace.create(shop_place, "Winkel") as ws:
        ws.apply_import(import_file(_file(tmp_path, "klanten.csv", LIST)))
        assert ws.apply_import(import_file(survey)).customers_linked == 1
        assert [(a.customer_id, a.score) for a in ws.dataset().surveys] == [("K001", 9), ("onbekend@x.nl", 6)]
