"""Messages the core hands to the UI, translatable without the core knowing Qt.

The core marks each message template with ``QT_TRANSLATE_NOOP(context, text)``. That is a plain
function here (it returns ``text``), but Qt's ``lupdate`` recognises the name and extracts the
string into the .ts files, so the UI can translate the template at display time with
``QCoreApplication.translate(context, template)`` and then fill in the parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.numbers import amount

CONTEXT = "core"

Translate = Callable[..., str]
"""``translate(context, text)``, or ``translate(context, text, disambiguation, n)`` for a text with plural
forms: Qt's ``QCoreApplication.translate`` in the app and the command line, ``identity`` without Qt."""


def identity(_context: str, text: str, _disambiguation: str | None = None, _n: int = -1) -> str:
    """The English text as written: the translate function when there is no translator."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


class Numerus:
    """Texts with plural forms ("1 klant", "2 klanten").

    lupdate marks a text as having plural forms only where it is passed, as a literal, to a call named
    ``translate`` whose fourth argument is a literal number. So the core writes
    ``Numerus(translate, n).translate(context, text, "", 0)``: the count comes with the translator, the 0 is
    lupdate's mark. ``PLURAL.translate(…)`` (no translator, no count) only marks a template that a ``Problem``
    translates later, in the form for its ``count``.
    """

    def __init__(self, translate: Translate | None = None, n: int = -1):
        self._translate = translate
        self._n = n

    def translate(self, context: str, text: str, disambiguation: str = "", _mark: int = 0) -> str:
        """``text`` in the current language, in the form for this count."""
        return self._translate(context, text, disambiguation, self._n) if self._translate else text


PLURAL = Numerus()


@dataclass(frozen=True)
class Problem:
    """A message about the input or a figure: an English template plus the values to fill in.

    ``template`` uses ``str.format`` fields; ``params`` fills them. ``render`` takes an optional
    translate function so the UI can show it in Dutch.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    count: str = ""  # the parameter that chooses the plural form of a template marked with PLURAL

    def render(self, translate: Translate | None = None, decimal: str = ".", day=None) -> str:
        """The message as text, translated by ``translate(context, template)`` when given (in the plural form
        for the ``count`` parameter); amounts (float values) written with ``decimal`` as the decimal separator
        ("," in Dutch); dates by ``day(date)`` when given (the UI's own date format), else as the language
        writes them."""
        if translate and self.count:
            template = translate(CONTEXT, self.template, "", int(self.params[self.count]))
        else:
            template = translate(CONTEXT, self.template) if translate else self.template
        params = {k: day(v) if day and isinstance(v, date) else _value(v, decimal) for k, v in self.params.items()}
        if translate:  # "geen kolom herkend als 'Besteldatum'", not "… als 'Order date'"
            params.update({k: translate(CONTEXT, v) for k, v in self.params.items() if isinstance(v, Label)})
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A faulty translation must never hide the message: fall back to the English template.
            return self.template.format(**params)

    def __str__(self) -> str:
        return self.render()


class Label(str):
    """A parameter that is itself a marked text (a field's name): translated with the message around it."""


def _value(v: object, decimal: str) -> object:
    """Amounts with the language's decimal sign; dates as the language writes them (Dutch: 31-05-2011)."""
    if isinstance(v, float):
        return amount(v, decimal)
    if isinstance(v, date):
        return v.strftime("%d-%m-%Y") if decimal == "," else v.isoformat()
    return v


class InputError(ValueError):
    """Input the core refuses, with a message for the owner."""

    def __init__(self, problem: Problem):
        super().__init__(problem.render())
        self.problem = problem

    def __reduce__(self):
        # Keep the Problem when the error crosses to another process (the import runs in a child).
        return (self.__class__, (self.problem,))


class Cancelled(Exception):
    """Raised by long core functions when their ``cancelled()`` callback returns True."""

