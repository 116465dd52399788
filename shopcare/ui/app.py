"""``run_app``: the desktop window on the configured store (``shopcare`` with no command)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from shopcare.i18n import error_text
from shopcare.service.config import Config
from shopcare.service.shop import Shop
from shopcare.ui import settings as st
from shopcare.ui.i18n import install_translator, window_catalogue
from shopcare.ui.resources import app_icon, register_korean_font


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


def run_app(config: Config, staff: str | None = None) -> int:
    """The window first, whatever state the read models are in: catching up (a new PC,
    history far behind) runs in the background once the window is on screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app)
    from shopcare.ui.main_window import MainWindow

    restored = ""
    while True:
        try:
            shop = Shop(config, staff=staff or "staff", follow=False)
        except Exception as error:  # the store cannot be opened: say so in a window
            QMessageBox.critical(None, "ShopCare", problem_text(error))
            return 1
        try:
            window = MainWindow(shop, staff=staff)
            window.show()
            if restored:
                window.statusBar().showMessage(restored, 15000)
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


__all__ = ["prepare_application", "run_app"]
