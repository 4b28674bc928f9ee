"""Stores one large import (600,000 orders: 1.5 s or more of work) into a workspace, for the kill test.

Prints "ready" just before the import starts and "done" when it has been stored; the test kills the
process in between, at a random moment.
"""

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.importing.result import ImportResult, SourceInfo  # noqa: E402
from core.model import Customer, Order  # noqa: E402
from core.store import Workspace  # noqa: E402


def main(path: str, customers: int, orders_each: int) -> None:
    """One import of ``customers`` customers with ``orders_each`` orders each."""
    result = ImportResult("orders", "", {}, [], SourceInfo("groot.csv", "csv"))
    result.customers = [Customer(f"g{i}", name=f"Klant {i}") for i in range(customers)]
    day0 = date(2023, 1, 1)
    result.orders = [Order(f"g{i}", day0 + timedelta(days=(i * 7 + k * 31) % 900), 10.0 + k, f"o{i}-{k}")
                     for i in range(customers) for k in range(orders_each)]
    with Workspace.open(path) as ws:
        print("ready", flush=True)
        ws.apply_import(result, "groot.csv")
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
