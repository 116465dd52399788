"""About ShopCare: the version, where this shop's data is, and the font's licence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shopcare import __version__
from shopcare.service.config import Config
from shopcare.ui.i18n import window_catalogue
from shopcare.ui.resources import app_icon

FONT_LICENCE = "SIL Open Font License 1.1"


class AboutDialog(QDialog):
    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        cat = window_catalogue()
        self.setWindowTitle(cat("window-about-title"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(
            f"<p><b>ShopCare {html.escape(__version__)}</b><br>"
            + html.escape(cat("window-about-text"))
            + "</p><p>"
            + html.escape(cat("window-about-data", folder=str(config.data_dir)))
            + "</p><p>"
            + html.escape(cat("window-about-font", licence=FONT_LICENCE))
            + "</p>"
        )
        self.text.setObjectName("about_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
