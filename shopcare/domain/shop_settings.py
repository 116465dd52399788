"""The shop's own settings: its name and address, its staff, and the delight rules.

There is one per shop, with a fixed id, so every computer finds the same one.
"""

from __future__ import annotations

from datetime import datetime
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from shopcare.domain.delight_rules import RuleConfig, require_rule
from shopcare.domain.errors import InvalidInput

SETTINGS_ID = uuid5(NAMESPACE_URL, "https://shopcare.invalid/shop-settings")

#: Lead times are kept within a year.
MAX_LEAD_DAYS = 365


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
        cleaned: list[str] = []
        for n in names:
            if n.strip() and n.strip() not in cleaned:
                cleaned.append(n.strip())
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
