"""Printing the report's pages (matplotlib Figures) sharp: each page goes to the printer as SVG, so text
and lines stay vectors at the printer's resolution. The PDF is written by the core from the same pages."""

from __future__ import annotations

import io

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def make_printer(paper: str) -> QPrinter:
    """A high-resolution printer set to the paper, portrait."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def svg_of(figure) -> bytes:
    """A Figure as SVG."""
    buf = io.BytesIO()
    figure.savefig(buf, format="svg")
    return buf.getvalue()


def paint_pages(printer: QPrinter, pages: list[bytes]) -> int:
    """Paint every page (as ``svg_of`` gives it) on ``printer``, one per sheet, scaled to the sheet; returns the
    count. The SVGs are made once beforehand (seconds of matplotlib), so painting, which the print preview asks for
    again at every change of its settings, only draws them."""
    painter = QPainter(printer)
    try:
        for i, page in enumerate(pages):
            if i:
                printer.newPage()
            renderer = QSvgRenderer(QByteArray(page))
            rect = printer.pageLayout().fullRectPixels(printer.resolution())
            renderer.render(painter, QRectF(0, 0, rect.width(), rect.height()))
    finally:
        painter.end()
    return len(pages)
