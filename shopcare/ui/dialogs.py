"""Small dialogs for the common events, built from one field list per command.

A dialog calls the application command itself; on bad input (``InvalidInput``) it
shows the message inline and stays open with everything typed still there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopcare import clock
from shopcare.application import ShopCareApplication
from shopcare.clock import utc_iso
from shopcare.domain.delight_rules import RULES
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import MAX_BUDGET_ACTS
from shopcare.domain.shop_settings import MAX_LEAD_DAYS
from shopcare.presentation.choices import GROUPS, label
from shopcare.presentation.formats import money_text
from shopcare.presentation.kindness import outcome_line
from shopcare.presentation.language import shop_language_of
from shopcare.presentation.timeline import timeline_line
from shopcare.readmodels.care import shop_details, weekly_budget
from shopcare.readmodels.open_items import followups_due, open_complaints, open_returns
from shopcare.readmodels.timeline import timeline_rows
from shopcare.readmodels.weekly_facts import outcomes_by_rule
from shopcare.service.shop import Shop
from shopcare.ui.forms import (
    Check,
    Choice,
    FormDialog,
    FormField,
    Line,
    Lines,
    Tags,
    error_label,
    named,
    save_cancel,
    try_saving,
)
from shopcare.ui.i18n import window_catalogue
from shopcare.ui.models import rule_description, task_word

CTX = "EventDialog"

#: The catalogue group of each choice field's values (``choices-<group>-<value>``).
CHOICE_GROUPS = {
    "channel": "channel",
    "direction": "direction",
    "sentiment": "sentiment",
    "touchpoint": "touchpoint",
    "polarity": "polarity",
    "kind": "life",
}


def choice_label(value: str, group: str) -> str:
    """A stored value's word in the window's language; "(none)" for none."""
    tr = window_catalogue()
    return label(group, value, tr) if value else tr("choices-none")


def fill_choices(combo: QComboBox, values: list[str], default: str = "", group: str = "") -> None:
    combo.clear()
    for value in values:
        combo.addItem(choice_label(value, group), value)
    combo.setCurrentIndex(max(0, combo.findData(default)))


class Kind(Enum):
    """How a field of an event form is filled in (see :mod:`shopcare.ui.forms`)."""

    LINE = "line"  # one line of text
    TEXT = "text"  # several lines
    CHOICE = "choice"  # one of the field's values, shown in words
    CHECK = "check"  # yes or no
    ENTRY = "entry"  # one of the customer's open entries (a return, a complaint…)
    TAGS = "tags"  # words separated by commas


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source text, translated in context "EventDialog"
    kind: Kind = Kind.LINE
    choices: tuple[str, ...] = ()
    default: Any = ""
    placeholder: str = ""
    optional: bool = False  # left out when blank: the command's default applies


EntrySource = Callable[[Shop, str], list[tuple[int, str]]]


@dataclass(frozen=True)
class EventSpec:
    #: The application's command the form calls: ``command(app, actor, customer, **values)``.
    command: Callable[..., Any]
    title: str  # English, context "EventDialog"
    fields: tuple[Field, ...]
    entries: EntrySource | None = None
    #: Refused without an entry chosen (a correction must point at something).
    needs_entry: bool = False

    @property
    def method(self) -> str:
        """The form's name (and the CLI's), e.g. ``log_contact``."""
        return self.command.__name__


def _touchpoints() -> tuple[str, ...]:
    return ("", *GROUPS["touchpoint"])


def _open(rows: list[dict[str, Any]], text: Callable) -> list[tuple[int, str]]:
    return [(r["entry"], f"#{r['entry']}  {text(r)}") for r in rows]


def open_return_entries(shop: Shop, cid: str) -> list[tuple[int, str]]:
    return _open(open_returns(shop.db, cid), lambda r: r["item"])


def open_complaint_entries(shop: Shop, cid: str) -> list[tuple[int, str]]:
    return _open(open_complaints(shop.db, cid), lambda r: f"{r['category']}: {r['text']}")


def open_followup_entries(shop: Shop, cid: str) -> list[tuple[int, str]]:
    return _open(followups_due(shop.db, customer_id=cid), lambda r: f"{r['due']} {r['reason']}")


def timeline_entries(shop: Shop, cid: str) -> list[tuple[int, str]]:
    tr = window_catalogue()
    return [
        (r["entry"], f"#{r['entry']}  {timeline_line(r['event'], r['data'], tr)}")
        for r in timeline_rows(shop.db, cid, newest_first=True)
        if r["kind"] != "correction"
    ]


AT = Field(
    "at",
    QT_TRANSLATE_NOOP("EventDialog", "When (blank = now)"),
    placeholder="YYYY-MM-DD HH:MM",
    optional=True,
)
DATE = "YYYY-MM-DD"
# Fields that several forms share.
TOUCHPOINT = Field(
    "touchpoint", QT_TRANSLATE_NOOP("EventDialog", "Touchpoint"), Kind.CHOICE, _touchpoints()
)
TEXT = Field("text", QT_TRANSLATE_NOOP("EventDialog", "Text"), Kind.TEXT)
ITEM = Field("item", QT_TRANSLATE_NOOP("EventDialog", "Item"))
OPEN_RETURN = Field("entry", QT_TRANSLATE_NOOP("EventDialog", "Open return"), Kind.ENTRY)

SPECS: dict[str, EventSpec] = {
    spec.method: spec
    for spec in (
        EventSpec(
            ShopCareApplication.log_contact,
            QT_TRANSLATE_NOOP("EventDialog", "Log contact"),
            (
                Field(
                    "channel",
                    QT_TRANSLATE_NOOP("EventDialog", "Channel"),
                    Kind.CHOICE,
                    GROUPS["channel"],
                    "phone",
                ),
                Field(
                    "direction",
                    QT_TRANSLATE_NOOP("EventDialog", "Direction"),
                    Kind.CHOICE,
                    GROUPS["direction"],
                    "in",
                ),
                Field("summary", QT_TRANSLATE_NOOP("EventDialog", "Summary")),
                Field(
                    "sentiment",
                    QT_TRANSLATE_NOOP("EventDialog", "Sentiment"),
                    Kind.CHOICE,
                    GROUPS["sentiment"],
                    "neutral",
                ),
                Field(
                    "connection", QT_TRANSLATE_NOOP("EventDialog", "Connection made"), Kind.CHECK
                ),
                Field(
                    "topics",
                    QT_TRANSLATE_NOOP("EventDialog", "Topics (comma separated)"),
                    Kind.TAGS,
                ),
                TOUCHPOINT,
                Field("minutes", QT_TRANSLATE_NOOP("EventDialog", "Minutes"), optional=True),
                Field("went_beyond", QT_TRANSLATE_NOOP("EventDialog", "Went beyond")),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.note_purchase,
            QT_TRANSLATE_NOOP("EventDialog", "Note purchase"),
            (
                ITEM,
                Field("amount", QT_TRANSLATE_NOOP("EventDialog", "Amount"), optional=True),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.request_return,
            QT_TRANSLATE_NOOP("EventDialog", "Request return"),
            (
                ITEM,
                Field("due", QT_TRANSLATE_NOOP("EventDialog", "Due date"), placeholder=DATE),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.receive_return,
            QT_TRANSLATE_NOOP("EventDialog", "Return received"),
            (OPEN_RETURN, AT),
            entries=open_return_entries,
        ),
        EventSpec(
            ShopCareApplication.waive_return,
            QT_TRANSLATE_NOOP("EventDialog", "Waive return"),
            (
                OPEN_RETURN,
                Field("reason", QT_TRANSLATE_NOOP("EventDialog", "Reason")),
                AT,
            ),
            entries=open_return_entries,
        ),
        EventSpec(
            ShopCareApplication.receive_feedback,
            QT_TRANSLATE_NOOP("EventDialog", "Feedback"),
            (
                Field(
                    "polarity",
                    QT_TRANSLATE_NOOP("EventDialog", "Feedback is"),
                    Kind.CHOICE,
                    GROUPS["polarity"],
                    "positive",
                ),
                TEXT,
                TOUCHPOINT,
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.raise_complaint,
            QT_TRANSLATE_NOOP("EventDialog", "Complaint"),
            (
                Field("category", QT_TRANSLATE_NOOP("EventDialog", "Category")),
                TEXT,
                TOUCHPOINT,
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.resolve_complaint,
            QT_TRANSLATE_NOOP("EventDialog", "Resolve complaint"),
            (
                Field("entry", QT_TRANSLATE_NOOP("EventDialog", "Open complaint"), Kind.ENTRY),
                Field("resolution", QT_TRANSLATE_NOOP("EventDialog", "Resolution"), Kind.TEXT),
                AT,
            ),
            entries=open_complaint_entries,
        ),
        EventSpec(
            ShopCareApplication.note_life_event,
            QT_TRANSLATE_NOOP("EventDialog", "Life event"),
            (
                Field(
                    "kind",
                    QT_TRANSLATE_NOOP("EventDialog", "Kind"),
                    Kind.CHOICE,
                    GROUPS["life"],
                    "birthday",
                ),
                Field("on", QT_TRANSLATE_NOOP("EventDialog", "On (date)"), placeholder=DATE),
                Field("note", QT_TRANSLATE_NOOP("EventDialog", "Note"), Kind.TEXT),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.refer_elsewhere,
            QT_TRANSLATE_NOOP("EventDialog", "Referred elsewhere"),
            (
                Field("item", QT_TRANSLATE_NOOP("EventDialog", "Item we could not supply")),
                Field("sent_to", QT_TRANSLATE_NOOP("EventDialog", "Sent to")),
                Field("price", QT_TRANSLATE_NOOP("EventDialog", "Price"), optional=True),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.send_gift,
            QT_TRANSLATE_NOOP("EventDialog", "Gift sent"),
            (
                Field("what", QT_TRANSLATE_NOOP("EventDialog", "What")),
                Field("occasion", QT_TRANSLATE_NOOP("EventDialog", "Occasion")),
                Field("cost", QT_TRANSLATE_NOOP("EventDialog", "Cost"), optional=True),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.schedule_followup,
            QT_TRANSLATE_NOOP("EventDialog", "Schedule follow-up"),
            (
                Field(
                    "due",
                    QT_TRANSLATE_NOOP("EventDialog", "Due date"),
                    placeholder=DATE,
                    default="+7",
                ),
                Field("reason", QT_TRANSLATE_NOOP("EventDialog", "Reason")),
                AT,
            ),
        ),
        EventSpec(
            ShopCareApplication.complete_followup,
            QT_TRANSLATE_NOOP("EventDialog", "Follow-up done"),
            (
                Field("entry", QT_TRANSLATE_NOOP("EventDialog", "Open follow-up"), Kind.ENTRY),
                Field("note", QT_TRANSLATE_NOOP("EventDialog", "Note")),
                AT,
            ),
            entries=open_followup_entries,
        ),
        EventSpec(
            ShopCareApplication.correct_entry,
            QT_TRANSLATE_NOOP("EventDialog", "Correction"),
            (
                Field("entry", QT_TRANSLATE_NOOP("EventDialog", "Entry"), Kind.ENTRY),
                Field("note", QT_TRANSLATE_NOOP("EventDialog", "What was wrong"), Kind.TEXT),
                Field("void", QT_TRANSLATE_NOOP("EventDialog", "Withdraw the entry"), Kind.CHECK),
            ),
            entries=timeline_entries,
            needs_entry=True,
        ),
    )
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class EventDialog(FormDialog):
    """One event for one customer: the spec's fields as the form kit's typed fields;
    Save calls the spec's application command."""

    def __init__(
        self,
        shop: Shop,
        customer_id: str,
        spec: EventSpec,
        customer_name: str = "",
        preset: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.shop = shop
        self.customer_id = customer_id
        self.spec = spec
        preset = preset or {}
        title = tr(spec.title)
        super().__init__(
            f"{title} — {customer_name}" if customer_name else title,
            customer_name,
            [self._field(f, preset.get(f.key)) for f in spec.fields],
            self._submit,
            parent,
            bold_heading=True,
        )
        self.setObjectName(f"dialog_{spec.method}")
        self.setMinimumWidth(440)

    def _field(self, f: Field, preset: Any) -> FormField:
        label = tr(f.label)
        if f.kind is Kind.CHOICE:
            group = CHOICE_GROUPS[f.key]
            options = tuple((choice_label(v, group), v) for v in f.choices)
            return Choice(f.key, label, options, current=preset or f.default)
        if f.kind is Kind.CHECK:
            return Check(f.key, label, checked=bool(preset))
        if f.kind is Kind.ENTRY:
            entries = self.spec.entries(self.shop, self.customer_id) if self.spec.entries else []
            options = tuple((text, entry) for entry, text in entries)
            return Choice(f.key, label, options, current=preset)
        if f.kind is Kind.TEXT:
            return Lines(f.key, label, str(preset or ""))
        text = preset if preset is not None else f.default
        if text == "+7":
            text = (clock.today() + timedelta(days=7)).isoformat()
        kind = Tags if f.kind is Kind.TAGS else Line
        return kind(f.key, label, str(text or ""), f.placeholder, optional=f.optional)

    def _submit(self, values: dict[str, Any]) -> None:
        if self.spec.needs_entry and "entry" not in values:
            raise InvalidInput("errors-choose-entry")
        self.spec.command(self.shop.app, self.shop.actor, self.customer_id, **values)


class CustomerDialog(QDialog):
    """Register a customer, or change an existing customer's details."""

    KEYS = ("name", "phone", "email", "address", "postal_code", "birthday", "tags", "notes")

    def __init__(self, shop: Shop, row: dict[str, Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_customer")
        self.shop = shop
        self.row = row
        self.customer_id: str | None = row["id"] if row else None
        self.setWindowTitle(self.tr("Edit customer") if row else self.tr("New customer"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        labels = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "postal_code": self.tr("Postal code"),
            "birthday": self.tr("Birthday"),
            "tags": self.tr("Tags (comma separated)"),
            "notes": self.tr("Notes"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key in self.KEYS:
            edit = named(QLineEdit(), f"field_{key}")
            if row:
                value = row.get(key) or ""
                edit.setText(", ".join(value) if key == "tags" else str(value))
            if key == "birthday":
                edit.setPlaceholderText("YYYY-MM-DD")
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save))
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: e.text() for k, e in self.edits.items()}
        out["tags"] = [t.strip() for t in out["tags"].split(",") if t.strip()]
        return out

    def save(self) -> None:
        if try_saving(self.error, self._save):
            self.accept()

    def _save(self) -> None:
        values = self.values()
        if self.row is None:
            if not values["birthday"].strip():
                values.pop("birthday")
            self.customer_id = str(self.shop.app.register_customer(self.shop.actor, **values))
            return
        old = dict(self.row)
        changes = {
            k: v
            for k, v in values.items()
            if (v if k == "tags" else v.strip()) != (old.get(k) or ([] if k == "tags" else ""))
        }
        if changes:
            self.shop.app.change_details(self.shop.actor, self.customer_id, **changes)


class SettingsDialog(QDialog):
    """Staff names (one per line) and the language; with a shop, also the shop's own
    settings (name, address, which kind-act rules run and their lead times) and the
    data folder it uses."""

    def __init__(self, staff: list[str], language: str, parent=None, shop: Shop | None = None):
        super().__init__(parent)
        self.setObjectName("dialog_settings")
        self.setWindowTitle(self.tr("Settings"))
        self.shop = shop
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        left = QVBoxLayout()
        columns.addLayout(left, 1)

        this_pc = QGroupBox(self.tr("This computer"))
        form = QFormLayout(this_pc)
        self.staff = QPlainTextEdit("\n".join(staff))
        self.staff.setObjectName("staff_list")
        self.staff.setTabChangesFocus(True)
        self.staff.setFixedHeight(120)
        form.addRow(self.tr("Staff (one per line)"), self.staff)
        self.language = named(QComboBox(), "language")
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language applies at once."))
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow("", note)
        left.addWidget(this_pc)

        self.shop_name: QLineEdit | None = None
        self.backups_button: QPushButton | None = None
        self.shop_address: QLineEdit | None = None
        self.shop_language: QComboBox | None = None
        self.rule_on: dict[str, QCheckBox] = {}
        self.lead: dict[str, QSpinBox] = {}
        if shop is not None:
            details = shop_details(shop.db)
            config = shop.app.rule_config()
            shop_box = QGroupBox(self.tr("The shop (all computers)"))
            form = QFormLayout(shop_box)
            self.shop_name = QLineEdit(details["name"])
            self.shop_name.setObjectName("shop_name")
            self.shop_address = QLineEdit(details["address"])
            self.shop_address.setObjectName("shop_address")
            form.addRow(self.tr("Shop name"), self.shop_name)
            form.addRow(self.tr("Address"), self.shop_address)
            self.shop_language = named(QComboBox(), "shop_language")
            self.shop_language.addItem("한국어", "ko")
            self.shop_language.addItem("English", "en")
            current = shop_language_of(shop.db)
            self.shop_language.setCurrentIndex(max(0, self.shop_language.findData(current)))
            self.shop_language.setToolTip(
                self.tr("Tasks, task sheets and reports are written in the shop's language.")
            )
            form.addRow(self.tr("Shop language"), self.shop_language)
            left.addWidget(shop_box)

            data_box = QGroupBox(self.tr("Data folder"))
            data = QVBoxLayout(data_box)
            self.data_dir = QLineEdit(str(shop.config.data_dir))
            self.data_dir.setObjectName("data_dir")
            self.data_dir.setReadOnly(True)
            self.data_dir.setCursorPosition(0)
            self.data_dir.setToolTip(str(shop.config.data_dir))
            data.addWidget(self.data_dir)
            data_note = QLabel(
                self.tr(
                    "To use another folder, start ShopCare with --data-dir FOLDER"
                    " or set SHOPCARE_DATA_DIR."
                )
            )
            data_note.setWordWrap(True)
            data.addWidget(data_note)
            self.backups_button = QPushButton(self.tr("Backups…"))  # opens ui/backups.py
            self.backups_button.setObjectName("open_backups")
            data.addWidget(self.backups_button, 0, Qt.AlignmentFlag.AlignLeft)
            left.addWidget(data_box)

            rules_box = QGroupBox(self.tr("Kind-act rules (all computers)"))
            grid = QGridLayout(rules_box)
            grid.addWidget(QLabel("<b>" + self.tr("Rule") + "</b>"), 0, 0)
            grid.addWidget(QLabel("<b>" + self.tr("Days ahead") + "</b>"), 0, 1)
            for row, rule in enumerate(RULES, start=1):
                box = QCheckBox(task_word(rule))
                box.setObjectName(f"rule_{rule}")
                box.setChecked(config.on(rule))
                box.setToolTip(rule_description(rule))
                days = named(QSpinBox(), f"lead_{rule}")
                days.setRange(0, MAX_LEAD_DAYS)
                days.setValue(config.lead(rule))
                days.setToolTip(self.tr("Lead time in days"))
                about = QLabel(rule_description(rule))
                about.setStyleSheet("color: #555;")
                grid.addWidget(box, row, 0)
                grid.addWidget(days, row, 1)
                grid.addWidget(about, row, 2)
                self.rule_on[rule] = box
                self.lead[rule] = days
            self._outcomes(grid, len(RULES) + 1)
            grid.setColumnStretch(2, 1)
            grid.setRowStretch(len(RULES) + 2, 1)
            rules_side = QVBoxLayout()
            rules_side.addWidget(self._budget_box(shop))
            rules_side.addWidget(rules_box, 1)
            columns.addLayout(rules_side, 2)
        left.addStretch(1)

        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.accept, ok=True))

    def _budget_box(self, shop: Shop) -> QGroupBox:
        """How many kind acts, and how much money, a week the shop can give."""
        words = window_catalogue()
        budget = weekly_budget(shop.db)
        box = QGroupBox(words("kindness-settings-budget"))
        form = QFormLayout(box)
        self.budget_acts = named(QSpinBox(), "budget_acts")
        self.budget_acts.setRange(0, MAX_BUDGET_ACTS)
        self.budget_acts.setValue(budget.acts)
        self.budget_money = QLineEdit(money_text(budget.money, words.language))
        self.budget_money.setObjectName("budget_money")
        form.addRow(words("kindness-settings-acts"), self.budget_acts)
        form.addRow(words("kindness-settings-money"), self.budget_money)
        note = QLabel(words("kindness-settings-budget-note"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        return box

    def _outcomes(self, grid: QGridLayout, row: int) -> None:
        """Beside each rule, what followed its acts over the last year: an observation."""
        assert self.shop is not None
        words = window_catalogue()
        end = clock.now()
        seen = {
            o.rule: o
            for o in outcomes_by_rule(
                self.shop.db, utc_iso(end - timedelta(weeks=52)), utc_iso(end)
            )
        }
        self.outcome_labels: dict[str, QLabel] = {}
        for i, rule in enumerate(RULES, start=1):
            text = QLabel(outcome_line(seen.get(rule), words))
            text.setObjectName(f"outcome_{rule}")
            text.setWordWrap(True)
            text.setMinimumWidth(400)  # two lines at most, never squeezed over each other
            text.setToolTip(text.text())
            text.setStyleSheet("color: #2d5b3f; font-size: 9pt;")
            grid.addWidget(text, i, 3)
            self.outcome_labels[rule] = text
        grid.addWidget(QLabel("<b>" + words("kindness-settings-outcomes") + "</b>"), 0, 3)
        note = QLabel(words("kindness-settings-outcomes-note"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555; font-size: 9pt;")
        grid.addWidget(note, row, 0, 1, 4)
        grid.setColumnStretch(3, 2)

    def staff_names(self) -> list[str]:
        return [n.strip() for n in self.staff.toPlainText().splitlines() if n.strip()]

    def language_code(self) -> str:
        return str(self.language.currentData())

    def shop_settings(self) -> dict[str, Any]:
        """The shop's settings as the dialog shows them (for one ``change_shop_settings``)."""
        assert self.shop_name is not None and self.shop_address is not None
        assert self.shop_language is not None
        staff = self.staff_names()
        return {
            "name": self.shop_name.text(),
            "address": self.shop_address.text(),
            "staff_list": staff or None,  # an empty box keeps the shop's list
            "rules_on": {rule: box.isChecked() for rule, box in self.rule_on.items()},
            "lead_days": {rule: days.value() for rule, days in self.lead.items()},
            "language": str(self.shop_language.currentData()),
            "budget_acts": self.budget_acts.value(),
            "budget_money": self.budget_money.text(),
        }

    def save_shop_settings(self) -> None:
        """Save the shop's settings: one command, one save (raises InvalidInput on bad input)."""
        shop = self.shop
        if shop is None or self.shop_name is None:
            return
        shop.app.change_shop_settings(shop.actor, **self.shop_settings())

    def accept(self) -> None:
        if try_saving(self.error, self.save_shop_settings):
            super().accept()
