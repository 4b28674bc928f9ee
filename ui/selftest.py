"""``main.py --selftest``: start offscreen, open the demo shop, compute every figure, draw every chart.

Exits 0 when everything worked, 1 with a message naming the step that failed.
"""

from __future__ import annotations

import sys
import traceback


def run_selftest() -> int:
    """Run the self-test; prints one line per step."""
    step = "start"
    try:
        step = "application"
        from ui.app import make_app

        app = make_app([])
        step = "translations"
        from ui import i18n

        if not i18n.qm_path("nl").exists():
            raise RuntimeError(f"missing translation file {i18n.qm_path('nl')}")
        step = "defusedxml"
        import defusedxml  # noqa: F401 - openpyxl uses it against XML attacks when it is installed

        step = "demo shop"
        from ui.state import ShopState

        state = ShopState()
        state.load_demo()
        step = "figures"
        s = state.summary()
        checks = {"customers": s.customers > 0, "crr": s.crr.percent is not None, "nps": s.nps.score is not None,
                  "churn": s.churn_six is not None and s.churn_six.percent is not None,
                  "pareto": s.pareto.top20_share_percent is not None}
        failed = [k for k, ok in checks.items() if not ok]
        if failed:
            raise RuntimeError("figures missing on the demo shop: " + ", ".join(failed))
        step = "predictions"
        from core.metrics.frame import frame_from_dataset
        from core.predict.forecast import forecast
        from core.predict.shop import MODEL, predict

        frame = frame_from_dataset(state.data, state.inactive_after)
        predictions = predict(frame)  # scipy's optimizer and special functions, as the package carries them
        if predictions.method != MODEL:
            raise RuntimeError("the prediction model did not fit the demo shop")
        predictions.forecast = forecast(frame, predictions.hist, predictions.params, predictions.spend)
        s.predictions, s.at_risk = predictions, predictions.at_risk  # the report below gets its predictions pages
        step = "child process"
        from core.importing import ReadingChild, open_in_child
        from ui.paths import resource_path

        child = ReadingChild()
        try:
            _key, light = child.run("klanten.csv", open_in_child, resource_path("demo", "klanten.csv"), None, None)
        finally:
            child.stop()
        if light.kind != "customers":
            raise RuntimeError("the import child process did not read the demo customer list")
        step = "main window"
        from ui.mainwindow import MainWindow

        window = MainWindow(state)
        window.show()
        app.processEvents()
        step = "charts"
        window.dashboard.ensure_charts()
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from core.report import charts

        for draw in (
            lambda f: charts.draw_churn(f, s.churn_monthly, s.churn_six),
            lambda f: charts.draw_nps_distribution(f, s.nps),
            lambda f: charts.draw_nps_trend(f, s.nps_trend),
            lambda f: charts.draw_pareto(f, s.pareto),
            lambda f: charts.draw_cohorts(f, s.cohorts),
        ):
            fig = Figure(figsize=(6, 3))
            FigureCanvasAgg(fig)
            draw(fig)
            fig.canvas.draw()
        step = "report PDF"
        import tempfile
        from pathlib import Path

        from core.report.pages import ReportOptions, build_pages, write_pdf

        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "rapport.pdf"
            write_pdf(build_pages(s, state.data, ReportOptions()), pdf)  # the package keeps only these fonts
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("the report did not come out as a PDF")
        step = "report child process"
        from ui.reportchild import THUMBNAILS, ReportJob, draw, job_data, job_rows, report_child, stop_report_child

        try:  # the window's report pages are drawn there: matplotlib, fonts and translations in a child
            images = report_child().run("", draw, ReportJob(s, job_data(state.data), ReportOptions(), state.title,
                                                            job_rows(s, state.customer_rows()), "nl"), THUMBNAILS)
        finally:
            stop_report_child()
        if len(images) < 5 or not all(w > 100 and len(rgba) == 4 * w * h for rgba, w, h in images):
            raise RuntimeError("the report child process did not draw the pages")
        step = "calendar file"
        from core.calendar.export import to_ics  # hashlib's SHA-256 without OpenSSL in the package
        from core.calendar.plan import plan
        from core.calendar.rules import RuleSet

        if not to_ics(plan(state.data, RuleSet(), s.period.first, s.period.last), state.title).startswith(
                b"BEGIN:VCALENDAR"):
            raise RuntimeError("the calendar file did not come out")
        step = "paint"
        image = window.grab().toImage()
        if image.isNull() or image.width() < 500:
            raise RuntimeError("the main window did not paint")
        window.close()
        print(f"selftest ok: {s.customers} customers, CRR {s.crr.percent:.1f} %, NPS {s.nps.score:.0f}")
        return 0
    except Exception as exc:  # the self-test reports any failure as a message and an exit code
        print(f"selftest failed at step '{step}': {exc}", file=sys.stderr)
        traceback.print_exc()
        return 1
