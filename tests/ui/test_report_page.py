"""The report: PDF pages and text equal the core's figures, Excel re-opened, print preview, CLI."""

import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from core.report.cli import run as run_report
from ui.pages.report import ReportPage


@pytest.fixture
def page(qtbot, demo_state):
    state = demo_state
    p = ReportPage(state)
    qtbot.addWidget(p)
    yield p


def _saved(page, qtbot, save, target: Path) -> Path:
    """``save(target)`` (written on a worker) and the file once it is there."""
    with qtbot.waitSignal(page.saved, timeout=60_000) as blocker:
        save(target)
    assert blocker.args == [target]
    return target


def _expected_pages(s) -> int:
    """Key figures, four pages of two charts, two pages of predictions, then the two customer lists (34 a page,
    an empty list still one page)."""
    per, most = 34, 2  # a list longer than two pages continues in the Excel file
    top, risk = s.pareto.top_count, len(s.at_risk)
    return 1 + 4 + 2 + min(most, max(1, -(-top // per))) + min(most, max(1, -(-risk // per)))


def test_pdf_pages_and_text_match_the_figures(page, qtbot, tmp_path):
    s = page.state.summary()
    path = _saved(page, qtbot, page.save_pdf, tmp_path / "rapport.pdf")
    reader = PdfReader(path)
    expected = _expected_pages(s)
    assert len(reader.pages) == expected
    assert s.predictions.method == "model" and len(s.at_risk) == 16  # the demo shop: 16 regulars slipping away
    text = reader.pages[6].extract_text()
    assert "Voorspellingen" in text and "Kampioenen" in text
    fc = s.predictions.forecast
    assert f"{fc.next_month.purchases:.0f} aankopen" in text
    assert f"{fc.next_month.revenue:.2f}".replace(".", ",") in text
    first = reader.pages[0].extract_text()
    assert "Koffiebranderij De Boon" in first
    assert f"{s.crr.percent:.1f}".replace(".", ",") + " %" in first
    assert f"(({s.crr.end} − {s.crr.new}) / {s.crr.start})" in first
    assert f"{s.nps.score:.0f}" in first and "Pagina 1" in first
    lists = reader.pages[-2].extract_text() + reader.pages[-1].extract_text()
    top_id = s.frame.ids[s.pareto.top_indices[0]]
    assert top_id in reader.pages[7].extract_text() or top_id in lists
    if shutil.which("pdftoppm"):  # poppler-utils: present on the development machine, optional elsewhere
        out = Path(__file__).resolve().parents[2] / "test-artifacts" / "report"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(out / "page")], check=True)
        assert len(list(out.glob("page-*.png"))) == expected


def test_names_can_be_left_out(page, qtbot, tmp_path):
    s = page.state.summary()
    top = s.frame.ids[s.pareto.top_indices[0]]
    name = next(c.name for c in page.state.data.customers if c.id == top)
    page.names.setChecked(False)
    pdf = _saved(page, qtbot, page.save_pdf, tmp_path / "anoniem.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert top in text and name not in text


def test_excel_export_reopened(page, qtbot, tmp_path):
    s = page.state.summary()
    wb = openpyxl.load_workbook(_saved(page, qtbot, page.save_xlsx, tmp_path / "cijfers.xlsx"))
    figures = wb["Kerncijfers"]
    assert figures["B2"].value == round(s.crr.percent, 4)
    churn = wb["Klantverloop per maand"]
    assert [churn.cell(row=2 + i, column=3).value for i in range(len(s.churn_monthly))] == [
        m.lost for m in s.churn_monthly]
    assert churn._charts, "a native Excel chart"
    formulas = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


@pytest.mark.parametrize("where", ["no-such-folder/rapport.pdf", "a-folder.pdf"])
def test_a_file_that_cannot_be_written_is_said(page, qtbot, tmp_path, where):
    """A file that cannot be written gives a sentence naming it (a folder that does not exist, a name taken by a
    folder), never the error window; the buttons stay usable."""
    (tmp_path / "a-folder.pdf").mkdir()
    target = tmp_path / where
    with qtbot.waitSignal(page.not_saved, timeout=60_000):
        assert page.save_pdf(target) is None
    assert page.pdf_button.isEnabled() and page.xlsx_button.isEnabled()
    text = page.message.text()
    assert target.name in text and ("could not be saved" in text or "kon niet worden opgeslagen" in text)
    assert not target.is_file()
    page.message.close()


def test_print_preview_opens(page, qtbot):
    """The pages are made once, then the preview opens with them (its printer kept while it lives)."""
    with qtbot.waitSignal(page.preview_opened, timeout=60_000) as opened:
        dialog = page.print_preview()
    assert opened.args == [dialog] and dialog is page.preview and page.printer is not None
    qtbot.waitUntil(dialog.isVisible)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == _expected_pages(page.state.summary()))
    dialog.close()


def test_thumbnails(page, qtbot):
    """The small images of every page, with the report's decimal sign while they are drawn and the window's after."""
    from core.report import charts

    n = _expected_pages(page.state.summary())
    window_sign = charts.set_decimal("?")  # a sign the report does not use: it must be the window's again after
    try:
        with qtbot.waitSignal(page.thumbnails_shown, timeout=60_000) as shown:
            page.show_thumbnails()
        assert charts.DECIMAL["sign"] == "?"
    finally:
        charts.set_decimal(window_sign)
    assert shown.args == [n] and str(n) in page.status.text() and page.thumbs.count() == n + 1


def test_report_command_line(page, tmp_path):
    ws = page.state.workspace.path
    page.state.close()
    out, err = io.StringIO(), io.StringIO()
    assert run_report([str(ws), "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx"),
                       "--from", "2026-01-01", "--to", "2026-06-30", "--paper", "Letter"], out, err) == 0
    reader = PdfReader(tmp_path / "r.pdf")
    assert abs(float(reader.pages[0].mediabox.width) - 612) < 1  # Letter
    assert "01-01-2026" in reader.pages[0].extract_text()
    assert run_report([str(tmp_path / "weg.klantbehoud"), "--pdf", str(tmp_path / "x.pdf")], out, err) == 2


def test_chart_axes_use_the_languages_decimal_sign_and_count_whole_answers():
    from matplotlib.figure import Figure

    from core.metrics.nps import nps_from_counts
    from core.report import charts

    old = charts.set_decimal(",")
    try:
        fig = Figure()
        charts.draw_nps_distribution(fig, nps_from_counts([0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 3]))
        fig.canvas.draw()
        ax = fig.axes[0]
        labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
        assert all(float(label.replace(",", ".")).is_integer() for label in labels)  # no half answers
        from matplotlib.ticker import FuncFormatter

        assert isinstance(ax.yaxis.get_major_formatter(), FuncFormatter)
        assert ax.yaxis.get_major_formatter()(2.5, 0) == "2,5"
    finally:
        charts.set_decimal(old)


def test_named_ticks_keep_their_names():
    from matplotlib.figure import Figure

    from core.predict.segments import NAMES, SEGMENTS
    from core.report import predict_charts

    fig = Figure()
    predict_charts.draw_segments(fig, [(k, i + 1, 100.0 * i, 10.0) for i, k in enumerate(SEGMENTS)])
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert sorted(labels) == sorted(NAMES[k] for k in SEGMENTS)


def test_the_pages_are_drawn_again_when_the_figures_change(page, qtbot):
    """The small images follow the data: a change while the page is seen draws them again."""
    with qtbot.waitSignal(page.thumbnails_shown, timeout=60_000):
        page.show()  # the first showing draws them
    with qtbot.waitSignal(page.thumbnails_shown, timeout=60_000) as again:
        page.state.changed.emit()
    assert again.args == [_expected_pages(page.state.summary())]


def test_the_at_risk_line_says_what_the_dashboard_says(page):
    """Counted by the model (with its horizon), and while the predictions are still being made not a 0 but a dash
    with the reason — in the PDF's key figures and in the Excel file alike."""
    from dataclasses import replace

    from core.report.pages import key_figures, key_values

    s = page.state.summary()
    label, shown, how = key_figures(s, None, ".")[-1]
    assert (label, shown) == ("Customers at risk", "16") and "chance to buy in the next 90 days" in how
    assert key_values(s)[-1] == 16
    pending = replace(s, predictions=None, at_risk=[])
    label, shown, how = key_figures(pending, None, ".")[-1]
    assert shown == "–" and "still being made" in how and key_values(pending)[-1] is None


def _count_drawings(monkeypatch) -> list[int]:
    """A list that grows by one for each drawing of the small images sent to the report's child."""
    import ui.pages.report as report_page

    calls: list[int] = []
    real = report_page.run_quietly
    monkeypatch.setattr(report_page, "run_quietly", lambda *args: calls.append(1) or real(*args))
    return calls


def test_changes_while_hidden_draw_the_pages_once_when_shown(page, qtbot, monkeypatch):
    calls = _count_drawings(monkeypatch)
    for _ in range(3):
        page.state.changed.emit()  # hidden: nothing drawn yet
    assert calls == []
    with qtbot.waitSignal(page.thumbnails_shown, timeout=60_000):
        page.show()
    qtbot.wait(200)
    assert calls == [1]


def test_the_pages_are_drawn_in_a_child_process_while_the_window_goes_on(page, qtbot, monkeypatch):
    """The small images come from the report's own process; meanwhile the window's thread is free (its timers run),
    and a change of the figures while they are drawn draws them again, showing only the newest."""
    import os

    from PySide6.QtCore import QTimer

    from ui.reportchild import report_child

    calls = _count_drawings(monkeypatch)
    page.show()
    qtbot.waitSignal(page.thumbnails_shown, timeout=60_000).wait()  # the first showing's images
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with qtbot.waitSignal(page.thumbnails_shown, timeout=60_000) as shown:
        page.state.changed.emit()
        assert page.drawing and page.status.text() == "De pagina's worden getekend…"
        assert page.old_images.isEnabled()  # the images of before the change are shown faded
        page.state.changed.emit()  # while drawing: drawn again once these are in
        assert page.draw_again
    timer.stop()
    assert calls == [1, 1, 1] and not page.drawing and shown.args == [_expected_pages(page.state.summary())]
    assert not page.old_images.isEnabled()
    assert len(ticks) > 10  # the window's timers ran while the pages were drawn
    pids = [p.pid for p in report_child()._pool._processes.values()]
    assert pids and os.getpid() not in pids


def test_a_report_child_that_dies_is_said(page):
    """A child that ends mid-job (out of memory, say) gives the report's sentence, and the next job starts a new
    one."""
    import os

    from core.text import InputError
    from ui.reportchild import report_child

    with pytest.raises(InputError) as died:
        report_child().run("", os._exit, 3)
    assert died.value.problem.template.startswith("Drawing the report stopped unexpectedly")
    assert report_child().run("", abs, -2) == 2


def _texts(pages: list) -> list[str]:
    return [t.get_text() for page in pages for t in page.findobj(lambda a: hasattr(a, "get_text"))]


@pytest.mark.parametrize("chain", [False, True])
def test_the_child_gets_what_the_pages_read(page, chain):
    """The child is sent only the rows the lists show and, outside a chain, only the surveys and typed counts of the
    data; the pages made from that are the pages made from everything, word for word."""
    from dataclasses import replace

    from core.report.pages import ReportOptions, build_pages
    from ui.reportchild import job_data, job_rows

    s, data, rows = page.state.summary(), page.state.data, page.state.customer_rows()
    if chain:  # two branches: the branch page needs the customers and orders
        half = len(data.customers) // 2
        data = replace(data, customers=[replace(c, branch="Noord" if i < half else "Zuid")
                                        for i, c in enumerate(data.customers)])
    options = ReportOptions(made_on=s.as_of)
    full = build_pages(s, data, options, None, "Winkel", None, rows)
    sent = build_pages(s, job_data(data), options, None, "Winkel", None, job_rows(s, rows))
    assert len(_texts(full)) > 200 and _texts(sent) == _texts(full) and len(full) == _expected_pages(s) + chain
    assert (job_data(data) is data) == chain and len(job_rows(s, rows)) < len(rows)


def test_the_child_draws_in_the_windows_language(page, qtbot, tmp_path):
    """The child makes the pages in the language the window speaks: English texts and decimal points after a switch
    to English, Dutch again after the switch back."""
    from ui import i18n

    s = page.state.summary()
    i18n.install("en")
    try:
        english = PdfReader(_saved(page, qtbot, page.save_pdf, tmp_path / "report.pdf")).pages[0].extract_text()
    finally:
        i18n.install("nl")
    dutch = PdfReader(_saved(page, qtbot, page.save_pdf, tmp_path / "rapport.pdf")).pages[0].extract_text()
    assert "Page 1" in english and f"{s.crr.percent:.1f} %" in english and "Pagina" not in english
    assert "Pagina 1" in dutch and f"{s.crr.percent:.1f}".replace(".", ",") + " %" in dutch
