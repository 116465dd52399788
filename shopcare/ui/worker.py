"""Slow work off the UI thread: PDFs, the daily sweep, rebuilding the read models.

A :class:`Job` runs one function in a :class:`QThreadPool`. SQLite connections
belong to the thread that opened them, so the function never gets the window's
``Shop``: it gets its own, opened in the worker thread (``needs="shop"``), or a
fresh read-model connection (``needs="db"``), closed again when it returns.
Results and errors come back to the UI thread as queued signals.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlite_utils import Database

from shopcare.domain.errors import InvalidInput
from shopcare.i18n import error_text
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui.i18n import window_catalogue


class JobSignals(QObject):
    progress = Signal(int)  # a count (events applied, pages made, ...)
    done = Signal(object)  # the function's result
    failed = Signal(str, bool)  # message, True when it was bad input (InvalidInput)
    finished = Signal()  # after done or failed


class Job(QRunnable):
    """``fn(opened, progress)`` in a worker thread; ``opened`` is a Shop or a Database."""

    def __init__(
        self,
        fn: Callable[[Any, Callable[[int], None]], Any],
        config: Config,
        readmodels_path: str,
        staff: str = "staff",
        needs: str = "db",
    ) -> None:
        super().__init__()
        self.fn = fn
        self.config = config
        self.readmodels_path = readmodels_path
        self.staff = staff
        self.needs = needs
        self.signals = JobSignals()

    def run(self) -> None:  # in the worker thread
        signals = self.signals
        try:
            if self.needs == "shop":
                with Shop(self.config, staff=self.staff) as shop:
                    result = self.fn(shop, signals.progress.emit)
            else:
                db = Database(self.readmodels_path)
                try:
                    db.execute("PRAGMA busy_timeout=10000")
                    result = self.fn(db, signals.progress.emit)
                finally:
                    db.conn.close()
        except InvalidInput as error:
            signals.failed.emit(error_text(error, window_catalogue()), True)
        except Exception as error:  # reported in the window, never lost
            traceback.print_exc()
            signals.failed.emit(str(error) or type(error).__name__, False)
        else:
            signals.done.emit(result)
        signals.finished.emit()


class Jobs(QObject):
    """The jobs of one window: started in its own pool, waited for when it closes."""

    busy_changed = Signal(bool)

    def __init__(self, shop: Shop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[JobSignals] = set()

    def start(
        self,
        fn: Callable[[Any, Callable[[int], None]], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str, bool], None] | None = None,
        on_progress: Callable[[int], None] | None = None,
        needs: str = "db",
    ) -> JobSignals:
        job = Job(fn, self.shop.config, str(self.shop.read.path), self.shop.actor.staff, needs)
        signals = job.signals
        signals.setParent(None)
        if on_done is not None:
            signals.done.connect(on_done)
        if on_failed is not None:
            signals.failed.connect(on_failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        signals.finished.connect(lambda s=signals: self._finished(s))
        self._running.add(signals)
        self.busy_changed.emit(True)
        self.pool.start(job)
        return signals

    def _finished(self, signals: JobSignals) -> None:
        self._running.discard(signals)
        if not self._running:
            self.busy_changed.emit(False)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


__all__ = ["Job", "JobSignals", "Jobs"]
