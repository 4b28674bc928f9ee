"""Opens the demo shop in a real window and refreshes every page many times (for the long-session test).

Two parts. First ``full`` rounds as an owner causes them: show a page, let the shop's ``changed`` signal
redraw it (cards, tables, charts), switch the language now and then. Then, for every page, ``quick``
rounds of exactly the calls a refresh is made of (each label's ``setText``, a signal emission,
``processEvents``), with nothing else running, so that None's reference count can be compared exactly.
A PySide6 that drops a reference to None on those calls (6.12.0 on Python 3.11) loses thousands of
references there, and aborts with "Fatal Python error: none_dealloc" in a long enough session.
Prints "<refreshes> <None's reference count before the quick rounds> <after>".
"""

import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(full: int, quick: int) -> None:
    """Refresh ``full`` times through the shop, then ``quick`` times per page through the bare calls."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QLabel

    from ui import i18n
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.state import ShopState

    make_app([])
    i18n.install("nl")
    state = ShopState()
    state.load_demo()
    win = MainWindow(state)
    win.show()
    pages = len(win.pages)
    for k in range(full):
        win.sidebar.setCurrentRow(k % pages)
        state.changed.emit()  # the figures stay cached: this exercises the widgets, not the arithmetic
        if k % 25 == 24:
            win.set_language("en" if k % 50 == 24 else "nl")
        QApplication.processEvents()
    # The report page draws its page images in a child process and puts new labels in for them when they come:
    # wait for that, so the quick rounds hold no label that is about to be replaced.
    deadline = time.monotonic() + 120
    while any(getattr(page, "drawing", False) for _, page in win.pages) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the replaced labels go now, not later
    labels = [[w for w in page.findChildren(QLabel)][:12] for _, page in win.pages]
    gc.collect()
    before = sys.getrefcount(None)
    for i in range(pages):
        for _ in range(quick):
            for label in labels[i]:
                label.setText(label.text())
            win.sidebar.currentRowChanged.emit(i)
            QApplication.processEvents()
    gc.collect()
    after = sys.getrefcount(None)
    print(full + pages * quick, before, after, flush=True)
    win.close()


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
