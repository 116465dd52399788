"""Measure the window: first paint and settled, beside a bare PySide6 hello-world.

    uv run python bench/window.py bench/data/shop [--runs 3]

Every figure is a whole process, from starting Python to the event, offscreen, on a
copy of the shop (the window writes to its read models), with the read models:

* current: caught up, after a start-up sweep (as on the PC used every day);
* behind: built for the first half of the history only (the rest saved since);
* missing: no read models at all (a new PC, or after they were deleted).

"first paint": the first paint of ShopCare's window (its frame saying "Opening the
shop…", made before the store is opened). "lists on screen": the first paint of the
main window with its views filled from the read models. "settled": history caught up,
the start-up sweep done and the views refreshed (nothing left in the background).
"longest unanswered": the longest gap between two turns of the window's event loop
from first paint to settled (a 20 ms timer): how long a click could wait.
The floor is a QLabel "hello" painted by a bare PySide6 process, in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_WINDOW = r"""
import os, resource, sys, time
began = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = sys.argv[1] + "-settings"  # not the person's own settings
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Paints(QObject):
    first = shown = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            if not self.first:
                self.first = True
                print("painted", time.perf_counter() - began, flush=True)
            if obj.objectName() == "main_window" and not self.shown:
                self.shown = True
                print("shown", time.perf_counter() - began, flush=True)
        return False

app = QApplication(sys.argv[:1])
watch = Paints()
app.installEventFilter(watch)
from shopcare.service.config import Config
from shopcare.ui.app import open_main_window, prepare_application

prepare_application(app)
window, shop = open_main_window(Config(data_dir=Path(sys.argv[1])), staff="bench")
last_tick = None
longest = 0.0

def check():
    global last_tick, longest
    now = time.perf_counter()
    if watch.shown:  # how long the window did not answer, from its first paint on
        if last_tick is not None:
            longest = max(longest, now - last_tick)
        last_tick = now
    if (
        watch.shown
        and window.sweep_state in ("done", "failed")
        and not window.ops.busy()
        and not window.history_running()
    ):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("settled", now - began, rss, longest, flush=True)
        window.close()
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(20)
app.exec()
shop.close()
"""

CHILD_FLOOR = r"""
import os, sys, time
began = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("hello")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.perf_counter() - began, flush=True)
            QTimer.singleShot(0, app.quit)
        return False

watch = FirstPaint()
label.installEventFilter(watch)
label.show()
app.exec()
"""


def run_child(
    code: str, *args: str
) -> tuple[float, float | None, float | None, float | None, float | None]:
    """Spawn a process; seconds from spawn to its first paint, to the main window's
    ('shown') and to 'settled', its peak RSS, and the longest the window's event loop
    did not turn from 'shown' to 'settled' (a 20 ms timer)."""
    spawned = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, bufsize=1
    )
    painted = shown = settled = rss = stall = None
    assert proc.stdout is not None
    for line in proc.stdout:
        word, *rest = line.split()
        if word == "painted":
            painted = time.perf_counter() - spawned
        elif word == "shown":
            shown = time.perf_counter() - spawned
        elif word == "settled":
            settled = time.perf_counter() - spawned
            rss, stall = float(rest[1]), float(rest[2])
    if proc.wait() != 0 or painted is None:
        raise SystemExit(f"the measured process failed (exit {proc.returncode})")
    return painted, shown, settled, rss, stall


class HalfLog:
    """An event source that ends half-way: read models 'behind' by the other half."""

    def __init__(self, app, stop: int) -> None:
        self.mapper = app.mapper
        self.recorder = self
        self._recorder = app.recorder
        self._stop = stop

    def max_notification_id(self) -> int:
        return min(self._stop, self._recorder.max_notification_id() or 0)

    def select_notifications(self, start, limit, *args, **kwargs):
        rows = self._recorder.select_notifications(start=start, limit=limit)
        return [n for n in rows if n.id <= self._stop]


def prepare(source: Path, work: Path) -> dict[str, Path]:
    """The three states, each a folder with the same events (after one sweep)."""
    from shopcare import clock
    from shopcare.application import ShopCareApplication
    from shopcare.readmodels.store import ReadModels
    from shopcare.service.config import Config
    from shopcare.service.shop import Shop

    current = work / "current"
    shutil.copytree(source, current)
    with Shop(Config(data_dir=current), staff="bench") as shop:  # caught up
        shop.sweep(clock.today())  # the tasks a shop in use has
        head = shop.head()
    behind = work / "behind"
    behind.mkdir()
    shutil.copy2(current / "events.sqlite", behind / "events.sqlite")
    config = Config(data_dir=behind)
    app = ShopCareApplication(env=config.event_store_env())
    models = ReadModels(config.readmodels_path)
    models.catch_up(HalfLog(app, head // 2))
    models.close()
    app.close()
    missing = work / "missing"
    missing.mkdir()
    shutil.copy2(current / "events.sqlite", missing / "events.sqlite")
    return {"current": current, "behind": behind, "missing": missing}


def fresh_copy(folder: Path, into: Path) -> Path:
    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(folder, into)
    os.sync()  # the copy on disk before the clock starts, not written back meanwhile
    return into


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from shopcare.service.config import Config
    from shopcare.service.shop import Shop

    work = Path(tempfile.mkdtemp(prefix="shopcare-window-bench-"))
    try:
        states = prepare(args.data_dir, work)
        with Shop(Config(data_dir=states["current"]), staff="bench", follow=False) as shop:
            events = shop.head()
            customers = shop.db.execute("SELECT count(*) FROM customers").fetchone()[0]
            tasks = shop.db.execute(
                "SELECT count(*) FROM tasks WHERE status IN ('suggested', 'scheduled')"
            ).fetchone()[0]
            behind_by = events - events // 2
        floors = [run_child(CHILD_FLOOR)[0] for _ in range(args.runs)]
        floor = statistics.median(floors)
        rows = []
        for name, folder in states.items():
            results = [
                run_child(CHILD_WINDOW, str(fresh_copy(folder, work / "run")))
                for _ in range(args.runs)
            ]
            paint = statistics.median(r[0] for r in results)
            shown = statistics.median(r[1] or 0.0 for r in results)
            settled = statistics.median(r[2] or 0.0 for r in results)
            rss = max(r[3] or 0.0 for r in results)
            stall = max(r[4] or 0.0 for r in results)
            rows.append((name, paint, shown, settled, rss, stall))
        print(
            f"Shop: {customers:,} customers, {events:,} events, {tasks:,} open tasks;"
            f" 'behind' by {behind_by:,} events; median of {args.runs} runs\n"
        )
        print(
            "| read models | first paint | × floor | lists on screen | × floor | settled"
            " | longest unanswered | peak RSS |"
        )
        print("|---|---|---|---|---|---|---|---|")
        print(f"| (floor: PySide6 hello-world) | {floor:.2f} s | 1.0 | | | | | |")
        for name, paint, shown, settled, rss, stall in rows:
            print(
                f"| {name} | {paint:.2f} s | {paint / floor:.1f} | {shown:.2f} s"
                f" | {shown / floor:.1f} | {settled:.1f} s | {stall * 1000:.0f} ms | {rss:.0f} MB |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
