"""The counts behind a figure in words, the same in the window, the command line and the report: each count picks its
own words ("1 van de 12 bleef de hele periode", "5 van de 12 bleven …"), in the language of ``translate``."""

from __future__ import annotations

from core.metrics.referral import ReferralResult
from core.metrics.retention import CrrResult, RepeatResult
from core.text import Numerus, Translate


def crr_counts(c: CrrResult, translate: Translate) -> list[str]:
    """Who stayed all period, who joined, and (when any did) how many of those left again."""
    parts = [
        Numerus(translate, c.retained).translate("core", "{kept} of the {s} stayed all period", "", 0).format(
            kept=c.retained, s=c.start),
        Numerus(translate, c.new).translate("core", "{n} joined ({brand} new, {back} won back)", "", 0).format(
            n=c.new, brand=c.brand_new, back=c.won_back),
    ]
    if c.new_lost:
        parts.append(Numerus(translate, c.new_lost).translate("core", "{left} of them left again", "", 0).format(
            left=c.new_lost))
    return parts


def repeat_counts(r: RepeatResult, translate: Translate) -> str:
    """How many of the customers at the start bought again."""
    return Numerus(translate, r.bought_again).translate(
        "core", "{again} of the {base} customers at the start bought again", "", 0).format(
        again=r.bought_again, base=r.earlier_buyers)


def referral_counts(r: ReferralResult, translate: Translate) -> str:
    """How many of the new customers with a known source came on a recommendation."""
    return Numerus(translate, r.known_source).translate(
        "core", "{ref} of {known} new customers with a known source", "", 0).format(
        ref=r.referred, known=r.known_source)
