"""The main window: a sidebar of pages, menus (File, Language, Help) and a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.store.shopfile import SUFFIX
from ui import format as fmt
from ui import i18n, settings
from ui.fileactions import FileActions
from ui.pages.calendar import CalendarPage
from ui.pages.churn import ChurnPage
from ui.pages.counts import CountsPage
from ui.pages.customers import CustomersPage
from ui.pages.dashboard import DashboardPage
from ui.pages.importpage import ImportPage
from ui.pages.nps import NpsPage
from ui.pages.predictions import PredictionsPage
from ui.pages.report import ReportPage
from ui.paths import resource_path
from ui.periodbar import PeriodBar
from ui.qapp import KlantbehoudApp
from ui.serverwatch import ServerWatch
from ui.state import ShopState

DROPPABLE = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt"}  # what the import page reads


def _openable(path: Path) -> bool:
    """A shop file, or a spreadsheet the import page reads (dropped on the window or handed over by the system)."""
    return path.suffix == SUFFIX or path.suffix.lower() in DROPPABLE


class MainWindow(QMainWindow):
    """Sidebar + stacked pages; every page reachable with Ctrl+1 … Ctrl+9."""

    first_painted = Signal()

    def __init__(self, state: ShopState | None = None):
        super().__init__()
        self._painted = False
        self.state = state or ShopState()
        self.setMinimumSize(QSize(980, 600))
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window is imported
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(236)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        # Laid over the pages while a worker computes their figures (see ``_busy``): the old figures show through
        # faded, and no click reaches them.
        self.veil = QWidget(self.stack)
        self.veil.setObjectName("veil")
        self.veil.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.veil.setCursor(Qt.CursorShape.BusyCursor)
        self.veil.hide()
        self.dashboard = DashboardPage(self.state)
        self.import_page = ImportPage(self.state)
        self.counts_page = CountsPage(self.state)
        self.pages: list[tuple[str, QWidget]] = [("dashboard", self.dashboard), ("import", self.import_page),
                                                 ("counts", self.counts_page), ("churn", ChurnPage(self.state)),
                                                 ("nps", NpsPage(self.state)),
                                                 ("customers", CustomersPage(self.state)),
                                                 ("predictions", PredictionsPage(self.state)),
                                                 ("calendar", CalendarPage(self.state)),
                                                 ("report", ReportPage(self.state))]
        self.sidebar.setIconSize(QSize(20, 20))
        for key, page in self.pages:
            self.stack.addWidget(page)
            # SVG icons: sharp at any screen scale (high-DPI).
            self.sidebar.addItem(QListWidgetItem(QIcon(str(resource_path("icons", f"page-{key}.svg"))), ""))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        # A shop on a server that went away: one sentence above the page, which keeps what it showed.
        self.server_banner = QLabel()
        self.server_banner.setWordWrap(True)
        self.server_banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px 10px;")
        self.server_banner.hide()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.server_banner)
        column.addWidget(self.stack, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.server_watch = ServerWatch(self.state, self)
        self.server_watch.lost.connect(self._server_lost)
        self.server_watch.back.connect(self.server_banner.hide)
        self.period_bar = PeriodBar(self.state)
        toolbar = self.addToolBar("period")
        toolbar.setObjectName("periodToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.period_bar)
        self._build_menus()
        self.files.refresh_action.triggered.connect(self.server_watch.check_now)  # F5: the watch's look, banner and all
        self.page_actions: list[QAction] = []
        for i in range(len(self.pages)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            self.addAction(action)
            self.page_actions.append(action)
        self.state.changed.connect(self._update_status)
        self.state.busy_changed.connect(self._busy)
        self.retranslate()
        self.sidebar.setCurrentRow(0)
        app = QApplication.instance()
        if isinstance(app, KlantbehoudApp):  # macOS: a shop file double-clicked in Finder
            app.file_open_requested.connect(lambda name: self.open_system_file(Path(name)))
        geometry = settings.get(settings.GEOMETRY)
        if not (geometry and self.restoreGeometry(geometry)):
            self.resize(1280, 820)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen it is on: a 1366×768 laptop has less room than the default size,
        and a screen that was unplugged must not keep the window out of sight."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        # The frame (title bar, borders) comes on top of the window's own size.
        extra_w = max(self.frameGeometry().width() - self.width(), 0)
        extra_h = max(self.frameGeometry().height() - self.height(), 40)
        width = min(self.width(), room.width() - extra_w)
        height = min(self.height(), room.height() - extra_h)
        self.resize(max(width, min(self.minimumWidth(), room.width())), max(height, min(self.minimumHeight(),
                                                                                     room.height())))
        frame = self.frameGeometry()
        if not room.contains(frame):
            self.move(room.x() + max((room.width() - frame.width()) // 2, 0),
                      room.y() + max((room.height() - frame.height()) // 2, 0))

    # --- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.files = FileActions(self, self.state)
        self.files.fill_menu(self.file_menu)
        self.files.import_requested.connect(self.start_import)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = settings.get(settings.LANGUAGE)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # language names are never translated
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.help_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents, triggered=self.show_help)
        self.help_menu.addAction(self.help_action)
        self.about_action = QAction(self, triggered=self.show_about)
        self.help_menu.addAction(self.about_action)
        # Ctrl+F: find a customer, from whichever page.
        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find, triggered=self.find_customer)
        self.addAction(self.find_action)

    # --- drag and drop ------------------------------------------------------------------------------
    def _dropped_file(self, event) -> Path | None:
        """The one local file being dragged, when it is a spreadsheet or a shop file."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if _openable(path) else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dropped_file(event):
            event.acceptProposedAction()

    def open_system_file(self, path: Path) -> None:
        """A file the system asks the app to open: a shop opens, a spreadsheet goes to the import page."""
        if _openable(path):
            self.open_dropped(path)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A spreadsheet dropped on the window opens in the import page; a shop file opens the shop."""
        path = self._dropped_file(event)
        if path is None:
            return
        event.acceptProposedAction()
        self.open_dropped(path)

    def open_dropped(self, path: Path) -> None:
        """Open what was dropped (also used by tests, which cannot drag with a mouse)."""
        if path.suffix == SUFFIX:
            self.files.open_path(path)
            return
        if self.state.read_only:
            QMessageBox.information(self, self.tr("Read-only"),
                                    self.tr("This workspace is open read-only; nothing can be imported."))
            return
        self.sidebar.setCurrentRow([key for key, _ in self.pages].index("import"))
        self.import_page.open_file(path)

    def start_import(self) -> None:
        """File > Import: the wizard page, with the file dialog open."""
        if self.state.read_only:
            QMessageBox.information(self, self.tr("Read-only"),
                                    self.tr("This workspace is open read-only; nothing can be imported."))
            return
        self.sidebar.setCurrentRow(1)
        self.import_page.choose_file()

    def set_language(self, code: str) -> None:
        """Switch the UI language live and remember the choice."""
        settings.put(settings.LANGUAGE, code)
        i18n.install(code)
        for c, action in self.language_actions.items():
            action.setChecked(c == code)

    def find_customer(self) -> None:
        """Go to the customers page with the search box ready for typing."""
        keys = [key for key, _ in self.pages]
        self.sidebar.setCurrentRow(keys.index("customers"))
        search = dict(self.pages)["customers"].search
        search.setFocus()
        search.selectAll()

    def help_text(self) -> str:
        """Every figure's definition with the shop's own numbers, in the app's language."""
        from ui.pages.dashboard import CARD_KEYS
        from ui.pages.explain import Explainer

        summary, explainer = self.state.summary(), Explainer()
        parts = [self.tr("How each figure is made, with your own numbers. The same text opens from “How is this "
                         "computed?” under each card.")]
        for key in CARD_KEYS:
            parts.append(f"{self.dashboard.cards[key].title.text()}\n{explainer.explanation(key, summary)}")
        return "\n\n".join(parts)

    def show_help(self) -> QDialog:
        """F1: the definitions of every figure in a window of their own."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Help: how each figure is made"))
        text = QTextBrowser()
        text.setPlainText(self.help_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(720, 560)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        """Help > About."""
        QMessageBox.about(self, self.tr("About Klantbehoud"), self.tr(
            "Klantbehoud {version}\n\nSee how well your shop keeps its customers: retention rate, churn, NPS, "
            "repeat purchases, referrals and the 80/20 split.\n\nYour data stays on this computer.").format(
            version=__version__))

    # --- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the window in the current language."""
        names = [self.tr("Dashboard"), self.tr("Import"), self.tr("Period counts"), self.tr("Churn"), self.tr("NPS"),
                 self.tr("Customers"), self.tr("Predictions"), self.tr("Calendar"), self.tr("Report")]
        for i, name in enumerate(names):
            item = self.sidebar.item(i)
            item.setText(name)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=name, n=i + 1))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.file_menu.setTitle(self.tr("&File"))
        self.files.retranslate()
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("How each figure is made (F1)"))
        self.about_action.setText(self.tr("&About Klantbehoud"))
        self._update_status()

    def _server_lost(self, sentence: str) -> None:
        self.server_banner.setText(sentence)
        self.server_banner.show()

    def _busy(self, busy: bool) -> None:
        """While a worker computes the figures for a new choice, the pages show the old ones faded: nothing
        on them can be read as the new figures or acted on."""
        for _key, page in self.pages:  # no key reaches a page either
            page.setEnabled(not busy)
        if busy:
            # Faded, so the old figures cannot be taken for the new ones (a disabled card looks the same).
            self.veil.setGeometry(self.stack.rect())
            self.veil.raise_()
        self.veil.setVisible(busy)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.veil.isHidden():
            self.veil.setGeometry(self.stack.rect())

    def _update_status(self) -> None:
        title = self.state.title or self.tr("no data")
        ws = self.state.workspace
        if ws is not None and ws.on_server:
            title = self.tr("{shop} on {server}").format(shop=title, server=ws.address.server)
        if self.state.read_only:
            title += self.tr(" (read-only)")
        self.setWindowTitle(self.tr("Klantbehoud – {shop}").format(shop=title))
        s = self.state.summary()
        orders, answers = len(self.state.data.orders), len(self.state.data.surveys)
        self.statusBar().showMessage(" · ".join([
            self.tr("{n} customers", "", s.customers).format(n=fmt.number(s.customers)),
            self.tr("{n} orders", "", orders).format(n=fmt.number(orders)),
            self.tr("{n} survey answers", "", answers).format(n=fmt.number(answers)),
            self.tr("data up to {as_of}").format(as_of=s.as_of.strftime("%d-%m-%Y"))]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Paint first, then build the charts (matplotlib costs about a second to import).
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self.dashboard.ensure_charts)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings.put(settings.GEOMETRY, self.saveGeometry())
        if self.import_page.child:
            self.import_page.child.stop()
        from ui.reportchild import stop_report_child

        stop_report_child()
        self.state.close()
        super().closeEvent(event)


