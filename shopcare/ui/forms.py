"""The window's one form kit: typed fields, one form dialog, the inline error line,
Save/Cancel and saving.

Saving never loses what was typed: a refused command (``InvalidInput``) or a store that
cannot be used shows one line in the form, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcare.domain.errors import InvalidInput
from shopcare.i18n import error_text
from shopcare.service.problems import ShopProblem
from shopcare.ui.i18n import window_catalogue

ERROR_STYLE = "color: #b00020;"

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name: how tests, screenshots and styles find it."""
    widget.setObjectName(name)
    return widget


def push_button(name: str, clicked: Callable[[], object] | None = None) -> QPushButton:
    """A button known by its object name (tests and the mnemonics check find it so),
    pressing ``clicked``; its words are set where the widget translates itself."""
    button = named(QPushButton(), name)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


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


# ----- the one form kit: typed fields, one dialog ------------------------------------------

#: What a field reads when it has nothing to give (the command's own default applies).
OMIT = object()


@dataclass(frozen=True)
class FormField:
    """One labelled field of a form: it makes its widget and reads its value."""

    key: str
    label: str  # in the reader's language

    def make(self) -> QWidget:
        raise NotImplementedError

    def read(self, widget: QWidget) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class Line(FormField):
    """One line of text; ``optional``: left out when blank."""

    text: str = ""
    placeholder: str = ""
    optional: bool = False

    def make(self) -> QWidget:
        edit = QLineEdit(self.text)
        if self.placeholder:
            edit.setPlaceholderText(self.placeholder)
        return edit

    def read(self, widget: QWidget) -> Any:
        text = cast(QLineEdit, widget).text()
        return OMIT if self.optional and not text.strip() else text


@dataclass(frozen=True)
class Tags(Line):
    """Words separated by commas, read as a list."""

    def read(self, widget: QWidget) -> Any:
        return [t.strip() for t in cast(QLineEdit, widget).text().split(",") if t.strip()]


@dataclass(frozen=True)
class Lines(FormField):
    """Several lines of text (Tab moves on, as in every other field)."""

    text: str = ""

    def make(self) -> QWidget:
        edit = QPlainTextEdit(self.text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        return edit

    def read(self, widget: QWidget) -> Any:
        return cast(QPlainTextEdit, widget).toPlainText()


@dataclass(frozen=True)
class Choice(FormField):
    """One of a few values, each shown in words; ``editable``: or typed (read as typed)."""

    options: tuple[tuple[str, Any], ...] = ()  # (words, value)
    current: Any = None
    editable: bool = False

    def make(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(self.editable)
        for words, value in self.options:
            combo.addItem(words, value)
        index = combo.findData(self.current)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif self.editable and self.current is not None:
            combo.setCurrentText(str(self.current))
        return combo

    def read(self, widget: QWidget) -> Any:
        combo = cast(QComboBox, widget)
        if self.editable:
            return combo.currentText()
        value = combo.currentData()
        return OMIT if value is None else value


@dataclass(frozen=True)
class Check(FormField):
    """Yes or no: the label is the box's own text."""

    checked: bool = False

    def make(self) -> QWidget:
        box = QCheckBox(self.label)
        box.setChecked(self.checked)
        return box

    def read(self, widget: QWidget) -> Any:
        return cast(QCheckBox, widget).isChecked()


@dataclass(frozen=True)
class Custom(FormField):
    """A widget of its own (e.g. a customer picker) that the form only lays out."""

    widget: QWidget | None = None
    value: Callable[[QWidget], Any] = lambda _w: OMIT

    def make(self) -> QWidget:
        assert self.widget is not None
        return self.widget

    def read(self, widget: QWidget) -> Any:
        return self.value(widget)


class FormDialog(QDialog):
    """The one form of the window: a heading, labelled typed fields, an error line, Save
    and Cancel. Save calls ``submit(values)``; a refused command shows one line in the
    form, which stays open with everything typed."""

    def __init__(
        self,
        title: str,
        heading: str,
        fields: Sequence[FormField],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        bold_heading: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.fields = list(fields)
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if heading:
            label = QLabel(heading)
            label.setObjectName("heading")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names in it are never markup
            if bold_heading:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        for f in self.fields:
            widget = f.make()
            widget.setObjectName(f"field_{f.key}")
            self.widgets[f.key] = widget
            self.form.addRow("" if isinstance(f, Check) else f.label, widget)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = save_cancel(self, self.save)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, Any]:
        read = ((f.key, f.read(self.widgets[f.key])) for f in self.fields)
        return {key: value for key, value in read if value is not OMIT}

    def show_error(self, message: str) -> None:
        show_error(self.error, message)

    def save(self) -> None:
        def submit() -> None:
            self.result_value = self.submit(self.values())

        if try_saving(self.error, submit):
            self.accept()


def go_cancel(
    dialog: QDialog, on_go: Callable[[], None], name: str
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's one action and Cancel (their words set by the dialog's retranslate); the
    action starts off until the dialog says it may go."""
    buttons = QDialogButtonBox()
    go = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    go.setObjectName(name)
    go.setEnabled(False)
    cancel = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(on_go)
    buttons.rejected.connect(dialog.reject)
    return buttons, go, cancel


def close_only(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """A Close button (its word set by the dialog's retranslate)."""
    buttons = QDialogButtonBox()
    close = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    buttons.rejected.connect(dialog.reject)
    return buttons, close
