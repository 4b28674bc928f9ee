"""The window on a shop on a server and on a chain's branches: opening from File, another PC's change coming in,
a server that goes away (said once, the figures kept, back by itself), and one branch or all on every page."""

import psycopg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.branches import for_branch
from core.importing.pipeline import import_file
from core.store import Workspace
from ui import settings
from ui.app import make_app
from ui.serverdialog import ServerDialog


def _csv(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_open_on_a_server_another_pcs_change_comes_in_and_a_cut_is_said_once(window, qtbot, pg_url, pg_server,
                                                                              tmp_path):
    with Workspace.create(pg_url, "Keten De Boon") as ws:
        ws.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer;Naam\n1;Anna\n2;Bram\n")))
    assert window.files.open_server(pg_url)
    assert window.state.workspace.on_server and settings.get(settings.RECENT_FILES)[0] == pg_url
    server = f"127.0.0.1:{pg_server.port}"
    assert window.windowTitle() == f"Klantbehoud – Keten De Boon op {server}"
    assert window.files.recent_menu.actions()[0].text() == f"klantbehoud_test op {server}"
    window.server_watch.check()
    assert window.state.data.customers and len(window.state.data.orders) == 0
    # The window's own change is on screen already: the next look does not read the shop again.
    version = window.state._data_version
    window.state.workspace.mark_action("thanks:2025-03-01", "1", "done")
    window.server_watch.check()
    assert window.state._data_version == version
    # The back office imports orders: the counter's window reads them at its next look.
    with Workspace.open(pg_url) as office:
        office.apply_import(import_file(_csv(tmp_path, "o.csv", "Klantnummer;Orderdatum;Bedrag\n1;01-03-2025;5\n")))
    window.server_watch.check()  # read off the window's thread: the window goes on meanwhile
    qtbot.waitUntil(lambda: len(window.state.data.orders) == 1, timeout=10000)
    # F5 reads it again at once (another PC's mark comes in without waiting for the next look).
    with Workspace.open(pg_url) as office:
        office.mark_action("winback:2025-04-01", "2", "skipped")
    version = window.state._data_version
    window.files.refresh_action.trigger()
    qtbot.waitUntil(lambda: window.state._data_version == version + 1, timeout=10000)
    assert window.files.refresh_action.shortcut().toString() == "F5"
    # The network goes: one sentence above the page, the figures stay; the next look finds the server again.
    with psycopg.connect(host=pg_server.host, port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid != "
                      "pg_backend_pid()", (pg_server.dbname,))
    window.server_watch.check()
    assert window.server_banner.isVisibleTo(window)
    assert window.server_banner.text() == (f"De server {server} is nu niet bereikbaar; er is niets veranderd, en wat "
                                           "je ziet blijft staan tot hij weer antwoordt.")
    assert len(window.state.data.orders) == 1 and len(window.state.data.customers) == 2  # kept on screen
    window.server_watch.check()
    assert not window.server_banner.isVisibleTo(window) and not window.server_watch.away


def test_the_server_dialog_takes_an_address_without_its_password(qtbot):
    make_app([])
    dialog = ServerDialog(None, "Open", "Openen")
    qtbot.addWidget(dialog)
    dialog.address.setText("winkel op de nas")
    dialog._check()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog) and "postgresql://" in dialog.error.text()
    dialog.address.setText("postgresql://eigenaar:geheim@nas.local/winkel")
    dialog.secret.setText("s3cret")
    dialog._check()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert dialog.place() == "postgresql://eigenaar@nas.local/winkel" and dialog.password() == "s3cret"
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password


def test_every_page_shows_one_branch_or_all(window, tmp_path):
    shop = tmp_path / "keten.klantbehoud"
    window.state.new_workspace(shop, "Keten")
    orders = ("Ordernummer;Klantnummer;Orderdatum;Bedrag;Filiaal\n"
              "1;K1;05-01-2025;10,00;Noord\n2;K1;05-02-2025;20,00;Zuid\n3;K2;06-01-2025;30,00;Noord\n"
              "4;K3;07-01-2025;40,00;Zuid\n5;K3;07-03-2025;50,00;Zuid\n")
    result = import_file(_csv(tmp_path, "orders.csv", orders))
    assert {o.branch for o in result.orders} == {"Noord", "Zuid"}
    window.state.import_results([result])
    bar = window.period_bar
    assert bar.branch.isVisibleTo(window) and [bar.branch.itemText(i) for i in range(3)] == [
        "Alle filialen", "Noord", "Zuid"]
    assert window.state.summary().customers == 3
    bar.branch.setCurrentIndex(1)
    bar.branch.activated.emit(1)
    assert window.state.branch == "Noord"
    assert sorted(o.order_id for o in window.state.data.orders) == ["1", "3"]
    assert [c.id for c in window.state.data.customers] == [c.id for c in for_branch(window.state.all_data,
                                                                                      "Noord").customers]
    assert window.state.summary().customers == 2  # K1 and K2 bought at Noord
    assert window.windowTitle() == "Klantbehoud – Keten · Noord"
    bar.branch.setCurrentIndex(0)
    bar.branch.activated.emit(0)
    assert window.state.branch is None and len(window.state.data.orders) == 5
    # The customer list names each customer's home branch (the branch of their first order here).
    customers = dict(window.pages)["customers"]
    customers.refresh()
    model = customers.model
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Filiaal"
    assert {model.data(model.index(r, 0)): model.data(model.index(r, last)) for r in range(model.rowCount())} == {
        "K1": "Noord", "K2": "Noord", "K3": "Zuid"}
    listed = tmp_path / "klanten.csv"
    assert customers.export_list(listed) == 3
    lines = listed.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";")[-1] == "Filiaal" and sorted(line.split(";")[-1] for line in lines[1:]) == [
        "Noord", "Noord", "Zuid"]
    # A shop without branches never shows the choice, nor the column.
    window.files.open_demo()
    assert not bar.branch.isVisibleTo(window)
    customers.refresh()
    assert customers.model.headerData(customers.model.columnCount() - 1, Qt.Orientation.Horizontal) != "Filiaal"


def test_a_refused_password_is_asked_for_in_the_dialog(window, qtbot, pg_url, pg_server, shop_user):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.helpers.pgserver import PASSWORD_USER

    Workspace.create(pg_url, "Keten").close()
    url = shop_user(PASSWORD_USER, "ALL", "geheim")
    seen: list[str] = []

    def type_the_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerDialog):
            QTimer.singleShot(50, type_the_password)
            return
        seen.extend([dialog.address.text(), dialog.error.text()])
        dialog.secret.setText("geheim")
        dialog._check()

    QTimer.singleShot(50, type_the_password)
    assert window.files.open_server(url)  # the recent entry's way: no password kept, so the dialog asks
    assert seen == [url, f"De server 127.0.0.1:{pg_server.port} accepteert gebruiker kassa niet met dit wachtwoord."]
    assert window.state.workspace.on_server and window.state.title == "Keten"
    assert "geheim" not in " ".join(settings.get(settings.RECENT_FILES))
