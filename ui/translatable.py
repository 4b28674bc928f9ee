"""Widgets that follow a live language switch, the title and intro every page starts with, and a page body
that scrolls as a whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class Retranslating:
    """Mixin for a QWidget subclass: ``retranslate()`` runs again whenever the language changes."""

    def retranslate(self) -> None:
        """Set every text in the current language (each widget defines its own)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def page_header() -> tuple[QLabel, QLabel]:
    """A page's title and its wrapped introduction line."""
    title = QLabel()
    title.setObjectName("pageTitle")
    intro = QLabel()
    intro.setWordWrap(True)
    return title, intro


def scroll_page(page: QWidget, body: QWidget) -> QScrollArea:
    """Put ``body`` into ``page`` in a frameless scroll area, so a small screen scrolls the page instead of
    squeezing its cards and charts."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
