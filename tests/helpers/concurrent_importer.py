"""One of two PCs importing into the same shop on a server at the same moment (the concurrency test).

Worker ``w`` runs ``n`` imports. Import ``i`` holds customer ``S{i}`` and order ``SO{i}``, which the other worker
imports too, and a customer and an order of its own. Both start when the file ``go`` appears, so the imports
overlap. Prints the summed counts of what its imports added, as JSON.
"""

import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.importing.result import ImportResult, SourceInfo  # noqa: E402
from core.model import Customer, Order  # noqa: E402
from core.store import Workspace  # noqa: E402


def main(url: str, worker: str, n: int, go: str) -> None:
    """Wait for ``go``, then run the imports."""
    added = {"customers": 0, "orders": 0}
    with Workspace.open(url) as ws:
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.005)
        for i in range(n):
            result = ImportResult("orders", "", {}, [], SourceInfo(f"pc-{worker}-{i}.csv", "csv"))
            result.customers = [Customer(f"S{i}", name=f"Gedeeld {i}"), Customer(f"{worker}-{i}", name="Eigen")]
            result.orders = [Order(f"S{i}", date(2025, 1, 1 + i % 28), 10.0 + i, f"SO{i}"),
                             Order(f"{worker}-{i}", date(2025, 2, 1 + i % 28), 20.0 + i, f"O{worker}-{i}")]
            report = ws.apply_import(result)
            added["customers"] += report.customers_added
            added["orders"] += report.orders_added
    print(json.dumps(added), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
