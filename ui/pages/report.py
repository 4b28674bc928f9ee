"""The report page: choose the paper and whether names go in, preview, print, save as PDF or Excel."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.report.pages import ReportOptions
from core.text import InputError
from ui import format as fmt
from ui import i18n
from ui.chart import translate
from ui.i18n import problem_text
from ui.lazy import refresh_when_shown
from ui.printing import make_printer, paint_pages
from ui.reportchild import PDF, SVG, THUMBNAILS, ReportJob, draw, job_data, job_rows, report_child
from ui.state import ShopState
from ui.tasks import busy_cursor, run_quietly, wait_for
from ui.translatable import Retranslating, page_header


class ReportPage(Retranslating, QWidget):
    """Options, buttons and a preview of the pages."""

    thumbnails_shown = Signal(int)  # the number of pages, once their small images are in
    saved = Signal(object)  # the file (a PDF or a workbook) once it is written
    not_saved = Signal(object)  # the file that could not be written (the owner is told why)
    preview_opened = Signal(object)  # the print preview, once its pages are made

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title, self.intro = page_header()
        self.paper = QComboBox()
        self.paper.addItems(["A4", "Letter"])
        self.names = QCheckBox()
        self.names.setChecked(True)
        self.preview_button, self.print_button = QPushButton(), QPushButton()
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.status = QLabel()
        self.status.setObjectName("pageSubtitle")
        row = QHBoxLayout()
        for w in (self.paper, self.names, self.preview_button, self.pdf_button, self.xlsx_button):
            row.addWidget(w)
        row.addStretch(1)
        self.thumbs = QHBoxLayout()
        self.thumbs.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)  # scroll, never squeeze the pages
        strip = QWidget()
        strip.setLayout(self.thumbs)
        # The images shown while new ones are drawn are faded: they are of the figures before the change.
        self.old_images = QGraphicsOpacityEffect(strip)
        self.old_images.setOpacity(0.35)
        self.old_images.setEnabled(False)
        strip.setGraphicsEffect(self.old_images)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.message: QMessageBox | None = None  # why the last file could not be saved
        self.drawing = False  # the small images are being drawn (in the report's child process)
        self.draw_again = False  # and the figures changed meanwhile: drawn again when they come
        self.preview: QPrintPreviewDialog | None = None  # the last print preview opened
        self.printer: QPrinter | None = None  # and its printer
        # Drawn when first shown, and again when the data, period or window change (while the page is seen, else
        # when it is next shown): once per showing, however many changes came meanwhile.
        self.when_shown = refresh_when_shown(self, state.changed, self.show_thumbnails)
        self.when_shown.mark_stale()
        self.retranslate()

    def options(self) -> ReportOptions:
        """The owner's choices."""
        return ReportOptions(paper=self.paper.currentText(), names=self.names.isChecked(),
                             decimal="," if fmt.number(1.5, 1) == "1,5" else ".")

    def job(self) -> ReportJob:
        """What the report's pages are made of now (the current data, period, options and language)."""
        summary = self.state.summary()
        return ReportJob(summary, job_data(self.state.data), self.options(), self.state.title,
                         job_rows(summary, self.state.customer_rows()), i18n.current())

    def show_thumbnails(self) -> None:
        """Small images of every page, drawn in the report's child process (``ui.reportchild``) while the window
        goes on; once per showing (``when_shown``). A change while they are drawn draws them again after."""
        if self.drawing:
            self.draw_again = True
            return
        self.drawing, self.draw_again = True, False
        self.old_images.setEnabled(True)
        self.status.setText(self.tr("Drawing the pages…"))
        run_quietly(report_child().call("", draw, self.job(), THUMBNAILS), self._drawn, self._not_drawn, self)

    def _drawn(self, images: list[tuple[bytes, int, int]]) -> None:
        self.drawing = False
        if self.draw_again:
            self.when_shown()  # the figures changed while these were drawn: now if seen, else at the next showing
            if self.drawing:
                return
        self._show_images(images)

    def _not_drawn(self, exc: BaseException) -> None:
        self.drawing = False
        self.old_images.setEnabled(False)
        if not isinstance(exc, InputError):
            raise exc  # a fault of the app: the error window, with its log
        self.status.setText(problem_text(exc.problem))

    def _show_images(self, images: list[tuple[bytes, int, int]]) -> None:
        self.old_images.setEnabled(False)
        while self.thumbs.count():
            item = self.thumbs.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for rgba, w, h in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(QImage(rgba, w, h, QImage.Format.Format_RGBA8888).copy()))
            label.setFixedSize(w + 2, h + 2)
            label.setStyleSheet("border: 1px solid #c9d1d6; background: white;")
            self.thumbs.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        self.thumbs.addStretch(1)
        self.status.setText(self.tr("{n} pages", "", len(images)).format(n=len(images)))
        self.thumbnails_shown.emit(len(images))

    def print_preview(self) -> QPrintPreviewDialog | None:
        """Qt's print preview (and from there, the print dialog). The pages are made once, as SVG, before it opens;
        its repaints (at every change of its zoom or page settings) only draw them."""
        try:
            pages = self._in_child(SVG)
        except InputError as exc:  # the child died: said, nothing opens
            self.status.setText(problem_text(exc.problem))
            return None
        self.printer = make_printer(self.paper.currentText())  # kept: the dialog only borrows it
        self.preview = QPrintPreviewDialog(self.printer, self)
        self.preview.paintRequested.connect(lambda printer: paint_pages(printer, pages))
        self.preview.open()
        self.preview_opened.emit(self.preview)
        return self.preview

    def save_pdf(self, target: Path | None = None) -> Path | None:
        """The report as PDF; the file once written (None when the owner cancelled or it could not be written)."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), "klantbehoud-rapport.pdf",
                                                  "PDF (*.pdf)")
            if not name:
                return None
            target = Path(name)
        return self._save(target, lambda: self._in_child(PDF, target),
                          lambda n: self.tr("{n} pages saved to {file}.", "", n).format(n=n, file=target.name))

    def save_xlsx(self, target: Path | None = None) -> Path | None:
        """The numbers as an Excel workbook; the file once written (None when cancelled or not written)."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the numbers in Excel"),
                                                  "klantbehoud-cijfers.xlsx", self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            target = Path(name)
        from core.report.excel import write_workbook  # loaded when asked for, not with the window

        return self._save(target, lambda: write_workbook(self.state.summary(), self.state.data, target, translate,
                                                         self.names.isChecked()),
                          lambda _result: self.tr("Saved to {file}.").format(file=target.name))

    def _in_child(self, what: str, target: Path | None = None) -> Any:
        """A report job the owner waits for (the PDF, the printer's pages): the window keeps painting meanwhile."""
        job = self.job()
        return wait_for(lambda: report_child().run("", draw, job, what, target))

    def _save(self, target: Path, write: Callable[[], Any], said: Callable[[Any], str]) -> Path | None:
        """``write()``; the status line says what was saved, or a message says why it could not be (the file,
        and the reason in the owner's words). The file once written, else None."""
        try:
            with busy_cursor():
                result = write()
        except (OSError, InputError) as exc:
            why = problem_text(exc.problem) if isinstance(exc, InputError) else self.tr(
                "{file} could not be saved: {reason}. Nothing was written; choose another place or name and try "
                "again.").format(file=target.name, reason=self._reason(exc))
            self.message = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), why,
                                       QMessageBox.StandardButton.Ok, self)
            self.message.open()
            self.not_saved.emit(target)
            return None
        self.status.setText(said(result))
        self.saved.emit(target)
        return target

    def _reason(self, exc: OSError) -> str:
        """Why a file could not be written, in the owner's words."""
        if isinstance(exc, PermissionError):
            return self.tr("it is open in another program, or this folder may not be written to")
        if isinstance(exc, FileNotFoundError):
            return self.tr("the folder does not exist (any more)")
        if exc.errno == errno.ENOSPC:
            return self.tr("the disk is full")
        return exc.strerror or type(exc).__name__

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Report"))
        self.intro.setText(self.tr(
            "The key figures with their explanation, the charts and the customers to look after, for the "
            "period chosen above. Print it, save it as PDF for your accountant, or hand the numbers over in "
            "Excel. Leave the names out when you share it."))
        self.names.setText(self.tr("Put customer names in"))
        self.preview_button.setText(self.tr("Print preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.xlsx_button.setText(self.tr("Save the numbers in Excel…"))
        self.when_shown()  # the pages in the new language: now when seen, else at the next showing

