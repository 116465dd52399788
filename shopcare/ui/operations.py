"""Background work in one shape: ops that read or change the shop off the UI thread.

Build an op, chain what to do after, run it (as Anki's ``QueryOp``/``CollectionOp``)::

    ReadOp(self.button, lambda db, progress: make_weekly_review(db, week, out),
           stage=Stage.WEEKLY_REVIEW).success(self.done).run_in_background(ops)

* :class:`ShopOp` changes the shop (catch-up, sweep, rebuild, backup). Every ShopOp
  queues on ONE writer thread, which keeps its own :class:`Shop` open between ops
  (SQLite connections belong to the thread that opened them).
* :class:`ReadOp` reads (PDFs). Readers run beside the writer, each on its own
  read-model connection inside one read transaction (a snapshot). While an
  exclusive writer (a rebuild, which empties and refills the tables) runs, no
  reader starts, and the rebuild waits for the readers already running.
* An op disables its parent widget while it runs, reports typed :class:`Progress`
  (one catalogue label per :class:`Stage`), shows a failure through the catalogue
  unless it was given its own ``failure``, and says what changed: after a ShopOp,
  :attr:`Operations.shop_changed` carries the projections that moved (and the op's
  parent as the initiator), so only the views that show them refresh.
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Generic, Self, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar, QWidget
from shiboken6 import isValid

from shopcare.application import Actor
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import Catalogue, error_text
from shopcare.readmodels.database import Database
from shopcare.service.problems import Notice, ShopProblem, StoreUnreachable
from shopcare.service.shop import Shop
from shopcare.ui.i18n import window_catalogue

T = TypeVar("T")

# ----- what an op reports ---------------------------------------------------------------


class Stage(StrEnum):
    """The kinds of long work; each has one label in the ``window`` catalogue."""

    CATCH_UP = "catch-up"
    REBUILD = "rebuild"
    SWEEP = "sweep"
    WEEKLY_REVIEW = "weekly-review"
    TASK_SHEETS = "task-sheets"
    BACKUP = "backup"

    @property
    def key(self) -> str:
        return STAGE_KEYS[self]


STAGE_KEYS = {
    Stage.CATCH_UP: "window-progress-catch-up",
    Stage.REBUILD: "window-progress-rebuild",
    Stage.SWEEP: "window-progress-sweep",
    Stage.WEEKLY_REVIEW: "window-progress-weekly-review",
    Stage.TASK_SHEETS: "window-progress-task-sheets",
    Stage.BACKUP: "window-progress-backup",
}


@dataclass(frozen=True)
class Progress:
    """How far an op is: ``done`` of ``total`` (0 when the total is not known)."""

    stage: Stage
    done: int = 0
    total: int = 0

    @property
    def fraction(self) -> float | None:
        if self.total <= 0:
            return None
        return min(1.0, max(0.0, self.done / self.total))

    def text(self, tr: Catalogue) -> str:
        return tr(self.stage.key, done=f"{self.done:,}", total=f"{self.total:,}")


class ProgressBar(QProgressBar):
    """An op's progress bar: hidden until :meth:`start`, busy until counts arrive."""

    def __init__(self, name: str = "", max_width: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        if max_width:
            self.setMaximumWidth(max_width)
        self.setRange(0, 0)
        self.hide()

    def start(self) -> None:
        self.setRange(0, 0)
        self.show()

    def update_from(self, progress: Progress, text: str | None = None) -> None:
        """Show ``done`` of ``total`` (still busy without a total), with ``text`` or the
        stage's own words on the bar."""
        if progress.total > 0:
            self.setRange(0, progress.total)
            self.setValue(min(progress.done, progress.total))
        self.setFormat(progress.text(window_catalogue()) if text is None else text)


class Estimate:
    """Time left, from the rate seen since the first report (None until it can tell)."""

    def __init__(self) -> None:
        self._first: tuple[float, int] | None = None

    def seconds_left(self, progress: Progress, now: float | None = None) -> float | None:
        now = time.monotonic() if now is None else now
        if self._first is None or progress.done < self._first[1]:
            self._first = (now, progress.done)
            return None
        began, done0 = self._first
        moved, took = progress.done - done0, now - began
        if progress.total <= 0 or moved <= 0 or took < 0.5:
            return None
        return (progress.total - progress.done) * took / moved


def time_left_text(seconds: float, tr: Catalogue) -> str:
    """'about 40 seconds left', 'about 3 minutes left' (rounded up)."""
    if seconds < 90:
        n = max(1, int(seconds + 0.999))
        return tr.plural("window-time-left-seconds", n)
    return tr.plural("window-time-left-minutes", int(seconds / 60 + 0.999))


class Cancelled(Exception):
    """Raised inside an op when the window closes: the op stops between two steps."""


class Reporter:
    """What an op calls as it goes: ``progress(done, total)``; raises Cancelled on close."""

    INTERVAL = 0.05  # seconds between two reports (the last one always goes)

    def __init__(
        self, stage: Stage | None, emit: Callable[[Progress], None], stop: threading.Event
    ) -> None:
        self.stage = stage
        self._emit = emit
        self._stop = stop
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled

    def __call__(self, done: int, total: int = 0, stage: Stage | None = None) -> None:
        self.check()
        now = time.monotonic()
        if now - self._last < self.INTERVAL and done < total:
            return
        self._last = now
        chosen = stage or self.stage
        if chosen is not None:
            self._emit(Progress(chosen, done, total))


# ----- what an op changed -------------------------------------------------------------


@dataclass(frozen=True)
class Changes:
    """The projections that moved (``customers``, ``timeline``, ``open_items``, ``tasks``,
    ``care_facts``), or ``everything`` (a rebuild): views refresh only for what they show."""

    projections: frozenset[str] = frozenset()
    everything: bool = False

    def touches(self, *names: str) -> bool:
        return self.everything or not self.projections.isdisjoint(names)

    def __bool__(self) -> bool:
        return self.everything or bool(self.projections)

    @classmethod
    def between(cls, before: Mapping[str, int], after: Mapping[str, int]) -> Changes:
        return cls(frozenset(n for n, p in after.items() if before.get(n) != p))


EVERYTHING = Changes(everything=True)
NOTHING = Changes()


# ----- failures -------------------------------------------------------------------------


def is_unreachable(error: BaseException) -> bool:
    """True when the event store could not be reached (network, server down), as
    opposed to a refused command or a bug. The library wraps the driver's errors."""
    from eventsourcing.persistence import InterfaceError, OperationalError

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(
            seen,
            StoreUnreachable | OperationalError | InterfaceError | ConnectionError | TimeoutError,
        ):
            return True
        if type(seen).__name__ == "PoolTimeout":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def notice_text(notice: Notice, tr: Catalogue) -> str:
    """A notice (views rebuilt, an event skipped, saved but behind) in ``tr``'s words."""
    return error_text(notice, tr)  # type: ignore[arg-type]  # a code and its values


def failure_text(error: BaseException, tr: Catalogue) -> str:
    """One line for a person: a refusal in its words, else what went wrong."""
    if isinstance(error, InvalidInput | ShopProblem):
        return error_text(error, tr)  # type: ignore[arg-type]  # a code and its values
    if is_unreachable(error):
        lines = str(error).strip().splitlines()
        return tr("window-store-unreachable", error=lines[0] if lines else type(error).__name__)
    return tr("window-op-failed", error=str(error) or type(error).__name__)


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """The default: the window's status bar, else a message box (not modal)."""
    text = failure_text(error, window_catalogue())
    window = parent.window() if parent is not None and isValid(parent) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "ShopCare", text, parent=window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


# ----- ops ----------------------------------------------------------------------------------


class Op(Generic[T]):
    """One piece of work: ``op(resource, progress) -> result``, run by :class:`Operations`."""

    exclusive: ClassVar[bool] = False

    def __init__(
        self,
        parent: QWidget | None,
        op: Callable[[Any, Reporter], T],
        stage: Stage | None = None,
    ) -> None:
        self.parent = parent
        self.op = op
        self.stage = stage
        self.staff = "staff"
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[Progress], None] | None = None
        self.result: T | None = None
        self.error: BaseException | None = None

    def success(self, fn: Callable[[T], None]) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Self:
        """Handle a failure here instead of the default message."""
        self._failure = fn
        return self

    def with_progress(self, fn: Callable[[Progress], None]) -> Self:
        self._progress = fn
        return self

    def run_in_background(self, ops: Operations) -> Self:
        ops.start(self)
        return self


class ReadOp(Op[T]):
    """Reads the read models (``op(db, progress)``) on its own connection, in one snapshot."""


class ShopOp(Op[T]):
    """Changes the shop (``op(shop, progress)``) on the one writer thread, in its ``Shop``.

    ``changes``: what the op changed, when the read models' positions cannot tell
    (a rebuild ends where it began); ``exclusive``: no reader runs meanwhile."""

    def __init__(
        self,
        parent: QWidget | None,
        op: Callable[[Shop, Reporter], T],
        stage: Stage | None = None,
        changes: Changes | None = None,
        exclusive: bool = False,
    ) -> None:
        super().__init__(parent, op, stage)
        self.changes = changes
        self.exclusive = exclusive  # type: ignore[misc]


# ----- running them ---------------------------------------------------------------------


class Gate:
    """Readers share, an exclusive writer is alone; a waiting writer lets no new reader in."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting = 0
        self.readers_waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self.readers_waiting += 1
            while self._writer or self._waiting:
                self._cond.wait()
            self.readers_waiting -= 1
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            while self._readers or self._writer:
                self._cond.wait()
            self._waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class _ToMain(QObject):
    """Runs callables posted from worker threads on the thread that made it (the UI)."""

    call = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class Operations(QObject):
    """The ops of one window: writers on one thread, readers in a small pool.

    ``shop`` is the window's own (UI-thread) Shop: ops never touch it; the writer
    opens its own on the same configuration and reopens it after a failure."""

    shop_changed = Signal(object, object)  # Changes, initiator (the op's parent, or None)
    noticed = Signal(object)  # a Notice: what the writer's Shop did by itself
    busy_changed = Signal(bool)
    started = Signal(object)  # the op, as it starts in its thread
    finished = Signal(object)  # the op, after its callbacks ran

    READERS = 2

    def __init__(self, shop: Shop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.seen = shop.read.changed()  # what the views show
        self._to_main = _ToMain(self)
        self._stop = threading.Event()
        self.gate = Gate()
        self._running: list[Op[Any]] = []
        self._writes: queue.Queue[Op[Any] | None] = queue.Queue()
        self._worker_shop: Shop | None = None  # the writer thread's own
        self._writer = threading.Thread(
            target=self._write_loop, name="shopcare-writer", daemon=True
        )
        self._writer.start()
        self._readers = ThreadPoolExecutor(self.READERS, thread_name_prefix="shopcare-reader")

    # -- starting --

    def start(self, op: Op[Any]) -> None:
        if self._stop.is_set():
            return
        op.staff = self.shop.actor.staff
        if op.parent is not None:
            op.parent.setEnabled(False)
        self._running.append(op)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        if isinstance(op, ShopOp):
            self._writes.put(op)
        else:
            self._readers.submit(self._read, op)

    def busy(self) -> bool:
        return bool(self._running)

    def running(self) -> list[Op[Any]]:
        return list(self._running)

    # -- in worker threads --

    def _post(self, fn: Callable[[], None]) -> None:
        with suppress(RuntimeError):  # the window is gone
            self._to_main.call.emit(fn)

    def _reporter(self, op: Op[Any]) -> Reporter:
        def emit(progress: Progress) -> None:
            if op._progress is not None:
                self._post(lambda: op._progress and op._progress(progress))

        return Reporter(op.stage, emit, self._stop)

    def _write_loop(self) -> None:
        while True:
            op = self._writes.get()
            if op is None:
                break
            self._write(op)
        if self._worker_shop is not None:
            self._close_worker_shop()

    def _write(self, op: Op[Any]) -> None:
        if self._stop.is_set():  # closing: queued ops do not start
            self._post(lambda: self._finished(op, None, Cancelled(), None))
            return
        with self.gate.exclusive() if op.exclusive else nullcontext():
            self._post(lambda: self.started.emit(op))
            result, error, positions = self._run_in_worker_shop(op)
            # Said before the gate opens: a reader waiting for it starts after this.
            self._post(lambda: self._finished(op, result, error, positions))

    def _run_in_worker_shop(
        self, op: Op[Any]
    ) -> tuple[Any, BaseException | None, dict[str, int] | None]:
        result: Any = None
        positions: dict[str, int] | None = None
        try:
            shop = self._open_worker_shop()
            shop.actor = Actor(staff=op.staff)
            try:
                result = op.op(shop, self._reporter(op))
            finally:
                with suppress(Exception):  # what moved, even when the op failed
                    positions = shop.read.changed()
                notices, shop.notices = shop.notices, []
                for notice in notices:
                    self._post(lambda n=notice: self.noticed.emit(n))
        except BaseException as failure:
            if not isinstance(failure, InvalidInput | Cancelled):
                if not is_unreachable(failure):
                    traceback.print_exc()
                self._close_worker_shop()  # a fresh one next time (new connections)
            return None, failure, positions
        return result, None, positions

    def _open_worker_shop(self) -> Shop:
        if self._worker_shop is None:
            self._worker_shop = Shop(self.shop.config, follow=False)
        return self._worker_shop

    def _close_worker_shop(self) -> None:
        shop, self._worker_shop = self._worker_shop, None
        if shop is not None:
            with suppress(Exception):  # closing a broken connection: nothing more to do
                shop.close()

    def _read(self, op: Op[Any]) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            self._reporter(op).check()
            with self.gate.shared():
                self._post(lambda: self.started.emit(op))
                db = Database(self.shop.read.path)
                try:
                    db.execute("PRAGMA busy_timeout=10000")
                    db.execute("BEGIN")  # one snapshot for the whole op
                    result = op.op(db, self._reporter(op))
                finally:
                    db.conn.rollback()  # readers change nothing
                    db.conn.close()
        except BaseException as failure:
            error = failure
            if not isinstance(failure, InvalidInput | Cancelled):
                traceback.print_exc()
        self._post(lambda: self._finished(op, result, error, None))

    # -- back on the UI thread --

    def _finished(
        self,
        op: Op[Any],
        result: Any,
        error: BaseException | None,
        positions: dict[str, int] | None,
    ) -> None:
        if op in self._running:
            self._running.remove(op)
        op.result, op.error = result, error
        # The widget that asked is gone (its dialog was closed before the work ended):
        # the work counts, but nothing is shown to a widget that no longer exists.
        gone = op.parent is not None and not isValid(op.parent)
        if not gone and op.parent is not None:
            op.parent.setEnabled(True)
        if positions is not None:
            if isinstance(op, ShopOp) and op.changes is not None:
                self.seen = dict(positions)
                self.shop_changed.emit(op.changes, op.parent)
            else:
                self.note_positions(positions, op.parent)
        if gone:
            pass
        elif error is None:
            if op._success is not None:
                op._success(result)
        elif not isinstance(error, Cancelled):
            if op._failure is not None:
                op._failure(error)
            else:
                show_failure(op.parent, error)
        self.finished.emit(op)
        if not self._running:
            self.busy_changed.emit(False)

    def note_positions(
        self, positions: Mapping[str, int] | None = None, initiator: object = None
    ) -> Changes:
        """Compare where the projections last changed (``ReadModels.changed``) with what
        the views show; say what moved.

        Called after every ShopOp, and by the window after a save it caught up itself."""
        if positions is None:
            positions = self.shop.read.changed()
        changes = Changes.between(self.seen, positions)
        self.seen = dict(positions)
        if changes:
            self.shop_changed.emit(changes, initiator)
        return changes

    # -- closing --

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Stop: running ops stop at their next step, queued ones do not start.

        Returns False when the writer is still blocked (e.g. on an unreachable
        server) after ``timeout``; its thread is a daemon and ends with the process."""
        self._stop.set()
        self._writes.put(None)
        self._writer.join(timeout)
        self._readers.shutdown(wait=True)
        return not self._writer.is_alive()


__all__ = [
    "EVERYTHING",
    "NOTHING",
    "Cancelled",
    "Changes",
    "Estimate",
    "Gate",
    "Op",
    "Operations",
    "Progress",
    "ReadOp",
    "Reporter",
    "ShopOp",
    "Stage",
    "failure_text",
    "is_unreachable",
    "notice_text",
    "show_failure",
    "time_left_text",
]
