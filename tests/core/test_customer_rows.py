"""The customer list's rows: each customer's fields from the list, the orders and the answers, whichever order the
list names them in, and for customers the list does not name."""

from datetime import date

from core.metrics.customers import customer_rows
from core.metrics.summary import summarize_dataset
from core.model import Customer, Dataset, Order, SurveyResponse

ORDERS = [Order("K1", date(2024, 1, 5), 20.0), Order("K2", date(2024, 2, 1), 35.5),
          Order("K1", date(2024, 3, 9), 7.25), Order("K3", date(2024, 3, 20), -4.0)]


def _rows(customers: list[Customer], orders=ORDERS, surveys=()) -> dict[str, tuple]:
    data = Dataset(customers=customers, orders=orders, surveys=list(surveys))
    rows = customer_rows(data, summarize_dataset(data, predict_now=False))
    return {r.id: (r.name, r.email, r.phone, r.consent, r.branch, r.since, r.last_purchase, r.orders, r.revenue,
                   r.status, r.score, r.source) for r in rows}


def test_rows_take_the_list_the_orders_and_the_latest_answer():
    listed = [Customer("K2", name="Bo", email="bo@x.nl", phone="06", consent=True, branch="Delft", nps_score=6,
                       source="via Jan"),
              Customer("K9", name="Cas", since=date(2024, 1, 2))]
    answers = [SurveyResponse(date(2024, 2, 2), 9, "K2"), SurveyResponse(date(2024, 1, 2), 3, "K2"),
               SurveyResponse(None, 10, "K1")]
    rows = _rows(listed, surveys=answers)
    assert list(rows) == ["K2", "K9", "K1", "K3"]  # the list first, then whom the orders bring
    assert rows["K2"] == ("Bo", "bo@x.nl", "06", True, "Delft", date(2024, 2, 1), date(2024, 2, 1), 1, 35.5,
                          "active", 9, "via Jan")
    assert rows["K9"] == ("Cas", "", "", None, "", date(2024, 1, 2), None, 0, None, "active", None, "")
    assert rows["K1"] == ("", "", "", None, "", date(2024, 1, 5), date(2024, 3, 9), 2, 27.25, "active", 10, "")
    assert rows["K3"][5:9] == (None, None, 0, -4.0)  # a refund only: never bought, its revenue known


def test_the_same_customers_listed_in_the_orders_order_or_another_give_the_same_rows():
    in_order = [Customer("K1", name="An"), Customer("K2", name="Bo"), Customer("K3", name="Cor")]
    assert _rows(in_order) == _rows(in_order[::-1]) == _rows(in_order[:2] + [Customer("K3", name="Cor")])
    assert _rows(in_order)["K3"][0] == "Cor" and _rows(in_order[:1])["K2"][0] == ""


def test_a_list_without_orders_shows_its_own_counts_and_unknowns():
    listed = [Customer("K1", orders_count=4, total_spent=120.0, last_purchase=date(2024, 5, 1)),
              Customer("K2", since=date(2023, 1, 1))]
    rows = _rows(listed, orders=[])
    assert rows["K1"][6:9] == (date(2024, 5, 1), 4, 120.0) and rows["K2"][7:9] == (None, None)
