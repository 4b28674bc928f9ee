"""The counts behind the figures in words: each count chooses its own plural form (the window, the command line and
the report all say them through ``core.metrics.said``)."""

from core.metrics.referral import ReferralResult
from core.metrics.retention import CrrResult, RepeatResult
from core.metrics.said import crr_counts, referral_counts, repeat_counts
from core.text import identity


def _marking(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A translator that shows which count chose the form."""
    return f"[{n}] {text}"


def test_each_count_chooses_its_own_form():
    c = CrrResult(start=12, end=9, new=3, percent=50.0, retained=6, new_lost=1, brand_new=2, won_back=1)
    assert crr_counts(c, _marking) == ["[6] 6 of the 12 stayed all period", "[3] 3 joined (2 new, 1 won back)",
                                       "[1] 1 of them left again"]
    repeat = RepeatResult(12, 5, 41.7, True)
    assert repeat_counts(repeat, _marking) == "[5] 5 of the 12 customers at the start bought again"
    referral = ReferralResult({"recommendation": 2}, new_customers=4, known_source=3, referred=2, percent=66.7)
    assert referral_counts(referral, _marking) == "[3] 2 of 3 new customers with a known source"


def test_no_one_who_left_again_is_not_said():
    c = CrrResult(start=2, end=2, new=1, percent=50.0, retained=1, new_lost=0, brand_new=1, won_back=0)
    assert crr_counts(c, identity) == ["1 of the 2 stayed all period", "1 joined (1 new, 0 won back)"]
