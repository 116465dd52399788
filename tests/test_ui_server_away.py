"""The shop's PostgreSQL server goes away while the window is open, then comes back.

A small TCP proxy (started and stopped by the test) stands between the window and the
real server at 127.0.0.1:5432: stopping it drops every connection and refuses new ones,
as a server that went away does. No mocks: the window, its worker and the server are real.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib
import itertools
import re
import socket
import threading
import time
from pathlib import Path

import pytest
import test_ui
from PySide6.QtCore import Qt, QTimer

from shopcare import clock
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SHOTS = Path("/tmp/shots/window")
WAIT = 30000


class TcpProxy:
    """Forwards 127.0.0.1:<port> to the server; ``stop`` makes the server go silent.

    A silent server is what a pulled cable or a sleeping server PC looks like: new
    connections are taken and never answered, so whoever connects waits for the whole
    connect timeout, and the open connections are cut.
    """

    def __init__(self, target: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self.target = target
        self.port = 0
        self.silent = False
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        self.silent = False
        if self._listener is not None:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(0.05)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.silent:
                with self._lock:
                    self._sockets.add(client)  # held open, never answered
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            for s in (client, upstream):
                s.settimeout(None)
            with self._lock:
                self._sockets |= {client, upstream}
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        """The server goes silent: new connections hang, the open ones are cut."""
        self.silent = True
        self._cut()

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        self._cut()

    def _cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_window_stays_usable_while_the_server_is_away_and_recovers_by_itself(
    qtbot, ui_settings, postgres_schema: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = TcpProxy()
    proxy.start()
    monkeypatch.setenv("SHOPCARE_POSTGRES_PORT", str(proxy.port))
    # A store call on the UI thread would stall it for this long; a busy test machine
    # stalls it for well under the 2 s allowed below.
    monkeypatch.setenv("SHOPCARE_POSTGRES_CONNECT_TIMEOUT", "3")
    front_desk = Config.resolve(tmp_path / "front-desk")  # through the proxy
    assert front_desk.postgres is not None
    back_office = Config(tmp_path / "back-office", front_desk.postgres._replace(port="5432"))

    with Shop(back_office, staff="Owner") as other:
        cid = str(other.app.register_customer(other.actor, name="김민수", phone="010-5678-1234"))
    window = test_ui.open_window(tmp_path / "front-desk")
    qtbot.addWidget(window)
    try:
        qtbot.waitExposed(window)
        qtbot.waitUntil(
            lambda: window.sweep_state == "done" and not window.ops.busy(), timeout=WAIT
        )
        assert window.quick_log_action.isEnabled() and not window.banner.isVisible()

        # The UI thread keeps turning while the worker waits on the dead server.
        ticks: list[float] = []
        ticker = QTimer(window)
        ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
        ticker.start(50)
        failures: list[BaseException] = []
        window.ops.finished.connect(lambda op: op.error is not None and failures.append(op.error))

        before = clock.now()
        proxy.stop()
        qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)
        after = clock.now()
        since = window.unreachable_since
        assert since is not None and before <= since <= after
        hhmm = since.astimezone(clock.local_tz()).strftime("%H:%M")
        text = window.banner.text()
        assert f"cannot be reached since {hhmm}" in text
        assert re.search(r"since \d\d:\d\d", text)

        # Saving is off everywhere; Ctrl+L opens nothing.
        for action in (
            window.quick_log_action,
            window.new_customer_action,
            window.settings_action,
        ):
            assert not action.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.quick_log is None
        assert window.tasks is not None and not window.tasks.buttons["add"].isEnabled()

        # The lists still answer from what this PC has.
        window.show_customer(cid)
        assert window.customers.page.profile.text().count("김민수") == 1
        assert not window.customers.page.buttons["log_contact"].isEnabled()
        window.customers.search.setText("5678")
        qtbot.waitUntil(lambda: window.customers.model.query == "5678", timeout=WAIT)
        assert window.customers.model.total() == 1

        # Another PC, still connected, logs a contact while this one cannot see the server.
        with Shop(back_office, staff="Owner") as other:
            other.app.log_contact(other.actor, cid, channel="phone", summary="while you were away")
        qtbot.waitUntil(lambda: len(failures) >= 2, timeout=WAIT)  # it tries again
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert gaps and max(gaps) < 2.0, f"the window froze for {max(gaps):.2f} s"
        assert window.banner.isVisible()
        shot(window, "server_away_en")
        st.set_language("ko")
        install_translator("ko")
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "오늘(&T)")
        assert f"{hhmm}부터 가게 서버에 연결할 수 없어요" in window.banner.text()
        shot(window, "server_away_ko")
        st.set_language("en")
        install_translator("en")
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&Today")

        # The server comes back: the window finds it by itself.
        proxy.start()
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT)
        assert window.quick_log_action.isEnabled() and window.settings_action.isEnabled()
        assert "server is back" in window.statusBar().currentMessage()
        qtbot.waitUntil(
            lambda: any(
                r["summary"].endswith("while you were away") for r in window.today.recent._rows
            ),
            timeout=WAIT,
        )

        # The first save after it came back works (the dropped connection is replaced).
        dialog = test_ui.quick_log(qtbot, window, "Called back after the outage", find="5678")
        assert not dialog.isVisible(), dialog.error.text()
        with Shop(back_office, staff="Owner") as other:
            summaries = [r["data"].get("summary", "") for r in timeline_rows(other.db, cid)]
        assert summaries[-1].endswith("Called back after the outage")
        ticker.stop()
    finally:
        window.close()
        window.shop.close()
        proxy.close()
