"""Exports of real systems read right: Stripe's current payments export, and who counts as a customer."""

from datetime import date, timedelta

import pytest

from core.importing.pipeline import import_file
from core.metrics.summary import summarize_dataset
from core.model import Dataset


def test_stripe_current_payments_export_refunds_and_statuses(tmp_path):
    f = tmp_path / "unified_payments.csv"
    f.write_text("id,Description,Created date (UTC),Amount,Amount Refunded,Currency,Status,Customer Email\n"
                 "ch_1,,2025-03-01 10:00:00,100.00,25.00,eur,Paid,a@x.nl\n"
                 "ch_2,,2025-03-05 10:00:00,50.00,0.00,eur,Paid,b@x.nl\n"
                 "ch_3,,2025-03-06 10:00:00,70.00,70.00,eur,Refunded,b@x.nl\n"
                 "ch_4,,2025-03-07 10:00:00,30.00,0.00,eur,Failed,a@x.nl\n", encoding="utf-8")
    result = import_file(f)
    assert result.kind == "orders"
    assert [(o.customer_id, o.date, o.amount) for o in result.orders] == [
        ("a@x.nl", date(2025, 3, 1), 75.0), ("b@x.nl", date(2025, 3, 5), 50.0)]
    assert (result.accepted, result.skipped) == (2, 2)


def test_people_who_never_bought_are_contacts_not_customers(tmp_path):
    f = tmp_path / "customers_export.csv"
    f.write_text("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders,Created At\n"
                 "1,Anna,Smit,a@x.nl,yes,120.00,3,2024-01-05\n"
                 "2,Bram,Bos,b@x.nl,yes,0.00,0,2024-02-01\n"
                 "3,Cor,Dam,c@x.nl,no,0.00,0,2024-03-01\n"
                 "4,Dirk,Eik,d@x.nl,yes,45.50,1,2024-04-01\n", encoding="utf-8")
    result = import_file(f)
    assert any("2 of the 4 people" in line and "contacts" in line for line in result.summary_lines())
    s = summarize_dataset(Dataset(customers=result.customers))
    assert (s.customers, s.contacts) == (2, 2)
    assert s.frame.active_on(date(2024, 12, 31).toordinal()).sum() == 2  # only the two who bought


@pytest.mark.parametrize("count", [None, 2])
def test_a_list_without_a_zero_count_keeps_everyone_a_customer(tmp_path, count):
    from core.model import Customer

    people = [Customer(str(i), since=date(2024, 1, 1), orders_count=count) for i in range(3)]
    s = summarize_dataset(Dataset(customers=people))
    assert (s.customers, s.contacts) == (3, 0)


def test_a_missing_field_is_named_in_the_owners_language(tmp_path):
    from core.text import InputError

    f = tmp_path / "orders.csv"
    f.write_text("Klantnummer;Bedrag\n1;10\n", encoding="utf-8")
    result = import_file(f)  # read as a customer list: nothing is missing
    assert result.kind == "customers"
    from core.importing.pipeline import import_source, open_source

    source = open_source(f)
    with pytest.raises(InputError) as info:
        import_source(source, {0: "customer_id", 1: "amount"}, "orders")
    nl = {"core": {"Order date": "Besteldatum"}}
    text = info.value.problem.render(lambda ctx, s: nl.get(ctx, {}).get(s, s))
    assert "'Besteldatum'" in text and "Order date" not in text


def test_a_list_with_only_customer_since_says_what_would_make_retention_known():
    from core.model import Customer

    people = [Customer(str(i), since=date(2022, 1, 1) + timedelta(days=40 * i))
              for i in range(30)]
    s = summarize_dataset(Dataset(customers=people))
    assert s.crr.percent is None and "'last purchase' or 'left on'" in s.crr.problem.render()
    assert s.churn_six is None and "'last purchase' or 'left on'" in s.churn_reason.render()
    assert s.repeat.percent is None and s.churn_monthly == []
    # One "left on" date makes losses known for the whole list (the others have not left).
    people[0].left_on = date(2023, 6, 1)
    assert summarize_dataset(Dataset(customers=people)).crr.percent is not None
