"""The care banner: a customer's sensitive time, shown wherever staff meet them.

One small widget (a label) that any view can hold: the customer's page, Quick log,
a dialog. ``show_customer(db, id)`` reads what to keep in mind and shows it in one
warm line ("어머님 상 11.20 · 12.20까지 홍보 중지"), or hides itself when there is
nothing. The words come from :mod:`shopcare.presentation.care`, in the window's
language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from shopcare import clock
from shopcare.presentation.care import care_line, care_lines
from shopcare.readmodels.care import CareState, care_states
from shopcare.readmodels.database import Database
from shopcare.ui.i18n import window_catalogue

#: A warm, quiet look: noticed, never alarming.
STYLE = (
    "QLabel#care_banner { background: #FFF3E0; color: #5D3A00; border-left: 4px solid #E08E00;"
    " padding: 4px 8px; }"
)
#: The mark a list puts before a customer in a sensitive time.
MARK = "♥"


class CareBanner(QLabel):
    """A customer's sensitive time in one line; hidden when there is none.

    It reads the facts once per :meth:`show_customer` and words them again by itself
    when the window's language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_banner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_id: str | None = None
        self.state: CareState | None = None
        self.hide()

    def show_state(self, state: CareState | None) -> None:
        self.state = state
        text = care_line(state, window_catalogue())
        self.setText(f"{MARK} {text}" if text else "")
        self.setVisible(bool(text))

    def show_customer(self, db: Database, customer_id: str | None) -> None:
        """Show what to keep in mind about this customer (nothing for None)."""
        self.customer_id = customer_id
        if not customer_id:
            self.show_state(None)
            return
        self.show_state(care_states(db, [customer_id], clock.today()).get(customer_id))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_state(self.state)
        super().changeEvent(event)


def care_marks(db: Database, customer_ids: list[str]) -> dict[str, str]:
    """For a list of customers: the line of each one in a sensitive time."""
    return care_lines(db, customer_ids, clock.today(), window_catalogue())


__all__ = ["MARK", "CareBanner", "care_marks"]
