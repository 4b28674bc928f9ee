"""The one child process for reading (and drawing): shared by threads that ask for it at once."""

import threading
import time

from core.importing import ReadingChild


def test_two_threads_asking_at_once_share_one_child():
    """The report's images and its PDF may ask for a child that is not started yet at the same moment: one child
    starts, both answers come back."""
    child = ReadingChild()
    real, made = child._ctx, []

    class SlowStart:  # the child's context, slow to make its progress queue: both threads would start a child
        def __getattr__(self, name):
            return getattr(real, name)

        def Queue(self, size):  # noqa: N802 - multiprocessing's name
            time.sleep(0.3)
            made.append(size)
            return real.Queue(size)

    child._ctx = SlowStart()
    answers: dict[int, int] = {}
    start = threading.Barrier(2)

    def ask(n: int) -> None:
        start.wait()
        answers[n] = child.run("", abs, -n)

    try:
        threads = [threading.Thread(target=ask, args=(n,)) for n in (3, 4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert answers == {3: 3, 4: 4} and len(made) == 1
    finally:
        child.stop()
