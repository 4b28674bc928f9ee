"""Where new customers came from, and the referral rate.

Referral rate = new customers who came through a recommendation / new customers whose source is known.
Free-text answers ("via mijn buurvrouw", "Google") are mapped to categories by keyword lists in Dutch
and English; the owner can add keywords of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from core.metrics.frame import ShopFrame
from core.metrics.periods import Period
from core.text import QT_TRANSLATE_NOOP

REFERRAL, SEARCH, SOCIAL, AD, SHOP_WINDOW, OTHER, UNKNOWN = (
    "referral", "search", "social", "ad", "shop_window", "other", "unknown"
)
CATEGORIES = (REFERRAL, SEARCH, SOCIAL, AD, SHOP_WINDOW, OTHER)

CATEGORY_LABELS = {
    REFERRAL: QT_TRANSLATE_NOOP("core", "Recommendation"),
    SEARCH: QT_TRANSLATE_NOOP("core", "Search engine"),
    SOCIAL: QT_TRANSLATE_NOOP("core", "Social media"),
    AD: QT_TRANSLATE_NOOP("core", "Advertising"),
    SHOP_WINDOW: QT_TRANSLATE_NOOP("core", "Walked by the shop"),
    OTHER: QT_TRANSLATE_NOOP("core", "Other"),
    UNKNOWN: QT_TRANSLATE_NOOP("core", "Unknown"),
}

# Keywords are matched as word starts in the lower-cased answer, so "vriend" also finds "vriendin".
DEFAULT_KEYWORDS: dict[str, tuple[str, ...]] = {
    REFERRAL: (
        "aanbevol", "aanbeveling", "aangeraden", "aanrader", "tip", "via via", "mond-tot-mond", "mond tot mond",
        "vriend", "familie", "kennis", "collega", "buurman", "buurvrouw", "buren", "moeder", "vader", "zus",
        "broer", "dochter", "zoon", "partner", "vrouw", "man ", "doorverwezen", "referral", "recommend",
        "friend", "family", "word of mouth", "colleague", "neighbour", "neighbor", "referred", "relatie",
    ),
    SEARCH: ("google", "bing", "zoek", "search", "duckduckgo", "ecosia", "internet", "online gezocht", "website"),
    SOCIAL: (
        "facebook", "instagram", "insta", "tiktok", "twitter", "x.com", "pinterest", "linkedin", "social",
        "sociale media", "youtube", "whatsapp",
    ),
    AD: (
        "advertentie", "reclame", "folder", "flyer", "krant", "radio", "tv", "televisie", "huis-aan-huis",
        "advert", "ads", "nieuwsbrief", "newsletter", "poster", "billboard", "magazine", "tijdschrift",
    ),
    SHOP_WINDOW: (
        "langsgelopen", "voorbij", "etalage", "winkel gezien", "langs gekomen", "langsgekomen", "passant",
        "walked by", "walk-in", "walk in", "passing", "shop window", "storefront", "in de buurt", "markt",
    ),
    OTHER: ("anders", "other", "overig", "beurs", "fair", "event", "evenement"),
}

_EMPTY = {"", "-", "?", "n/a", "na", "onbekend", "unknown", "nvt", "n.v.t.", "x"}
_DONT_KNOW = ("weet niet", "weet ik niet", "geen idee", "vergeten", "don't know", "dont know", "not sure", "no idea")


def categorize(answer: str, extra: Mapping[str, Sequence[str]] | None = None) -> str:
    """The category of a source answer; ``unknown`` for an empty or "don't know" answer.

    The owner's own keywords (``extra``) are tried first, so they can override the defaults.
    """
    text = " " + re.sub(r"\s+", " ", (answer or "").strip().lower()) + " "
    if text.strip() in _EMPTY or any(p in text for p in _DONT_KNOW):
        return UNKNOWN
    if text.strip() in CATEGORIES:
        return text.strip()
    for table in (extra or {}), DEFAULT_KEYWORDS:
        for category, words in table.items():
            for word in words:
                w = word.lower()
                if (" " + w) in text or (w.startswith(" ") and w in text):
                    return category
    return OTHER


@dataclass(frozen=True)
class ReferralResult:
    """New customers by source category, and the referral rate over those with a known source."""

    by_category: dict[str, int]
    new_customers: int
    known_source: int
    referred: int
    percent: float | None


def referral_from_answers(answers: Sequence[str], extra: Mapping[str, Sequence[str]] | None = None) -> ReferralResult:
    """Referral rate from the source answers of the new customers (one answer each, "" if none)."""
    counts = {c: 0 for c in (*CATEGORIES, UNKNOWN)}
    seen: dict[str, str] = {}  # answers repeat a lot ("Google", ""): categorise each wording once
    for answer in answers:
        if answer not in seen:
            seen[answer] = categorize(answer, extra)
        counts[seen[answer]] += 1
    known = len(answers) - counts[UNKNOWN]
    referred = counts[REFERRAL]
    percent = referred / known * 100.0 if known else None
    return ReferralResult(counts, len(answers), known, referred, percent)


def referral_rate(frame: ShopFrame, period: Period, extra: Mapping[str, Sequence[str]] | None = None) -> ReferralResult:
    """Referral rate among customers who became customers during ``period``."""
    a, b = period.first.toordinal(), period.last.toordinal()
    new_idx = np.nonzero(frame.known() & (frame.start >= a) & (frame.start <= b))[0]
    rows = frame.customers or []
    answers = [rows[i].source if i < len(rows) else "" for i in new_idx]
    return referral_from_answers(answers, extra)
