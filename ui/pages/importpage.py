"""The import wizard: pick a file → preview → mapping → problems → import into the workspace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.importing import (
    COUNTS,
    CUSTOMERS,
    FIELDS,
    LOST,
    ORDERS,
    SURVEY,
    ImportResult,
    ReadingChild,
    adjust_for_kind,
    column_letter,
)
from core.store import StoreError, shopsettings
from core.store.merge import MergeReport
from core.text import InputError
from ui.i18n import core_text, problem_text
from ui.models import RowsModel
from ui.state import ShopState
from ui.tasks import run_task
from ui.translatable import Retranslating, page_header

if TYPE_CHECKING:
    from core.importing import Source

DELIMITERS = [None, ";", ",", "\t", "|"]


USED_ONLY_FROM = 15  # more columns than this: show only the ones in use at first

class ImportPage(Retranslating, QWidget):
    """Step by step: the owner sees what was understood and fixes it before anything is stored."""

    imported = Signal(object)  # the MergeReport

    def __init__(self, state: ShopState, parent: QWidget | None = None, use_child: bool = True):
        super().__init__(parent)
        self.state = state
        # Big files are read and checked in a child process, so the window never waits for them.
        self.child = ReadingChild() if use_child else None
        self.source_key: tuple | None = None
        self.source: Source | None = None
        self.result: ImportResult | None = None
        self.task = None
        self.stored = False  # the last import was stored (not cancelled, not refused)
        self.title, self.intro = page_header()
        self.pick = QPushButton()
        self.pick.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setObjectName("pageSubtitle")
        self.sheet_label, self.sheet = QLabel(), QComboBox()
        self.sheet.activated.connect(self._reread)
        self.delim_label, self.delimiter = QLabel(), QComboBox()
        self.delimiter.activated.connect(self._reread)
        self.kind_label, self.kind = QLabel(), QComboBox()
        self.kind.activated.connect(self._kind_changed)
        top = QHBoxLayout()
        for w in (self.pick, self.file_label):
            top.addWidget(w)
        top.addStretch(1)
        for label, box in ((self.kind_label, self.kind), (self.sheet_label, self.sheet),
                           (self.delim_label, self.delimiter)):
            label.setBuddy(box)  # the label names the box for a screen reader
        options = QHBoxLayout()
        for w in (self.kind_label, self.kind, self.sheet_label, self.sheet, self.delim_label, self.delimiter):
            options.addWidget(w)
        options.addStretch(1)

        self.mapping_box = QGroupBox()
        self.mapping_form = QFormLayout()
        self.mapping_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget()
        inner.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        box_layout = QVBoxLayout(self.mapping_box)
        # Shop exports have dozens of columns: the few in use are easier to check on their own.
        self.used_only = QCheckBox()
        self.used_only.toggled.connect(self._show_used_only)
        box_layout.addWidget(self.used_only)
        box_layout.addWidget(scroll)
        self.combos: dict[int, QComboBox] = {}

        self.preview_box = QGroupBox()
        self.preview_model = RowsModel()
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        QVBoxLayout(self.preview_box).addWidget(self.preview)

        self.problems_box = QGroupBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.summary)
        problems_layout.addWidget(self.problems)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping_box)
        splitter.addWidget(self.preview_box)
        splitter.setSizes([460, 640])
        self.import_button = QPushButton()
        self.import_button.setObjectName("primaryButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.store)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(splitter, 3)
        layout.addWidget(self.problems_box, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_options(False)

    # --- texts ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """All texts in the current language."""
        self.title.setText(self.tr("Import"))
        self.intro.setText(self.tr(
            "Choose your customer list, your orders or your survey answers (Excel, LibreOffice or CSV, also "
            "exports from Shopify, WooCommerce, Lightspeed, Square, Stripe, Mollie, Mailchimp, Google Forms, "
            "Typeform and SurveyMonkey). "
            "Check which column is which, look at the problems, then import. Nothing is stored before you "
            "click Import."))
        self.pick.setText(self.tr("Choose a file…"))
        self.kind_label.setText(self.tr("This file holds:"))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.delim_label.setText(self.tr("Separator:"))
        self.mapping_box.setTitle(self.tr("Which column is which"))
        self.used_only.setText(self.tr("Show only the columns in use"))
        self.preview_box.setTitle(self.tr("Preview"))
        self.problems_box.setTitle(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        kinds = [(CUSTOMERS, self.tr("A customer list")), (ORDERS, self.tr("Orders")),
                 (SURVEY, self.tr("Survey answers")), (COUNTS, self.tr("Counts per period (S, E, N)")),
                 (LOST, self.tr("Lost customers per month"))]
        current = self.kind.currentData()
        self.kind.clear()
        for key, text in kinds:
            self.kind.addItem(text, key)
        if current:
            self.kind.setCurrentIndex(self.kind.findData(current))
        names = [self.tr("Automatic"), self.tr("Semicolon (;)"), self.tr("Comma (,)"), self.tr("Tab"),
                 self.tr("Vertical bar (|)")]
        at = max(self.delimiter.currentIndex(), 0)
        self.delimiter.clear()
        for d, name in zip(DELIMITERS, names, strict=True):
            self.delimiter.addItem(name, d)
        self.delimiter.setCurrentIndex(at)
        if self.source:
            self._fill_mapping()
            self._show_result()


    def _show_options(self, visible: bool) -> None:
        for w in (self.kind_label, self.kind):
            w.setVisible(visible)
        is_csv = bool(self.source and self.source.info.format == "csv")
        for w in (self.sheet_label, self.sheet):
            w.setVisible(visible and not is_csv and self.sheet.count() > 1)
        for w in (self.delim_label, self.delimiter):
            w.setVisible(visible and is_csv)

    # --- step 1: the file -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for a file and read it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, sheet: str | None = None, delimiter: str | None = None) -> None:
        """Read ``path`` off the UI thread, then show what was understood."""
        self.import_button.setEnabled(False)
        self.file_label.setText(path.name)
        self.path = path
        # The readers load with the first file, not with the window.
        from core.importing import open_in_child, open_source

        if self.child:
            work = self.child.call(path.name, open_in_child, path, sheet, delimiter)
        else:
            def work(progress, cancelled):
                return None, open_source(path, sheet, delimiter, progress, cancelled)
        self.task = run_task(work, self._opened, self._failed, self, self.tr("Reading {file}…").format(file=path.name))

    def _reread(self, _index: int = 0) -> None:
        if self.source:
            sheet = self.sheet.currentData() if self.sheet.isVisible() else None
            self.open_file(self.source.path, sheet, self.delimiter.currentData())

    def _opened(self, keyed: tuple) -> None:
        self.source_key, source = keyed
        self.source = source
        saved = shopsettings.remembered_mapping(self.state.workspace, source.layout_key()) \
            if self.state.workspace else None
        if saved:
            mapping, kind = saved
            source.mapping = {k: v for k, v in mapping.items() if k < len(source.headers)}
            source.kind = kind or source.kind
        self.kind.setCurrentIndex(self.kind.findData(source.kind))
        self.sheet.clear()
        for name in source.info.sheets:
            hidden = name in source.info.hidden_sheets
            self.sheet.addItem(self.tr("{sheet} (hidden)").format(sheet=name) if hidden else name, name)
        if source.info.sheet:
            self.sheet.setCurrentIndex(self.sheet.findData(source.info.sheet))
        self._show_options(True)
        self.preview_model.set_rows([self._column_title(i) for i in range(len(source.headers))], source.preview(30))
        self.preview.resizeColumnsToContents()
        self._fill_mapping()  # after the preview, so it can hide the preview's unused columns too
        self.check()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InputError):
            self.summary.setText(problem_text(exc.problem))
            self.problems.setPlainText("")
            QMessageBox.warning(self, self.tr("This file cannot be imported"), problem_text(exc.problem))
        else:
            raise exc  # a real bug: the error hook logs it and tells the owner

    # --- step 2: the mapping ----------------------------------------------------------------------------
    def _column_title(self, i: int) -> str:
        header = self.source.headers[i] if self.source and i < len(self.source.headers) else ""
        return f"{column_letter(i)} · {header}" if header else column_letter(i)

    def _fill_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        for i, _header in enumerate(self.source.headers):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.addItem(self.tr("— not used —"), "")
            for f in FIELDS:
                combo.addItem(core_text("core", f.label), f.key)
            combo.setCurrentIndex(max(combo.findData(self.source.mapping.get(i, "")), 0))
            combo.activated.connect(lambda _=0: self.check())
            self.combos[i] = combo
            # A form's question can be a sentence: shortened here (whole in the tooltip), so the choice stays wide.
            title = self._column_title(i)
            label = QLabel(title if len(title) <= 40 else title[:38].rstrip() + "…")
            label.setToolTip(title)
            self.mapping_form.addRow(label, combo)
        many = len(self.source.headers) > USED_ONLY_FROM
        self.used_only.setVisible(many)
        self.used_only.setChecked(many)
        self._show_used_only(self.used_only.isChecked())

    def _show_used_only(self, used_only: bool) -> None:
        """Hide the unused columns in the mapping and the preview (or show them all again)."""
        for row, combo in enumerate(self.combos.values()):
            shown = not used_only or bool(combo.currentData())
            self.mapping_form.setRowVisible(row, shown)
            self.preview.setColumnHidden(row, not shown)

    def _kind_changed(self, _index: int = 0) -> None:
        """Another kind of table: its dates and amounts mean other fields (an order date, customer since …)."""
        adjusted = adjust_for_kind(self.mapping(), self.kind.currentData())
        for i, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(adjusted.get(i, "")), 0))
        self.check()

    def mapping(self) -> dict[int, str]:
        """The mapping as the owner has it now."""
        return {i: c.currentData() for i, c in self.combos.items() if c.currentData()}

    # --- step 3: the check ------------------------------------------------------------------------------
    def check(self) -> None:
        """Build the data without storing it, and show the summary and every problem."""
        if not self.source:
            return
        source, mapping, kind = self.source, self.mapping(), self.kind.currentData()
        self.import_button.setEnabled(False)
        from core.importing import import_in_child, import_source

        if self.child and self.source_key:
            work = self.child.call(source.path.name, import_in_child, self.source_key, mapping, kind)
        else:
            def work(progress, cancelled):
                return import_source(source, mapping, kind, progress, cancelled)
        self.task = run_task(work, self._checked, self._check_failed, self, self.tr("Checking…"))

    def _checked(self, result: ImportResult) -> None:
        self.result = result
        self._show_result()
        self.import_button.setEnabled(bool(result.accepted) and not self.state.read_only)

    def _check_failed(self, exc: BaseException) -> None:
        self.result = None
        if isinstance(exc, InputError):
            self.summary.setText(problem_text(exc.problem))
            self.problems.setPlainText("")
        else:
            raise exc

    def _show_result(self) -> None:
        r = self.result
        if not r:
            return
        lines = r.summary_lines(core_text, QLocale().decimalPoint())
        self.summary.setText(lines[0])  # it names the system the export came from and the kind of table
        self.problems.setPlainText("\n".join(lines[1:]) or self.tr("No problems found."))

    # --- step 4: store ----------------------------------------------------------------------------------
    def ask_scale(self) -> QMessageBox.StandardButton:
        """Ask whether answers that all lie in 1-5 are 0-10 recommendation scores after all (default: no)."""
        return QMessageBox.question(
            self, self.tr("Star ratings or recommendation scores?"),
            problem_text(self.result.question) + "\n\n" + self.tr("Were these answers to the 0 to 10 question?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)

    def store(self) -> None:
        """Store the checked data in the workspace (one transaction) and remember the mapping."""
        if not self.result or not self.state.workspace:
            return
        if self.result.question and self.ask_scale() == QMessageBox.StandardButton.Yes:
            self.result.confirm()
        self.import_button.setEnabled(False)
        # Off the window's thread: a million orders take seconds to store, and the window must stay alive.
        self.stored = False
        self.task = self.state.store_in_background([self.result], self._stored, self._store_failed, self,
                                                   self.tr("Storing the import…"))
        self.task.finished.connect(self._store_ended)

    def _store_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StoreError):
            QMessageBox.warning(self, self.tr("The import was not stored"), problem_text(exc.problem))
        else:
            raise exc  # a real bug: the error hook logs it and tells the owner

    def _store_ended(self) -> None:
        """Cancelled or failed: the shop is as it was, and the same import can be tried again."""
        if not self.stored:
            self.import_button.setEnabled(True)
            if self.task is not None and self.task.cancel_event.is_set():
                self.summary.setText(self.tr("Import cancelled: nothing was stored."))

    def _stored(self, reports: list[MergeReport]) -> None:
        self.stored = True
        report = reports[0]
        if self.state.workspace is None:
            return  # the shop was closed while its import was being stored
        try:  # next time a file laid out like this one opens with the same columns
            shopsettings.remember_mapping(self.state.workspace, self.source.layout_key(), self.mapping(),
                                          self.kind.currentData())
        except StoreError as exc:  # the import itself is stored; only the remembered columns are not
            QMessageBox.warning(self, self.tr("The columns were not remembered"), problem_text(exc.problem))
        if self.child:
            self.child.stop()  # it kept the file's rows for another check; a new child reads the next file
        self.summary.setText(self.tr("Imported.") + " " + " ".join(report.lines(core_text)))
        self.imported.emit(report)
