"""A process that keeps changing a workspace until it is killed (for the crash-safety test).

Each round is one import (50 customers and 50 orders tagged with the round number) followed by an
edit of the typed-in period counts (five rows, all carrying the round number). Prints "ready" once
the workspace is open.
"""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.importing.result import ImportResult, SourceInfo  # noqa: E402
from core.model import Customer, Order, PeriodCounts  # noqa: E402
from core.store import Workspace  # noqa: E402


def main(path: str) -> None:
    """Run rounds forever."""
    ws = Workspace.open(path)
    done = ws.conn.execute("SELECT COUNT(*) FROM imports").fetchone()[0]
    print("ready", flush=True)
    k = done
    while True:
        result = ImportResult("customers", "", {}, [], SourceInfo("round.csv", "csv"))
        result.customers = [Customer(f"r{k}-{i}", name=f"Klant {i}") for i in range(50)]
        result.orders = [Order(f"r{k}-{i}", date(2024, 1, 1 + i % 28), 10.0 + i, f"{k}-{i}") for i in range(50)]
        ws.apply_import(result, f"round-{k}")
        ws.set_period_counts([PeriodCounts(f"{k}", 100, 90 + j, 5) for j in range(5)])
        k += 1


if __name__ == "__main__":
    main(sys.argv[1])
