"""The first moment: the window's frame and one line while the shop opens.

Opening the shop means loading the event store's library, the application and every
view (most of a second on an ordinary PC); this frame needs none of that, so the
person sees ShopCare at once, where the window will be, and the views follow.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from shopcare.ui import settings as st
from shopcare.ui.i18n import window_catalogue


class OpeningFrame(QMainWindow):
    """Where the main window will be, saying the shop is opening."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("opening_frame")
        self.setWindowTitle("ShopCare")
        self.painted = False
        label = QLabel(window_catalogue()("window-opening"))
        label.setObjectName("opening_label")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #555; font-size: 13pt;")
        self.setCentralWidget(label)
        geometry = st.settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted = True

    def show_now(self, wait_s: float = 1.0) -> None:
        """Show the frame and let it paint before the slow part starts."""
        self.show()
        app = QApplication.instance()
        end = time.monotonic() + wait_s
        while not self.painted and time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if app is not None:
            QCoreApplication.processEvents()


__all__ = ["OpeningFrame"]
