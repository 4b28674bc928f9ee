"""The report page: choose the paper and whether names go in, preview, print, save as PDF or Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.report.pages import ReportOptions, build_pages, write_pdf
from ui import format as fmt
from ui.chart import translate
from ui.lazy import refresh_when_shown
from ui.printing import make_printer, paint_pages
from ui.state import ShopState
from ui.tasks import run_quietly
from ui.translatable import Retranslating, page_header


def _thumbnails(pages: list) -> list[tuple[bytes, int, int]]:
    """Each page drawn small (40 dpi) as RGBA bytes with its width and height (QImages are made in the window)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    images = []
    for page in pages:
        canvas = FigureCanvasAgg(page)
        page.set_dpi(40)
        canvas.draw()
        w, h = canvas.get_width_height()
        images.append((bytes(canvas.buffer_rgba()), w, h))
    return images


class ReportPage(Retranslating, QWidget):
    """Options, buttons and a preview of the pages."""

    thumbnails_shown = Signal(int)  # the number of pages, once their small images are in

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
        self._shown = False
        self._drawing = 0  # the last request for the small images: only its pages are shown
        # Drawn again when the data, period or window change (while the page is seen, else when it is next shown).
        self.when_shown = refresh_when_shown(self, state.changed, self.show_thumbnails)
        self.retranslate()

    def options(self) -> ReportOptions:
        """The owner's choices."""
        return ReportOptions(paper=self.paper.currentText(), names=self.names.isChecked(),
                             decimal="," if fmt.number(1.5, 1) == "1,5" else ".")

    def pages(self) -> list:
        """The report's pages for the current data, period and options."""
        return build_pages(self.state.summary(), self.state.data, self.options(), translate,
                           self.state.title, fmt.month, self.state.customer_rows())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.show_thumbnails()

    def show_thumbnails(self) -> None:
        """Small images of every page, drawn on a worker: eight pages with matplotlib take seconds whatever the
        shop's size, and the window goes on meanwhile (the last request wins; the pages as they were stay until
        the new ones are in)."""
        self._drawing += 1
        job = self._drawing
        self.status.setText(self.tr("Drawing the pages…"))
        args = (self.state.summary(), self.state.data, self.options(), translate, self.state.title, fmt.month,
                self.state.customer_rows())

        def current() -> bool:  # still the last request, and the page still there (a closed window's is not)
            return isValid(self) and job == self._drawing

        def done(images: list[tuple[bytes, int, int]]) -> None:
            if current():
                self._show_images(images)

        def failed(_exc: BaseException) -> None:
            if current():  # drawn in the window, then: an error reaches the owner as any other
                self._show_images(_thumbnails(build_pages(*args)))

        run_quietly(lambda _progress, _cancelled: _thumbnails(build_pages(*args)), done, failed, self)

    def _show_images(self, images: list[tuple[bytes, int, int]]) -> None:
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

    def print_preview(self) -> QPrintPreviewDialog:
        """Qt's print preview (and from there, the print dialog)."""
        printer = make_printer(self.paper.currentText())
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: paint_pages(p, self.pages()))
        dialog.open()
        return dialog

    def save_pdf(self, target: Path | None = None) -> Path | None:
        """The report as PDF."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), "klantbehoud-rapport.pdf",
                                                  "PDF (*.pdf)")
            if not name:
                return None
            target = Path(name)
        n = write_pdf(self.pages(), target)
        self.status.setText(self.tr("{n} pages saved to {file}.", "", n).format(n=n, file=target.name))
        return target

    def save_xlsx(self, target: Path | None = None) -> Path | None:
        """The numbers as an Excel workbook."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the numbers in Excel"),
                                                  "klantbehoud-cijfers.xlsx", self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return None
            target = Path(name)
        from core.report.excel import write_workbook  # loaded when asked for, not with the window

        write_workbook(self.state.summary(), self.state.data, target, translate, self.names.isChecked())
        self.status.setText(self.tr("Saved to {file}.").format(file=target.name))
        return target

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
        if self._shown:
            self.show_thumbnails()

