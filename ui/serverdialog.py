"""The dialog for a shop on a server: its address, the password (kept in the system's keyring only when the owner
asks), and one sentence on what the server is. Used to open such a shop and to copy this one to a server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.store.pgdb import ServerAddress


class ServerDialog(QDialog):
    """Asks for ``postgresql://user@server/database`` and its password; ``place()`` and ``password()`` after OK."""

    def __init__(self, parent: QWidget | None, title: str, action: str, address: str = "", problem: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("A shop on a PostgreSQL server can be used by several PCs at once, for example the "
                               "counter and the back office, or every branch of a chain."))
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("postgresql://eigenaar@server/winkel")
        self.address.setAccessibleName(self.tr("Server address"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember the password in this PC's keyring"))
        self.error = QLabel(problem)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.setVisible(bool(problem))
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Password:"), self.secret)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        try:
            ServerAddress.parse(self.address.text())
        except ValueError:
            self.error.setText(self.tr("Write the address as postgresql://user@server/database, for example "
                                       "postgresql://eigenaar@192.168.1.20/winkel."))
            self.error.setVisible(True)
            return
        self.accept()

    def place(self) -> str:
        """The address as typed, without a password in it."""
        return ServerAddress.parse(self.address.text()).url

    def password(self) -> str | None:
        """The password typed (None: none typed, so the keyring's or libpq's own is used)."""
        return self.secret.text() or None
