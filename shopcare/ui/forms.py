"""What every form in the window shares: the inline error line, Save/Cancel, saving.

Saving never loses what was typed: a refused command (``InvalidInput``) or a store that
cannot be used shows one line in the form, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from shopcare.domain.errors import InvalidInput
from shopcare.i18n import error_text
from shopcare.service.problems import ShopProblem
from shopcare.ui.i18n import window_catalogue

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """A red line under a form, hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.show()


def save_cancel(dialog: QDialog, on_save: Callable[[], None], ok: bool = False) -> QDialogButtonBox:
    """Save (or OK) and Cancel buttons: Save calls ``on_save``, Cancel closes."""
    main = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Save
    buttons = QDialogButtonBox(main | QDialogButtonBox.StandardButton.Cancel)
    if not ok:
        buttons.button(main).setText(QCoreApplication.translate("Forms", "Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Forms", "Cancel")
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def try_saving(error: QLabel, action: Callable[[], object]) -> bool:
    """Run ``action``; on failure say why in ``error`` and return False."""
    try:
        action()
    except (InvalidInput, ShopProblem) as refused:
        show_error(error, error_text(refused, window_catalogue()))
        return False
    except Exception as failure:  # the store could not be used: say so, keep the text
        message = QCoreApplication.translate("Forms", "Could not save: %1")
        show_error(error, message.replace("%1", str(failure)))
        return False
    return True
