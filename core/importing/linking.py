"""Recognising one customer across files that identify customers differently.

A customer list from Excel has customer numbers; the shop's order export names the customer by
e-mail or by name. Without linking, one person would be counted twice (once with the number and no
orders, once with the orders and no number), and every figure about returning customers would be off.

Two records are the same customer when their e-mail addresses are equal, or, when one of them has no
e-mail to go by, when their names are equal and each name occurs only once on both sides. Two
different customer numbers are never linked, whatever the e-mail or name says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.model import Customer, Order, OrderTable, SurveyResponse


@dataclass
class Links:
    """What to rename: incoming ids that are known customers, and known ids that give way to a number."""

    incoming: dict[str, str] = field(default_factory=dict)  # incoming id -> known id
    known: dict[str, str] = field(default_factory=dict)  # known (made-up) id -> the incoming customer number

    def __len__(self) -> int:
        return len(self.incoming) + len(self.known)


def _email(c: Customer) -> str:
    e = (c.email or "").strip().lower()
    return e or (c.id.lower() if "@" in c.id else "")


def _name(c: Customer) -> str:
    return " ".join((c.name or "").casefold().split())


def made_up(c: Customer) -> bool:
    """Whether the id was made from the e-mail or the name because the file had no customer number."""
    return c.id.lower() == _email(c) or c.id == c.name


def link(known: Sequence[Customer], incoming: Sequence[Customer]) -> Links:
    """How the ``incoming`` customers relate to the ``known`` ones that have another id."""
    links = Links()
    known_ids = {c.id for c in known}
    by_email: dict[str, list[Customer]] = {}
    for c in known:
        if _email(c):
            by_email.setdefault(_email(c), []).append(c)
    known_names = Counter(_name(c) for c in known if _name(c))
    incoming_names = Counter(_name(c) for c in incoming if _name(c))
    by_name = {_name(c): c for c in known if _name(c) and known_names[_name(c)] == 1}
    taken: set[str] = set()
    for c in incoming:
        if c.id in known_ids:
            continue
        match = None
        if _email(c):
            candidates = by_email.get(_email(c), [])
            match = candidates[0] if len(candidates) == 1 else None
        if match is None and _name(c) and incoming_names[_name(c)] == 1:
            named = by_name.get(_name(c))
            # Two different e-mail addresses are two people, whatever their names.
            if named is not None and not (_email(named) and _email(c)):
                match = named
        if match is None or match.id in taken:
            continue
        if made_up(c):
            links.incoming[c.id] = match.id
        elif made_up(match):
            links.known[match.id] = c.id
        else:
            continue  # two customer numbers: two customers
        taken.add(match.id)
    return links


def with_stand_ins(customers: Sequence[Customer], orders: Sequence[Order],
                   surveys: Sequence[SurveyResponse]) -> list[Customer]:
    """The customers plus a stand-in for each id that only orders or survey answers use (a survey keyed
    by e-mail has no customer records), so those can be linked too. Stand-ins are never stored."""
    ids = {c.id for c in customers}
    # (A table's distinct customers are made once and kept: the figures need them too.)
    others = dict.fromkeys(orders.customers()[0] if isinstance(orders, OrderTable) else [o.customer_id for o in orders])
    others.update(dict.fromkeys(s.customer_id for s in surveys))
    extra = [i for i in others if i and i not in ids]
    return [*customers, *map(stand_in, extra)]


def stand_in(customer_id: str) -> Customer:
    """A customer known only by the e-mail address or name that an order or answer carries."""
    return Customer(customer_id, name="" if "@" in customer_id else customer_id)


def renamed(ids: dict[str, str], customers: Sequence[Customer], orders: Sequence[Order],
            surveys: Sequence[SurveyResponse]) -> tuple[list[Customer], OrderTable, list[SurveyResponse]]:
    """The records with every customer id in ``ids`` replaced by the id it maps to (new lists and table)."""
    table = orders if isinstance(orders, OrderTable) else OrderTable.from_orders(orders)
    if not ids:
        return list(customers), table.copy(), list(surveys)
    return ([replace(c, id=ids[c.id]) if c.id in ids else c for c in customers], table.renamed(ids),
            [replace(s, customer_id=ids[s.customer_id]) if s.customer_id in ids else s for s in surveys])
