"""Reading the owner's spreadsheets: files -> rows -> mapped columns -> a Dataset with problems.

The window and the command line take what they need from here, by the names below; how the package is cut into
modules is its own business. A name is looked up when it is first used, so the readers (calamine, the CSV
splitter, the guessing) load with the first file read, not with the window: ``from core.importing import
open_source`` inside the function that reads a file, ``from core.importing import FIELDS`` at a page's top.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Each name the package offers, and the module of the package it comes from.
_FROM = {
    "ImportResult": "result",
    "RowProblem": "result",
    "FIELDS": "fields",
    "COUNTS": "columns",
    "CUSTOMERS": "columns",
    "LOST": "columns",
    "ORDERS": "columns",
    "SURVEY": "columns",
    "adjust_for_kind": "columns",
    "column_letter": "cellscan",
    "parse_month": "values",
    "ReadingChild": "child",
    "Source": "pipeline",
    "open_source": "pipeline",
    "import_source": "pipeline",
    "import_file": "pipeline",
    "dataset_from_results": "pipeline",
    "open_in_child": "session",
    "import_in_child": "session",
    "import_file_guarded": "guarded",
}

__all__ = [  # the same names as ``_FROM`` (a test checks)
    "COUNTS",
    "CUSTOMERS",
    "FIELDS",
    "ImportResult",
    "LOST",
    "ORDERS",
    "ReadingChild",
    "RowProblem",
    "SURVEY",
    "Source",
    "adjust_for_kind",
    "column_letter",
    "dataset_from_results",
    "import_file",
    "import_file_guarded",
    "import_in_child",
    "import_source",
    "open_in_child",
    "open_source",
    "parse_month",
]


def __getattr__(name: str) -> Any:
    """A name of the package's API, its module imported now (PEP 562)."""
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # looked up once
    return value


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported the ordinary way
    from core.importing.cellscan import column_letter
    from core.importing.child import ReadingChild
    from core.importing.columns import COUNTS, CUSTOMERS, LOST, ORDERS, SURVEY, adjust_for_kind
    from core.importing.fields import FIELDS
    from core.importing.guarded import import_file_guarded
    from core.importing.pipeline import Source, dataset_from_results, import_file, import_source, open_source
    from core.importing.result import ImportResult, RowProblem
    from core.importing.session import import_in_child, open_in_child
    from core.importing.values import parse_month
