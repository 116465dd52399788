"""``run_app``: the desktop window on the configured store (``shopcare`` with no command)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from shopcare.i18n import error_text
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator, window_catalogue
from shopcare.ui.resources import app_icon, register_korean_font

#: Milliseconds after which the window closes by itself, as a person closing it would
#: (the installers' check starts the app, lets it settle, and sees it close cleanly).
CLOSE_AFTER_ENV = "SHOPCARE_CLOSE_AFTER_MS"

if TYPE_CHECKING:
    from shopcare.service.config import Config
    from shopcare.service.shop import Shop
    from shopcare.ui.main_window import MainWindow


def prepare_application(app: QApplication) -> None:
    """Names for QSettings, the bundled Korean font, the icon and the translator."""
    app.setOrganizationName("ShopCare")
    app.setApplicationName("ShopCare")
    families = register_korean_font()
    if families:
        font = app.font()
        system_korean = [
            f
            for f in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
            if f not in families
        ]
        if system_korean:  # the PC has a Korean font: keep its look, Nanum as a fallback
            font.setFamilies([*font.families(), *families])
        else:
            # No Korean font on this PC: lead with Nanum Gothic so Hangul and Latin
            # text share one font.
            font.setFamilies([*families, *font.families()])
        app.setFont(font)
    app.setWindowIcon(app_icon())
    install_translator(st.language())


def problem_text(problem: object) -> str:
    """A problem or notice in the window's language (its own words if it has no code)."""
    if hasattr(problem, "code") and hasattr(problem, "values"):
        return error_text(problem, window_catalogue())  # type: ignore[arg-type]
    return str(problem) or type(problem).__name__


def open_main_window(config: Config, staff: str | None = None) -> tuple[MainWindow, Shop] | None:
    """The frame first (it needs no store), then the shop and the main window in its
    place; None (after saying why) when the store cannot be opened."""
    from shopcare.ui.opening import OpeningFrame

    frame = OpeningFrame()
    frame.show_now()
    from shopcare.service.shop import Shop
    from shopcare.ui.main_window import MainWindow

    try:
        shop = Shop(config, staff=staff or "staff", follow=False)
    except Exception as error:  # the store cannot be opened: say so in a window
        frame.close()
        QMessageBox.critical(None, "ShopCare", problem_text(error))
        return None
    window = MainWindow(shop, staff=staff, first_start=True)
    window.show()
    frame.close()
    return window, shop


def run_app(config: Config, staff: str | None = None) -> int:
    """The window first, whatever state the read models are in: catching up (a new PC,
    history far behind) runs in the background once the window is on screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app)
    restored = ""
    while True:
        opened = open_main_window(config, staff)
        if opened is None:
            return 1
        window, shop = opened
        try:
            if restored:
                window.statusBar().showMessage(restored, 15000)
            close_after = os.environ.get(CLOSE_AFTER_ENV, "")
            if close_after.isdigit():  # an install check: start, settle, close as a person would
                QTimer.singleShot(int(close_after), window.close)
            code = app.exec()
        finally:
            shop.close()
        if window.restore_file is None:
            return code
        # The owner chose a backup: restore it with nothing open, then a new window.
        restored = restore_in_between(config, window.restore_file)


def restore_in_between(config: Config, path: Path) -> str:
    """Restore between two windows; what to say in the new one."""
    from shopcare.ui.backups import restore_with_progress, restored_text
    from shopcare.ui.i18n import window_catalogue
    from shopcare.ui.operations import failure_text

    try:
        return restored_text(restore_with_progress(config, path)).replace("\n", " ")
    except Exception as error:
        text = failure_text(error, window_catalogue())
        QMessageBox.warning(None, "ShopCare", text)
        return text


__all__ = ["open_main_window", "prepare_application", "run_app"]
