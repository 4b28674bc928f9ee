"""Survey and payment exports as real systems write them: the score is the 0-10 recommend answer (never a
column of category words or another question), answers on another scale are left out and named, older and
grouped layouts are recognised, and payments in several currencies are never added up."""

from datetime import date

import pytest

from core.importing.pipeline import import_file, open_source
from core.metrics.nps import nps_from_counts
from core.text import InputError


def _nps(result) -> float:
    counts = [0] * 11
    for a in result.surveys:
        counts[a.score] += 1
    return nps_from_counts(counts).score


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_numeric_question_is_the_score_not_the_category_words(tmp_path):
    # Categories first: a header-only guess took them, and imported none of the answers.
    rows = "".join(f"2025-01-{d:02d},{cat},{score},p{d}@x.nl\n" for d, (cat, score) in enumerate(
        [("Promoter", 9), ("Detractor", 3), ("Passive", 7), ("Promoter", 10), ("Detractor", 0)], start=1))
    f = _write(tmp_path, "form.csv", "Submitted at,NPS category,How likely are you to recommend us to a friend?,"
                                     "Email\n" + rows)
    result = import_file(f)
    assert result.kind == "survey" and result.mapping[2] == "nps_score" and 1 not in result.mapping
    assert [a.score for a in result.surveys] == [9, 3, 7, 10, 0]
    assert _nps(result) == 0.0  # 2 promoters, 2 detractors of 5
    assert result.surveys[0] .date == date(2025, 1, 1) and result.surveys[0].customer_id == "p1@x.nl"


def test_a_question_that_only_mentions_recommendations_is_not_the_score(tmp_path):
    f = _write(tmp_path, "form.csv", "Timestamp,Which of our recommendations did you try?,Total score,"
                                     "How likely is it that you would tell a friend about us (0-10)?,Email\n"
                                     "2025-02-01,The dark roast,7 / 10,8,a@x.nl\n2025-02-02,None,4 / 10,10,b@x.nl\n")
    result = import_file(f)  # a Google Forms quiz: its "Total score" is points, not the recommend question
    assert result.mapping[3] == "nps_score" and 1 not in result.mapping and 2 not in result.mapping
    assert [a.score for a in result.surveys] == [8, 10]


def test_several_numeric_questions_the_recommend_one_wins_and_the_summary_names_them(tmp_path):
    f = _write(tmp_path, "form.csv", "Timestamp,Rating,How likely are you to recommend us?,Email\n"
                                     "2025-02-01,4,9,a@x.nl\n2025-02-02,2,6,b@x.nl\n2025-02-03,5,10,c@x.nl\n")
    source = open_source(f)
    assert source.mapping[2] == "nps_score" and 1 not in source.mapping
    result = import_file(f)
    assert [a.score for a in result.surveys] == [9, 6, 10]
    text = "\n".join(result.summary_lines())
    assert "Several columns could be" in text and "C (How likely are you to recommend us?) is used" in text
    assert "B (Rating)" in text


def test_a_survey_without_a_zero_to_ten_question_says_so(tmp_path):
    f = _write(tmp_path, "form.csv", "Timestamp,NPS category,Email\n2025-02-01,Promoter,a@x.nl\n"
                                     "2025-02-02,Detractor,b@x.nl\n")
    with pytest.raises(InputError) as info:
        import_file(f)
    text = info.value.problem.render()
    assert "no column has 0-10 answers" in text and "categories such as “Promoter”" in text and "form.csv" in text


def test_satisfaction_ratings_by_survey_type_are_left_out_counted_and_named(tmp_path):
    # A feedback export: NPS answers (0-10) and CSAT ratings (1-3) in one "Rating" column.
    lines = ["Submission date,Survey type,Rating,Contact email"]
    nps = [10, 9, 9, 8, 7, 3, 10, 6, 9, 10]
    for i, score in enumerate(nps):
        lines.append(f"2025-03-{i + 1:02d},NPS,{score},n{i}@x.nl")
    for i in range(7):
        lines.append(f"2025-03-{i + 1:02d},CSAT,{1 + i % 3},c{i}@x.nl")
    result = import_file(_write(tmp_path, "feedback.csv", "\n".join(lines) + "\n"))
    assert (result.rows_read, result.accepted, result.skipped) == (17, 10, 7)
    assert _nps(result) == pytest.approx((6 - 2) / 10 * 100)
    assert any("7 answers to another kind of question were left out: CSAT (7)" in line
               for line in result.summary_lines())


def test_rows_marked_by_a_csat_column_are_left_out(tmp_path):
    lines = ["Submission date,Rating,CSAT,Contact email"]
    for i, (score, csat) in enumerate([(9, ""), (2, "Satisfied"), (6, ""), (1, "Unsatisfied"), (10, ""),
                                       (10, "")]):
        lines.append(f"2025-03-{i + 1:02d},{score},{csat},p{i}@x.nl")
    result = import_file(_write(tmp_path, "feedback.csv", "\n".join(lines) + "\n"))
    assert [a.score for a in result.surveys] == [9, 6, 10, 10]
    assert (result.accepted, result.skipped) == (4, 2)
    assert _nps(result) == pytest.approx(50.0)


def test_a_csat_question_on_every_row_is_a_second_question_not_a_marker(tmp_path):
    lines = ["Timestamp,How likely are you to recommend us?,CSAT,Email"]
    for i, score in enumerate([9, 6, 10]):
        lines.append(f"2025-03-{i + 1:02d},{score},{1 + i},p{i}@x.nl")
    result = import_file(_write(tmp_path, "form.csv", "\n".join(lines) + "\n"))
    assert [a.score for a in result.surveys] == [9, 6, 10] and result.skipped == 0


def test_surveymonkeys_older_respondent_id_layout(tmp_path):
    f = _write(tmp_path, "sm.csv",
               '"RespondentID","CollectorID","StartDate","EndDate","IP Address","Email Address","First Name",'
               '"LastName","Custom Data","How likely is it that you would recommend us to a friend or colleague?"\n'
               '"","","","","","","","","","Response"\n'
               '"10001","501","01/13/2015 10:00:00","01/13/2015 10:04:00","1.2.3.4","a@x.nl","Anna","Smit","",'
               '"10 - Extremely likely"\n'
               '"10002","501","01/14/2015 09:00:00","01/14/2015 09:03:00","1.2.3.5","b@x.nl","Bram","Bos","","6"\n')
    result = import_file(f)
    assert (result.kind, result.layout) == ("survey", "SurveyMonkey (older export)")
    assert [(a.date, a.score, a.customer_id) for a in result.surveys] == [
        (date(2015, 1, 13), 10, "a@x.nl"), (date(2015, 1, 14), 6, "b@x.nl")]
    assert result.summary_lines()[0].startswith("SurveyMonkey (older export) export, read as survey answers")


def test_typeform_with_a_row_of_question_groups_above_the_header(tmp_path):
    f = _write(tmp_path, "typeform.csv",
               ",About you,,Your experience,,,\n"
               "#,What is your email address?,Your name,How likely are you to recommend us to a friend?,"
               "Start Date (UTC),Submit Date (UTC),Network ID\n"
               "abc1,a@x.nl,Anna,9,2025-02-01 10:00:00,2025-02-01 10:02:00,n1\n"
               "abc2,b@x.nl,Bram,4,2025-02-02 10:00:00,2025-02-02 10:02:00,n2\n")
    result = import_file(f)
    assert (result.kind, result.layout) == ("survey", "Typeform")
    assert [(a.date, a.score, a.customer_id) for a in result.surveys] == [
        (date(2025, 2, 1), 9, "a@x.nl"), (date(2025, 2, 2), 4, "b@x.nl")]


STRIPE = ("id,Description,Seller Message,Created date (UTC),Amount,Amount Refunded,Currency,Converted Amount,"
          "Converted Amount Refunded,Fee,Tax,Converted Currency,Status,Customer ID,Customer Email\n"
          "ch_1,,Payment complete.,2025-03-01 10:00:00,100.00,25.00,eur,100.00,25.00,1.65,0,eur,Paid,cus_A,a@x.nl\n"
          "ch_2,,Payment complete.,2025-03-02 10:00:00,40.00,0.00,usd,36.80,0.00,1.20,0,eur,Paid,cus_B,b@x.nl\n"
          "ch_3,,Payment complete.,2025-03-03 10:00:00,900.00,0.00,mxn,45.00,0.00,1.10,0,eur,Paid,cus_C,c@x.nl\n"
          "ch_4,,Declined,2025-03-04 10:00:00,20.00,0.00,eur,20.00,0.00,0,0,eur,Failed,cus_A,a@x.nl\n")


def test_stripe_converted_amounts_add_up_in_the_accounts_currency(tmp_path):
    result = import_file(_write(tmp_path, "unified_payments.csv", STRIPE))
    assert (result.kind, result.layout, result.currency) == ("orders", "Stripe payments", "EUR")
    assert [(o.customer_id, o.amount) for o in result.orders] == [("cus_A", 75.0), ("cus_B", 36.8), ("cus_C", 45.0)]
    assert sum(o.amount for o in result.orders) == pytest.approx(156.8)
    assert "Amounts are in EUR." in result.summary_lines()


@pytest.mark.parametrize("sep", [",", ";"])
def test_stripe_payments_in_several_currencies_are_never_added(tmp_path, sep):
    text = ("id,Created date (UTC),Amount,Amount Refunded,Currency,Status,Customer Email\n"
            "ch_1,2025-03-01 10:00:00,100.00,25.00,eur,Paid,a@x.nl\n"
            "ch_2,2025-03-02 10:00:00,40.00,0.00,usd,Paid,b@x.nl\n"
            "ch_3,2025-03-03 10:00:00,60.00,0.00,eur,Paid,c@x.nl\n"
            "ch_4,2025-03-04 10:00:00,900.00,0.00,mxn,Paid,c@x.nl\n"
            "ch_5,2025-03-05 10:00:00,80.00,80.00,eur,Refunded,a@x.nl\n").replace(",", sep)
    result = import_file(_write(tmp_path, "payments.csv", text))
    assert [(o.customer_id, o.amount) for o in result.orders] == [("a@x.nl", 75.0), ("c@x.nl", 60.0)]
    assert (result.accepted, result.skipped) == (2, 3)
    assert any("2 payments in another currency than EUR were left out (MXN 1, USD 1)" in line
               for line in result.summary_lines())


def test_the_summary_names_the_system_and_the_kind(tmp_path):
    f = _write(tmp_path, "customers_export.csv",
               "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders\n"
               "1,Anna,Smit,a@x.nl,yes,120.00,3\n2,Bram,Bos,b@x.nl,yes,0.00,0\n")
    lines = import_file(f).summary_lines()
    assert lines[0].startswith("Shopify customers export, read as customer list: 2 rows read")
    assert any("1 of the 2 people" in line and "contacts" in line for line in lines)
    own = _write(tmp_path, "mijn.csv", "Klantnummer;Naam\n1;Anna\n")
    assert import_file(own).summary_lines()[0].startswith("Read as customer list: 1 rows read")


def test_stripe_customers_who_never_paid_are_contacts(tmp_path):
    f = _write(tmp_path, "customers.csv",
               "id,Description,Email,Name,Created (UTC),Total Spend,Payment Count,Refunded Volume,Delinquent\n"
               "cus_A,,a@x.nl,Anna,2024-01-05 10:00,120.00,3,0,false\n"
               "cus_B,,b@x.nl,Bram,2024-02-01 10:00,0.00,0,0,false\n"
               "cus_C,,c@x.nl,Cor,2024-03-01 10:00,0.00,0,0,false\n")
    result = import_file(f)
    lines = result.summary_lines()
    assert lines[0].startswith("Stripe customers export, read as customer list: 3 rows read: 3 imported")
    assert any("2 of the 3 people on this list never bought" in line for line in lines)
    from core.metrics.summary import summarize_dataset
    from core.model import Dataset

    s = summarize_dataset(Dataset(customers=result.customers))
    assert (s.customers, s.contacts) == (1, 2)
