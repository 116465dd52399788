"""The shop's own settings: name and address, staff, language, the rules, the weekly budget.

There is one per shop, with a fixed id, so every computer finds the same one.
:meth:`ShopSettings.change` takes everything the settings dialog (or ``shopcare
settings set``) changes at once, so one save records all of it or none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import singledispatchmethod
from uuid import UUID

from eventsourcing.domain import Aggregate

from shopcare.domain.delight_rules import RuleConfig, require_rule
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import DEFAULT_BUDGET, MAX_BUDGET_ACTS, Budget
from shopcare.domain.stamp import Stamp
from shopcare.domain.stamped import Stamped

#: The settings' fixed id: uuid5(NAMESPACE_URL, "https://shopcare.invalid/shop-settings"),
#: written out so that importing the domain computes no hash (tests/test_cli_lean.py).
SETTINGS_ID = UUID("d6bf6066-d3e4-5a82-8f3b-bc7473f3ae7d")

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


class ShopSettings(Stamped):
    """Shop details, staff list, language, per-rule on/off and lead time, weekly budget."""

    class Event(Stamped.Event):
        """Stamped like every event (:class:`~shopcare.domain.stamped.Stamped`)."""

    class Started(Aggregate.Created, Event):
        pass

    class ShopDetailsChanged(Event):
        name: str
        address: str

    class StaffListChanged(Event):
        names: list[str]

    class RuleSwitched(Event):
        rule: str
        on: bool

    class LeadTimeChanged(Event):
        rule: str
        days: int

    class LanguageChanged(Event):
        language: str

    class BudgetChanged(Event):
        acts: int
        money: Decimal

    @classmethod
    def create_id(cls) -> UUID:  # type: ignore[override]
        return SETTINGS_ID

    @classmethod
    def start(cls, stamp: Stamp) -> ShopSettings:
        """The shop's settings, before anyone has changed them."""
        return cls._create(cls.Started, id=SETTINGS_ID, **stamp.fields())

    def change(
        self,
        stamp: Stamp,
        *,
        name: str | None = None,
        address: str | None = None,
        staff_list: Sequence[str] | None = None,
        rules_on: Mapping[str, bool] | None = None,
        lead_days: Mapping[str, int] | None = None,
        language: str | None = None,
        budget_acts: int | None = None,
        budget_money: Decimal | None = None,
    ) -> bool:
        """Change whatever differs among the given settings (None: leave as is).

        Everything is checked before anything changes; returns whether anything did.
        """
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
            self._trigger(self.ShopDetailsChanged, stamp, name=new_name, address=new_address)
        if names is not None and names and names != self.staff_list:
            self._trigger(self.StaffListChanged, stamp, names=names)
        config = self.rule_config()
        for rule, on in switches.items():
            if config.on(rule) != on:
                self._trigger(self.RuleSwitched, stamp, rule=rule, on=on)
        for rule, days in leads.items():
            if config.lead(rule) != days:
                self._trigger(self.LeadTimeChanged, stamp, rule=rule, days=days)
        if lang is not None and lang != self.language:
            self._trigger(self.LanguageChanged, stamp, language=lang)
        if budget != self.budget:
            self._trigger(self.BudgetChanged, stamp, acts=budget.acts, money=budget.money)
        return len(self.pending_events) > before

    def rule_config(self) -> RuleConfig:
        return RuleConfig(enabled=dict(self.enabled), lead_days=dict(self.lead_days))

    # ----- what each event does to the state ---------------------------------------------

    @singledispatchmethod
    def when(self, event: Event) -> None:
        """Every settings event is handled below."""

    @when.register(Started)
    def _(self, event: Started) -> None:
        self.shop_name = ""
        self.shop_address = ""
        self.staff_list: list[str] = []
        self.enabled: dict[str, bool] = {}
        self.lead_days: dict[str, int] = {}
        self.language = ""  # not chosen yet: this computer's language is used
        self.budget = DEFAULT_BUDGET

    @when.register(ShopDetailsChanged)
    def _(self, event: ShopDetailsChanged) -> None:
        self.shop_name = event.name
        self.shop_address = event.address

    @when.register(StaffListChanged)
    def _(self, event: StaffListChanged) -> None:
        self.staff_list = list(event.names)

    @when.register(RuleSwitched)
    def _(self, event: RuleSwitched) -> None:
        self.enabled[event.rule] = event.on

    @when.register(LeadTimeChanged)
    def _(self, event: LeadTimeChanged) -> None:
        self.lead_days[event.rule] = event.days

    @when.register(LanguageChanged)
    def _(self, event: LanguageChanged) -> None:
        self.language = event.language

    @when.register(BudgetChanged)
    def _(self, event: BudgetChanged) -> None:
        self.budget = Budget(event.acts, event.money)
