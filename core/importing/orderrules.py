"""What an order line says beyond who, when and how much: its currency's code, and a status that means no purchase
took place. The same rules for the rows taken together (``orderplan``) and the rows looked at one by one
(``orders``)."""

from __future__ import annotations

# Order statuses that mean no purchase took place (shop systems in English and Dutch, WooCommerce's own codes).
NOT_A_PURCHASE = {
    "cancelled", "canceled", "geannuleerd", "failed", "mislukt", "voided", "void", "refunded", "terugbetaald",
    "volledig terugbetaald", "expired", "verlopen", "declined", "afgewezen", "trash", "prullenbak",
    "wc-cancelled", "wc-failed", "wc-refunded",
}


def currency_code(value: object) -> str:
    """A currency code as written in one form ("eur", " EUR " → "EUR"); "" when empty."""
    return "" if value is None else str(value).strip().upper()


def not_a_purchase(status: object, cancelled_at: object) -> bool:
    """True for an order that was cancelled, failed or refunded in full: it is no purchase."""
    if cancelled_at not in (None, ""):
        return True
    return isinstance(status, str) and status.strip().lower().replace("_", " ") in NOT_A_PURCHASE
