"""The shop's own settings: name and address, staff, language, the rules, the weekly budget.

There is one per shop, with a fixed id, so every computer finds the same one.
:meth:`ShopSettings.change` takes everything the settings dialog (or ``shopcare
settings set``) changes at once, so one save records all of it or none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from shopcare.domain.delight_rules import RuleConfig, require_rule
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import DEFAULT_BUDGET, MAX_BUDGET_ACTS, Budget

SETTINGS_ID = uuid5(NAMESPACE_URL, "https://shopcare.invalid/shop-settings")

#: Lead times are kept within a year.
MAX_LEAD_DAYS = 365

#: The languages a shop can speak in (tasks, sheets, reports); the first is the default.
SHOP_LANGUAGES = ("ko", "en")


def require_language(code: str) -> str:
    """A shop language code ("ko" or "en"), or a clear InvalidInput."""
    key = code.strip().lower()
    if key not in SHOP_LANGUAGES:
        raise InvalidInput(
            "errors-unknown-choice",
            what="words-language",
            value=str(code),
            allowed=", ".join(SHOP_LANGUAGES),
        )
    return key


def clean_staff_names(names: Sequence[str]) -> list[str]:
    """Staff names trimmed, without blanks or repeats, in the order given."""
    cleaned: list[str] = []
    for n in names:
        if n.strip() and n.strip() not in cleaned:
            cleaned.append(n.strip())
    return cleaned


class ShopSettings(Aggregate):
    """Shop details, staff list, and per-rule on/off and lead time."""

    class Event(Aggregate.Event):
        staff: str
        computer: str
        occurred_at: datetime

    @classmethod
    def create_id(cls) -> UUID:  # type: ignore[override]
        return SETTINGS_ID

    @event("Started")
    def __init__(self, *, staff: str, computer: str, occurred_at: datetime) -> None:
        self.shop_name = ""
        self.shop_address = ""
        self.staff_list: list[str] = []
        self.enabled: dict[str, bool] = {}
        self.lead_days: dict[str, int] = {}
        self.language = ""  # not chosen yet: this computer's language is used
        self.budget = DEFAULT_BUDGET

    def change(
        self,
        *,
        name: str | None = None,
        address: str | None = None,
        staff_list: Sequence[str] | None = None,
        rules_on: Mapping[str, bool] | None = None,
        lead_days: Mapping[str, int] | None = None,
        language: str | None = None,
        budget_acts: int | None = None,
        budget_money: Decimal | None = None,
        staff: str,
        computer: str,
        occurred_at: datetime,
    ) -> bool:
        """Change whatever differs among the given settings (None: leave as is).

        Everything is checked before anything changes; returns whether anything did.
        """
        stamp = {"staff": staff, "computer": computer, "occurred_at": occurred_at}
        new_name = self.shop_name if name is None else name.strip()
        new_address = self.shop_address if address is None else address.strip()
        details_change = (new_name, new_address) != (self.shop_name, self.shop_address)
        if details_change and not new_name:
            raise InvalidInput("errors-empty", what="words-shop-name")
        names = None if staff_list is None else clean_staff_names(staff_list)
        switches = {require_rule(r): bool(on) for r, on in (rules_on or {}).items()}
        leads: dict[str, int] = {}
        for rule, days in (lead_days or {}).items():
            if not 0 <= days <= MAX_LEAD_DAYS:
                raise InvalidInput(
                    "errors-number-out-of-range",
                    what="words-lead-time",
                    minimum=0,
                    maximum=MAX_LEAD_DAYS,
                )
            leads[require_rule(rule)] = days
        lang = None if language is None else require_language(language)
        budget = Budget(
            self.budget.acts if budget_acts is None else budget_acts,
            self.budget.money if budget_money is None else budget_money,
        )
        if not 0 <= budget.acts <= MAX_BUDGET_ACTS:
            raise InvalidInput(
                "errors-number-out-of-range",
                what="words-budget-acts",
                minimum=0,
                maximum=MAX_BUDGET_ACTS,
            )
        if budget.money < 0:
            raise InvalidInput("errors-amount-negative", what="words-budget-money")
        before = len(self.pending_events)
        if details_change:
            self._details_changed(name=new_name, address=new_address, **stamp)
        if names is not None and names and names != self.staff_list:
            self._staff_list_changed(names=names, **stamp)
        config = self.rule_config()
        for rule, on in switches.items():
            if config.on(rule) != on:
                self._rule_switched(rule=rule, on=on, **stamp)
        for rule, days in leads.items():
            if config.lead(rule) != days:
                self._lead_time_changed(rule=rule, days=days, **stamp)
        if lang is not None and lang != self.language:
            self._language_changed(language=lang, **stamp)
        if budget != self.budget:
            self._budget_changed(acts=budget.acts, money=budget.money, **stamp)
        return len(self.pending_events) > before

    @event("BudgetChanged")
    def _budget_changed(
        self, acts: int, money: Decimal, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.budget = Budget(acts, money)

    @event("LanguageChanged")
    def _language_changed(
        self, language: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.language = language

    def rule_config(self) -> RuleConfig:
        return RuleConfig(enabled=dict(self.enabled), lead_days=dict(self.lead_days))

    def change_details(
        self, *, name: str, address: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        name, address = name.strip(), address.strip()
        if not name:
            raise InvalidInput("errors-empty", what="words-shop-name")
        if (name, address) == (self.shop_name, self.shop_address):
            raise InvalidInput("errors-nothing-to-change")
        self._details_changed(
            name=name, address=address, staff=staff, computer=computer, occurred_at=occurred_at
        )

    @event("ShopDetailsChanged")
    def _details_changed(
        self, name: str, address: str, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.shop_name = name
        self.shop_address = address

    def change_staff_list(
        self, *, names: list[str], staff: str, computer: str, occurred_at: datetime
    ) -> None:
        cleaned = clean_staff_names(names)
        if cleaned == self.staff_list:
            raise InvalidInput("errors-nothing-to-change")
        self._staff_list_changed(
            names=cleaned, staff=staff, computer=computer, occurred_at=occurred_at
        )

    @event("StaffListChanged")
    def _staff_list_changed(
        self, names: list[str], staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.staff_list = list(names)

    def switch_rule(
        self, *, rule: str, on: bool, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        rule = require_rule(rule)
        if self.rule_config().on(rule) == on:
            raise InvalidInput(
                "errors-rule-already-on" if on else "errors-rule-already-off", rule=rule
            )
        self._rule_switched(
            rule=rule, on=on, staff=staff, computer=computer, occurred_at=occurred_at
        )

    @event("RuleSwitched")
    def _rule_switched(
        self, rule: str, on: bool, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.enabled[rule] = on

    def change_lead_time(
        self, *, rule: str, days: int, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        rule = require_rule(rule)
        if not 0 <= days <= MAX_LEAD_DAYS:
            raise InvalidInput(
                "errors-number-out-of-range",
                what="words-lead-time",
                minimum=0,
                maximum=MAX_LEAD_DAYS,
            )
        if self.rule_config().lead(rule) == days:
            raise InvalidInput("errors-lead-time-unchanged", rule=rule, days=days)
        self._lead_time_changed(
            rule=rule, days=days, staff=staff, computer=computer, occurred_at=occurred_at
        )

    @event("LeadTimeChanged")
    def _lead_time_changed(
        self, rule: str, days: int, staff: str, computer: str, occurred_at: datetime
    ) -> None:
        self.lead_days[rule] = days
