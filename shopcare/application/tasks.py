"""The delight engine's commands: the whole application, customers and tasks.

``ShopCareApplication`` extends :class:`CustomerApplication` (the eventsourcing
examples' way of growing an application by subclassing):

* Event rules run inside :meth:`ShopCareApplication.save`: when a customer's new events
  are saved, the tasks the rules suggest for them are saved in the same call, so
  the event and its tasks are recorded together or not at all.
* Date rules run in the sweep (``shopcare.service.sweep``), which gathers plain
  facts from the read models and calls :meth:`ShopCareApplication.suggest_tasks`.

Task ids come from trigger keys, so suggesting the same thing twice (a second
sweep, another computer) finds the task already there and changes nothing.

One person, one act: a new reason (not a sensitive one) for a customer who already
has an open act joins that act (:func:`shopcare.domain.kindness.host_for`); both
tasks are saved together. Which acts are open is a question for the read models:
the service tells the application where to ask (:attr:`ShopCareApplication.open_acts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError
from eventsourcing.persistence import IntegrityError

from shopcare.application.actor import Actor
from shopcare.application.conflicts import retry_on_conflict
from shopcare.application.customers import UNREADABLE, CustomerApplication
from shopcare.domain.customer import Customer
from shopcare.domain.delight_rules import (
    DEFAULT_CONFIG,
    EVENT_RULES,
    RuleConfig,
    TaskSuggestion,
    as_uuid,
    is_fresh,
    suggestions_for_event,
)
from shopcare.domain.delight_task import BY_HAND, DelightTask, hand_trigger_key
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import (
    DEFAULT_BUDGET,
    MAX_BUDGET_ACTS,
    ActOfCustomer,
    Budget,
    host_for,
    is_sensitive,
)
from shopcare.domain.shop_settings import MAX_LEAD_DAYS, SETTINGS_ID, ShopSettings
from shopcare.domain.stamp import Stamp
from shopcare.domain.values import (
    clean_text,
    parse_count,
    parse_id,
    parse_money,
    require_text,
)


def _task_id(value: str | UUID) -> UUID:
    return parse_id(value, "words-task")


def _staff_names(typed: Iterable[str]) -> list[str]:
    """The shop's staff as events will stamp them: cleaned, without blanks or repeats."""
    names: list[str] = []
    for name in (clean_text(n, "words-staff") for n in typed):
        if name and name not in names:
            names.append(name)
    return names


def _whole_days(days: int | str) -> int:
    return parse_count(days, "words-lead-time", maximum=MAX_LEAD_DAYS, required=True)


#: Customer ids → the kind acts still open for each (asked of the read models).
OpenActs = Mapping[str, Sequence[ActOfCustomer]]
OpenActsLookup = Callable[[Sequence[str]], OpenActs]


def _no_open_acts(customer_ids: Sequence[str]) -> OpenActs:
    return {}


class ShopCareApplication(CustomerApplication):
    """Customers, their contacts, the kind acts to do for them, and the shop's settings."""

    #: Where to ask which kind acts are open for some customers. The service points it
    #: at its read models; without them, every new reason is an act of its own.
    open_acts: OpenActsLookup = staticmethod(_no_open_acts)  # type: ignore[assignment]

    # ----- event rules, run as customer events are saved ----------------------------

    def save(self, *objs: Any, **kwargs: Any) -> Any:
        """Save, adding the tasks the event rules suggest for new customer events."""
        extra = self._tasks_for_new_events(objs)
        return super().save(*objs, *extra, **kwargs)

    def _tasks_for_new_events(self, objs: Sequence[Any]) -> list[DelightTask]:
        customers = [o for o in objs if isinstance(o, Customer) and o.pending_events]
        if not customers:
            return []
        config: RuleConfig | None = None
        found: list[tuple[TaskSuggestion, Stamp]] = []
        now = self.clock()
        for customer in customers:
            for e in customer.pending_events:
                if type(e) not in EVENT_RULES or not is_fresh(e.occurred_at, now):
                    continue
                if config is None:
                    config = self.rule_config()
                stamp = Stamp(e.staff, e.computer, e.occurred_at)
                for s in suggestions_for_event(e, customer.name, config):
                    if DelightTask.create_id(s.trigger_key) in self.repository:
                        continue
                    found.append((s, stamp))
        if not found:
            return []
        asked = sorted(
            {s.customer_id for s, _ in found if s.customer_id and not is_sensitive(s.rule)}
        )
        return self._placed(found, self.open_acts(asked) if asked else {})

    def _placed(
        self, found: Sequence[tuple[TaskSuggestion, Stamp]], open_acts: OpenActs
    ) -> list[DelightTask]:
        """New tasks for the suggestions; a reason for someone with an open act joins it
        (the act, enriched, is among the tasks returned)."""
        acts = {cid: list(v) for cid, v in open_acts.items()}
        out: dict[UUID, DelightTask] = {}
        for s, stamp in found:
            new = self._new_task(stamp, s)
            if new.id in out:
                continue
            cid = s.customer_id
            ref = host_for(s.rule, acts.get(cid, [])) if cid else None
            host = None
            if ref is not None:
                host = out.get(UUID(ref.task_id)) or self._open_task(ref.task_id)
            if host is not None:
                host.enrich(stamp, other=new)
                new.join(stamp, into=host.id)
                out[host.id] = host
            elif cid:
                acts.setdefault(cid, []).append(ActOfCustomer(str(new.id), s.rule, s.due))
            out[new.id] = new
        return list(out.values())

    def _open_task(self, task_id: str | UUID) -> DelightTask | None:
        """An open task by id, or None (gone, finished, or not a task)."""
        try:
            task = self.repository.get(UUID(str(task_id)))
        except AggregateNotFoundError:
            return None
        return task if isinstance(task, DelightTask) and not task.finished else None

    @staticmethod
    def _new_task(stamp: Stamp, s: TaskSuggestion) -> DelightTask:
        return DelightTask.suggest(
            stamp,
            customer_id=as_uuid(s.customer_id),
            rule=s.rule,
            facts=s.facts,
            due=s.due,
            trigger_key=s.trigger_key,
        )

    # ----- settings -----------------------------------------------------------------

    def get_settings(self, *, to_change: bool = True) -> ShopSettings | None:
        """The shop's settings, up to date with the store (None before any were saved).

        Without ``to_change`` the cached object itself is given, not a copy: for reading
        only (every customer event asks for the rules; copying them cost more than the
        rules themselves)."""
        try:
            return self.repository.get(SETTINGS_ID, deepcopy_from_cache=to_change)
        except AggregateNotFoundError:
            return None

    def rule_config(self) -> RuleConfig:
        settings = self.get_settings(to_change=False)
        return DEFAULT_CONFIG if settings is None else settings.rule_config()

    def budget(self) -> Budget:
        """How many acts and how much money a week the shop can give."""
        settings = self.get_settings(to_change=False)
        return DEFAULT_BUDGET if settings is None else settings.budget

    def change_shop_settings(
        self,
        by: Actor,
        *,
        name: str | None = None,
        address: str | None = None,
        staff_list: Iterable[str] | None = None,
        rules_on: Mapping[str, bool] | None = None,
        lead_days: Mapping[str, int | str] | None = None,
        language: str | None = None,
        budget_acts: int | str | None = None,
        budget_money: str | Decimal | int | None = None,
    ) -> bool:
        """Change any of the shop's settings in one command and one save (all or none).

        Settings left as None stay as they are; returns whether anything changed.
        The weekly budget is a number of acts and an amount of money (as owners type
        it: ``300000``, ``30만원``).
        """
        acts = (
            None
            if budget_acts is None
            else parse_count(
                budget_acts, "words-budget-acts", maximum=MAX_BUDGET_ACTS, required=True
            )
        )
        money = None if budget_money is None else parse_money(budget_money, "words-budget-money")
        if budget_money is not None and money is None:
            raise InvalidInput("errors-empty", what="words-budget-money")
        staff = None if staff_list is None else _staff_names(staff_list)
        name = None if name is None else clean_text(name, "words-shop-name")
        address = None if address is None else clean_text(address, "words-shop-address")
        leads = {rule: _whole_days(days) for rule, days in (lead_days or {}).items()}
        changed = False

        def once() -> None:
            nonlocal changed
            stamp = by.stamp(self._when(None))
            settings = self.get_settings() or ShopSettings.start(stamp)
            changed = settings.change(
                stamp,
                name=name,
                address=address,
                staff_list=staff,
                rules_on=rules_on,
                lead_days=leads,
                language=language,
                budget_acts=acts,
                budget_money=money,
            )
            if changed:
                self.save(settings)

        retry_on_conflict(once)
        return changed

    def choose_first_language(self, by: Actor, language: str) -> bool:
        """At a shop's first start: it speaks ``language`` unless one is chosen already
        (by another computer too: checked again on a conflicting save)."""
        changed = False

        def once() -> None:
            nonlocal changed
            stamp = by.stamp(self._when(None))
            settings = self.get_settings() or ShopSettings.start(stamp)
            changed = not settings.language and settings.change(stamp, language=language)
            if changed:
                self.save(settings)

        retry_on_conflict(once)
        return changed

    def shop_language(self) -> str:
        """The language the shop chose ("" while it has not chosen one)."""
        settings = self.get_settings(to_change=False)
        return "" if settings is None else settings.language

    # ----- tasks --------------------------------------------------------------------

    def get_task(self, task_id: str | UUID) -> DelightTask:
        tid = _task_id(task_id)
        try:
            task = self.repository.get(tid)
        except AggregateNotFoundError:
            raise InvalidInput("errors-no-task", id=str(tid)) from None
        except UNREADABLE as error:
            raise InvalidInput(
                "errors-history-unreadable", id=str(tid), reason=type(error).__name__
            ) from error
        if not isinstance(task, DelightTask):
            raise InvalidInput("errors-no-task", id=str(tid))
        return task

    def suggest_task(self, by: Actor, suggestion: TaskSuggestion) -> UUID:
        """Save a suggested task unless it is already there; return its id."""
        return self.suggest_tasks(by, [suggestion])[0]

    def suggest_tasks(
        self,
        by: Actor,
        suggestions: Sequence[TaskSuggestion],
        open_acts: OpenActs | None = None,
        known: Iterable[UUID] | None = None,
    ) -> list[UUID]:
        """Save the suggested tasks not already there (in one go); return all their ids.

        A reason for a customer with an open act joins it (``open_acts``, else the
        application asks :attr:`open_acts`). ``known``: task ids the caller knows are
        there already (the sweep reads them from the read models in one query);
        without it, each is looked up in the store.
        """
        ids = [DelightTask.create_id(s.trigger_key) for s in suggestions]
        pairs = list(zip(ids, suggestions, strict=True))
        if known is None:
            new = [s for tid, s in pairs if tid not in self.repository]
        else:
            there = set(known)
            new = [s for tid, s in pairs if tid not in there]
        if not new:
            return ids
        if open_acts is None:
            asked = sorted({s.customer_id for s in new if s.customer_id})
            open_acts = self.open_acts(asked) if asked else {}
        stamp = by.stamp(self._when(None))
        try:
            self.save(*self._placed([(s, stamp) for s in new], open_acts))
        except IntegrityError:
            # Another computer saved some of them first: place the rest one by one.
            for s in new:
                self._suggest_one(by, s)
        return ids

    def _suggest_one(self, by: Actor, s: TaskSuggestion) -> None:
        def once() -> None:
            if DelightTask.create_id(s.trigger_key) in self.repository:
                return
            asked = [s.customer_id] if s.customer_id else []
            acts = self.open_acts(asked) if asked else {}
            self.save(*self._placed([(s, by.stamp(self._when(None)))], acts))

        retry_on_conflict(once)

    def expire_tasks(self, by: Actor, expiring: Sequence[tuple[str, str]], on: date) -> list[UUID]:
        """Close open acts past their time (``(task id, reason)``); return those closed."""
        stamp = by.stamp(self._when(None))
        tasks = []
        for tid, reason in expiring:
            task = self._open_task(tid)
            if task is not None:
                task.expire(stamp, reason=reason, on=on)
                tasks.append(task)
        if not tasks:
            return []
        try:
            self.save(*tasks)
        except IntegrityError:  # someone finished one meanwhile: the others one by one
            for task in tasks:
                reason = next(r for t, r in expiring if UUID(str(t)) == task.id)
                self._expire_one(by, task.id, reason, on)
        return [t.id for t in tasks]

    def _expire_one(self, by: Actor, task_id: UUID, reason: str, on: date) -> None:
        def once() -> None:
            task = self._open_task(task_id)
            if task is not None:
                task.expire(by.stamp(self._when(None)), reason=reason, on=on)
                self.save(task)

        retry_on_conflict(once)

    def join_tasks(self, by: Actor, host_id: str | UUID, other_ids: Sequence[str | UUID]) -> None:
        """Tell the other open acts' reasons on the host act, and close them as joined
        (a customer who came to have two open acts, after two records were merged)."""

        def once() -> None:
            host = self._open_task(host_id)
            if host is None:
                return
            stamp = by.stamp(self._when(None))
            changed = [host]
            for oid in other_ids:
                other = self._open_task(oid)
                if other is None or other.id == host.id:
                    continue
                host.enrich(stamp, other=other)
                other.join(stamp, into=host.id)
                changed.append(other)
            if len(changed) > 1:
                self.save(*changed)

        retry_on_conflict(once)

    def add_task(
        self,
        by: Actor,
        customer_id: str | UUID,
        *,
        title: str,
        due: str | date | None = None,
        note: str = "",
        act: str = "",
    ) -> UUID:
        """A task a person adds by hand (its trigger is new every time)."""
        customer = self.get_customer(customer_id)
        title = require_text(title, "words-title")
        note = clean_text(note, "words-note", multiline=True)
        act = clean_text(act, "words-act", multiline=True)
        when = self._when(None)
        due_date = self._date(due, "words-due-date") or when.date()
        task = DelightTask.suggest(
            by.stamp(when),
            customer_id=customer.id,
            title=title,
            rule=BY_HAND,
            facts={"note": note, "act": act},
            due=due_date,
            trigger_key=hand_trigger_key(),
        )
        self.save(task)
        return task.id

    def _update_task(self, task_id: str | UUID, change: Callable[[DelightTask], Any]) -> None:
        tid = _task_id(task_id)

        def once() -> None:
            task = self.get_task(tid)
            change(task)
            self.save(task)

        retry_on_conflict(once)

    def schedule_task(
        self,
        by: Actor,
        task_id: str | UUID,
        *,
        assignee: str = "",
        due: str | date | None = None,
    ) -> None:
        due_date = self._date(due, "words-due-date")
        assignee = clean_text(assignee, "words-assignee")
        when = self._when(None)
        self._update_task(
            task_id,
            lambda t: t.schedule(by.stamp(when), assignee=assignee, due=due_date),
        )

    def dismiss_task(self, by: Actor, task_id: str | UUID, *, reason: str) -> None:
        reason = require_text(reason, "words-reason", multiline=True)
        when = self._when(None)
        self._update_task(task_id, lambda t: t.dismiss(by.stamp(when), reason=reason))

    def complete_task(
        self,
        by: Actor,
        task_id: str | UUID,
        *,
        what: str,
        cost: str | Decimal | None = None,
        note: str = "",
    ) -> None:
        """Done: the task's Done and the customer's GiftSent are saved together."""
        tid = _task_id(task_id)
        amount = parse_money(cost, "words-cost")
        what = require_text(what, "words-what-was-done")
        note = clean_text(note, "words-note", multiline=True)
        when = self._when(None)

        def once() -> None:
            task = self.get_task(tid)
            task.complete(by.stamp(when), what=what, cost=amount, note=note)
            if task.customer_id is None:
                self.save(task)
                return
            customer = self.get_customer(task.customer_id)
            customer.send_gift(
                by.stamp(when),
                what=what,
                occasion=task.title if task.rule == BY_HAND else task.rule,
                cost=amount,
                task_id=str(task.id),
            )
            self.save(task, customer)

        retry_on_conflict(once)
