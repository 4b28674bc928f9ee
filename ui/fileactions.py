"""The File menu's work: new, open (a file or a shop on a server), import, save as, copy to a server, recent
workspaces and restoring a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from core.store import LoginRefused, StoreError, WorkspaceLocked, is_server_address
from core.store.backups import backup_folder, list_backups
from core.store.passwords import forget_password, remember_password
from core.store.pgdb import ServerAddress
from core.store.shopfile import SUFFIX, restore_backup
from core.text import InputError
from ui import settings
from ui.i18n import problem_text
from ui.paths import data_dir
from ui.serverdialog import ServerDialog
from ui.state import ShopState


class FileActions(QObject):
    """Builds the File menu's actions and carries them out for ``window``."""

    import_requested = Signal()

    def __init__(self, window: QWidget, state: ShopState):
        super().__init__(window)
        self.window = window
        self.state = state
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self.new_workspace)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_workspace)
        self.open_server_action = QAction(self, triggered=lambda: self.open_server())
        self.copy_to_server_action = QAction(self, triggered=lambda: self.copy_to_server())
        # The import itself happens in the wizard page; the window decides how to show it.
        self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+I"), triggered=self.import_requested.emit)
        self.undo_import_action = QAction(self, triggered=lambda: self.undo_import())
        self.save_as_action = QAction(self, shortcut=QKeySequence.StandardKey.SaveAs, triggered=self.save_as)
        self.restore_action = QAction(self, triggered=self.restore)
        self.demo_action = QAction(self, triggered=self.open_demo)
        # Read the shop again now (a shop on a server: what another PC stored; the window also looks every 10 s).
        # The window connects it to its server watch, which reads and says when the shop cannot be read.
        self.refresh_action = QAction(self, shortcut=QKeySequence.StandardKey.Refresh)
        self.recent_menu = QMenu()

    def fill_menu(self, menu: QMenu) -> None:
        """Put the actions in ``menu`` (the window adds Quit)."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.open_server_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.demo_action)
        menu.addAction(self.refresh_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.undo_import_action)
        menu.aboutToShow.connect(self._update_undo)
        menu.addSeparator()
        menu.addAction(self.save_as_action)
        menu.addAction(self.copy_to_server_action)
        menu.addAction(self.restore_action)
        menu.aboutToShow.connect(self._update_file_kind)
        self.fill_recent()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.new_action.setText(self.tr("&New shop…"))
        self.open_action.setText(self.tr("&Open a shop file…"))
        self.open_server_action.setText(self.tr("Open a shop on a &server…"))
        self.copy_to_server_action.setText(self.tr("&Copy this shop to a server…"))
        self.import_action.setText(self.tr("&Import a spreadsheet…"))
        self.undo_import_action.setText(self.tr("&Undo the last import…"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.restore_action.setText(self.tr("Restore a &backup…"))
        self.demo_action.setText(self.tr("Open the &demo shop"))
        self.refresh_action.setText(self.tr("Read the shop &again"))
        self.recent_menu.setTitle(self.tr("Open &recent"))

    def fill_recent(self) -> None:
        """The recent workspaces submenu."""
        self.recent_menu.clear()
        recent = [p for p in settings.get(settings.RECENT_FILES) if p]
        for entry in recent:
            if is_server_address(entry):
                try:
                    address = ServerAddress.parse(entry)
                except ValueError:
                    continue  # a hand-edited settings file: an address that is none is left out
                action = self.recent_menu.addAction(self.tr("{database} on {server}").format(
                    database=address.database, server=address.server))
                action.triggered.connect(lambda _=False, u=entry: self.open_server(u))
            else:
                action = self.recent_menu.addAction(Path(entry).name)
                action.triggered.connect(lambda _=False, p=Path(entry): self.open_path(p))
            action.setToolTip(entry)
        self.recent_menu.setEnabled(bool(recent))

    def _update_file_kind(self) -> None:
        ws = self.state.workspace
        self.restore_action.setEnabled(bool(ws and ws.path is not None and not ws.read_only))
        self.copy_to_server_action.setEnabled(bool(ws))

    def _update_undo(self) -> None:
        ws = self.state.workspace
        try:
            self.undo_import_action.setEnabled(bool(ws and ws.pending_undo()))
        except StoreError:  # a server that is away: nothing can be undone until it answers
            self.undo_import_action.setEnabled(False)

    # --- the actions ---------------------------------------------------------------------------------
    def undo_import(self, confirm: bool = True) -> bool:
        """Take the last import back, after saying exactly what goes."""
        ws = self.state.workspace
        info = ws.pending_undo() if ws else None
        if info is None:
            QMessageBox.information(self.window, self.tr("Undo the last import"), self.tr(
                "There is nothing to undo: no import yet, or something was changed after it."))
            return False
        question = self.tr(
            "Undo the import of {file} ({when})? It removes the {orders} orders and {answers} survey answers it "
            "added, and puts the {customers} customers it added or changed back as they were.").format(
            file=info.file, when=info.imported_at.replace("T", " "), orders=info.orders, answers=info.answers,
            customers=info.customers)
        if confirm and QMessageBox.question(self.window, self.tr("Undo the last import"),
                                            question) != QMessageBox.StandardButton.Yes:
            return False
        try:
            ws.undo_last_import()
        except StoreError as exc:
            self._warn(self.tr("The import was not undone"), exc)
            return False
        self.state.reload()
        return True

    def _warn(self, title: str, exc: InputError) -> None:
        QMessageBox.warning(self.window, title, problem_text(exc.problem))

    def _filter(self) -> str:
        return self.tr("Klantbehoud workspaces (*{suffix})").format(suffix=SUFFIX)

    def open_path(self, path: Path) -> bool:
        """Open a workspace; offer read-only when another Klantbehoud has it. False when nothing opened."""
        try:
            self.state.open_workspace(path)
        except WorkspaceLocked as exc:
            answer = QMessageBox.question(
                self.window, self.tr("Workspace in use"),
                problem_text(exc.problem) + "\n\n" + self.tr("Open it read-only?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                self.state.open_workspace(path, read_only=True)
            except StoreError as again:
                self._warn(self.tr("This workspace cannot be opened"), again)
                return False
        except StoreError as exc:
            self._warn(self.tr("This workspace cannot be opened"), exc)
            return False
        settings.add_recent(str(path))
        self.fill_recent()
        return True

    def open_server(self, place: str = "", problem: str = "") -> bool:
        """File > Open a shop on a server (or a recent one): with the keyring's password first, asking for one
        when the server wants it. False when nothing opened."""
        password = None
        if not place or problem:
            dialog = ServerDialog(self.window, self.tr("Open a shop on a server"), self.tr("Open"), place, problem)
            if dialog.exec() != ServerDialog.DialogCode.Accepted:
                return False
            place, password = dialog.place(), dialog.password()
            remember = dialog.remember.isChecked()
        else:
            remember = False
        try:
            self.state.open_workspace(place, password=password)
        except LoginRefused as exc:
            forget_password(ServerAddress.parse(place))  # a kept password the server refuses is of no use
            return self.open_server(place, problem_text(exc.problem))
        except StoreError as exc:
            self._warn(self.tr("This workspace cannot be opened"), exc)
            return False
        if remember and password and not remember_password(ServerAddress.parse(place), password):
            QMessageBox.information(self.window, self.tr("Password not kept"), self.tr(
                "This PC has no keyring to keep the password in; you will be asked for it next time."))
        settings.add_recent(place)
        self.fill_recent()
        return True

    def copy_to_server(self, problem: str = "", place: str = "") -> bool:
        """File > Copy this shop to a server: every table into an empty database there; the shop on the server is
        then opened (the file stays as it is)."""
        ws = self.state.workspace
        if not ws:
            return False
        dialog = ServerDialog(self.window, self.tr("Copy this shop to a server"), self.tr("Copy"), place, problem)
        if dialog.exec() != ServerDialog.DialogCode.Accepted:
            return False
        place, password = dialog.place(), dialog.password()
        try:
            ws.copy_to_server(place, password)
        except LoginRefused as exc:  # asked again, with the address already filled in
            return self.copy_to_server(problem_text(exc.problem), place)
        except StoreError as exc:
            self._warn(self.tr("The shop was not copied"), exc)
            return False
        if dialog.remember.isChecked() and password:
            remember_password(ServerAddress.parse(place), password)
        QMessageBox.information(self.window, self.tr("Shop copied"), self.tr(
            "The shop is now also on {server}. Open it there on every PC that uses it (File > Open a shop on a "
            "server); this file stays as it was.").format(server=ServerAddress.parse(place).server))
        try:
            self.state.open_workspace(place, password=password)
        except StoreError as exc:
            self._warn(self.tr("This workspace cannot be opened"), exc)
            return True
        settings.add_recent(place)
        self.fill_recent()
        return True

    def open_workspace(self) -> None:
        """File > Open."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a shop"), str(Path.home()), self._filter())
        if name:
            self.open_path(Path(name))

    def new_workspace(self) -> None:
        """File > New shop: asks the shop's name and where to keep its file."""
        shop, ok = QInputDialog.getText(self.window, self.tr("New shop"), self.tr("Name of your shop:"))
        if not ok or not shop.strip():
            return
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Where to keep the shop's file"),
                                              str(Path.home() / f"{shop.strip()}{SUFFIX}"), self._filter())
        if not name:
            return
        path = Path(name if name.endswith(SUFFIX) else name + SUFFIX)
        try:
            self.state.new_workspace(path, shop.strip())
        except StoreError as exc:
            self._warn(self.tr("The shop cannot be created"), exc)
            return
        settings.add_recent(str(path))
        self.fill_recent()

    def save_as(self) -> None:
        """File > Save as: a copy of the workspace, which then becomes the open one."""
        ws = self.state.workspace
        if not ws:
            return
        suggested = (ws.path.with_name(ws.path.stem + " (kopie)" + SUFFIX) if ws.path is not None
                     else Path.home() / f"{ws.label}{SUFFIX}")  # a shop on a server: a file of it on this PC
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the shop as"), str(suggested),
                                              self._filter())
        if not name:
            return
        target = Path(name if name.endswith(SUFFIX) else name + SUFFIX)
        try:
            ws.save_as(target)
        except StoreError as exc:
            self._warn(self.tr("The copy cannot be saved"), exc)
            return
        self.open_path(target)

    def restore(self) -> None:
        """File > Restore a backup: pick one of the daily copies; the current file is kept aside first."""
        ws = self.state.workspace
        if not ws or ws.read_only or ws.path is None:
            return  # a shop on a server is restored from the server's own backups
        folder = backup_folder(ws.path, data_dir() / "backups")
        backups = list_backups(ws.path, folder)
        if not backups:
            QMessageBox.information(self.window, self.tr("No backups"),
                                    self.tr("There are no backups of this shop yet in {folder}.").format(
                                        folder=folder))
            return
        choice, ok = QInputDialog.getItem(self.window, self.tr("Restore a backup"),
                                          self.tr("Which day do you want back?"), [b.name for b in backups], 0,
                                          False)
        if not ok:
            return
        path = ws.path
        self.state.close()
        try:
            safety = restore_backup(folder / choice, path)
        except (StoreError, OSError) as exc:
            if isinstance(exc, StoreError):
                self._warn(self.tr("The backup cannot be restored"), exc)
            self.open_path(path)
            return
        self.open_path(path)
        QMessageBox.information(self.window, self.tr("Backup restored"),
                                self.tr("The shop is back as it was on that day. The version you had is kept "
                                        "as {file}.").format(file=safety.name))

    def open_demo(self) -> None:
        """Go back to the demo shop."""
        try:
            self.state.load_demo()
        except StoreError as exc:
            self._warn(self.tr("This workspace cannot be opened"), exc)
