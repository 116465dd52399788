"""Make a ten-year shop for the benchmark (or the 300-customer demo shop, to compare).

    uv run python bench/generate.py bench/data/shop            # 20,000 customers, ~500,000 events
    uv run python bench/generate.py bench/data/demo --demo     # the demo shop (`shopcare demo`)

The ten-year shop is simulated day by day in time order, as a real shop's log is
written: customers join (more in later years), come back as often as their habit
says, and drift away; contacts, purchases, returns (received, waived, a few never),
complaints (resolved), praise and criticism, follow-ups (done), life events,
referrals, gifts, profile changes and corrections (some withdrawing an entry).
The delight rules suggest tasks from the events as the application would; staff
schedule, do (the gift lands on the customer's timeline) or dismiss them; birthday
cards come every year for customers who gave their birthday. Staff change over
the years, and the shop's settings change a few times. One customer has 2,000
events (the heaviest timeline a shop might open).

Events are made by the real aggregates and saved by the real application, a few
days of the shop at a time, so the log interleaves customers as a real one does.
"""

from __future__ import annotations

import argparse
import heapq
import itertools
import math
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from shopdata import (
    COMPLAINTS,
    CRITICISM,
    ELSEWHERE,
    GIFTS,
    ITEMS_EN,
    ITEMS_KO,
    LIFE_NOTES,
    LIFE_WEIGHTS,
    PRAISE,
    STAFF_ERAS,
    SUMMARIES_EN,
    SUMMARIES_KO,
    TOPICS,
    TOUCHPOINTS,
    abroad_address,
    english_name,
    foreign_phone,
    korean_address,
    korean_name,
    korean_phone,
    romanised_address,
)

from shopcare.application import CustomerApplication
from shopcare.domain.customer import Customer
from shopcare.domain.delight_rules import (
    DEFAULT_CONFIG,
    TaskSuggestion,
    birthday_rule,
    suggestions_for_event,
)
from shopcare.domain.delight_task import DelightTask
from shopcare.domain.errors import InvalidInput
from shopcare.domain.shop_settings import ShopSettings
from shopcare.domain.stamp import Stamp
from shopcare.service.config import Config

KST = timezone(timedelta(hours=9))
YEARS = 10
HEAVY_EVENTS = 2_000
#: Customer events per customer event the simulation schedules (closures, gifts, tasks).
DERIVED_SHARE = 0.27

#: What a customer's visit or call turns out to be, and how often.
KINDS = {
    "contact": 60.0,
    "purchase": 21.0,
    "feedback": 5.0,
    "follow-up": 3.0,
    "return": 2.5,
    "referral": 1.5,
    "life": 1.4,
    "complaint": 1.3,
    "details": 1.2,
    "correction": 0.8,
    "gift": 0.4,
}


#: What staff write when a kind act is done, by rule.
DONE_AS = {
    "birthday": "생일 카드",
    "bereavement": "꽃과 손편지",
    "congratulations": "축하 카드",
    "complaint-call": "사장님 전화",
    "thank-you": "감사 엽서",
    "back-in-stock": "입고 안내 전화",
}


@dataclass
class Person:
    customer: Customer
    name: str
    english: bool
    birthday: Any = None


@dataclass(order=True)
class Action:
    at: datetime
    seq: int
    run: Callable[[], None] = field(compare=False)


class Simulation:
    """The shop over ten years, one action at a time in time order."""

    def __init__(self, app: CustomerApplication, rng: random.Random, now: datetime) -> None:
        self.app = app
        self.rng = rng
        self.now = now
        self.start = now - timedelta(days=365 * YEARS)
        self.queue: list[Action] = []
        self.seq = itertools.count()
        self.people: list[Person] = []
        self.dirty: dict[int, Any] = {}
        self.settings: ShopSettings | None = None
        self.kinds = Counter()
        self.clock = self.start

    # ----- bookkeeping -------------------------------------------------------------

    def at(self, moment: datetime, run: Callable[[], None]) -> None:
        if moment < self.now:
            heapq.heappush(self.queue, Action(moment, next(self.seq), run))

    def staff(self, moment: datetime) -> str:
        share = (moment - self.start) / (self.now - self.start)
        names = [n for since, n in STAFF_ERAS if since <= share][-1]
        return self.rng.choice(names)

    def stamp(self, moment: datetime) -> Stamp:
        return Stamp(
            self.staff(moment),
            self.rng.choice(("front-desk", "front-desk", "back-office")),
            moment,
        )

    def touch(self, aggregate: Any) -> None:
        self.dirty[id(aggregate)] = aggregate

    def save(self) -> int:
        """Save what changed, each event logged a little after it happened."""
        aggregates = list(self.dirty.values())
        self.dirty.clear()
        count = 0
        for aggregate in aggregates:
            for e in aggregate.pending_events:
                late = self.rng.random() < 0.03
                delay = timedelta(days=self.rng.uniform(0.5, 3)) if late else timedelta(0)
                logged = e.occurred_at + delay + timedelta(seconds=self.rng.uniform(5, 300))
                object.__setattr__(e, "timestamp", min(logged, self.now).astimezone(UTC))
                self.kinds[type(e).__qualname__] += 1
                count += 1
        if aggregates:
            self.app.save(*aggregates)
        return count

    def run(self, target: int, report: Callable[[int], None]) -> int:
        written = 0
        pending = 0
        while self.queue:
            action = heapq.heappop(self.queue)
            self.clock = action.at
            try:
                action.run()
            except InvalidInput:
                continue  # e.g. a correction of an entry already withdrawn
            pending += 1
            if pending >= 250:
                written += self.save()
                pending = 0
                report(written)
        return written + self.save()

    # ----- the shop ----------------------------------------------------------------

    def open_shop(self) -> None:
        def start() -> None:
            st = self.stamp(self.start)
            self.settings = ShopSettings.start(st)
            self.settings.change(
                st,
                name="발편한 신발가게",
                address="서울특별시 마포구 월드컵북로 12",
                staff_list=list(STAFF_ERAS[0][1]),
            )
            self.touch(self.settings)

        self.at(self.start, start)
        for since, names in STAFF_ERAS[1:]:
            moment = self.start + (self.now - self.start) * since

            def change(names=names, moment=moment) -> None:
                assert self.settings is not None
                self.settings.change(self.stamp(moment), staff_list=list(names))
                self.touch(self.settings)

            self.at(moment, change)

        def tune(moment: datetime, do: Callable[[Stamp], None]) -> None:
            def run() -> None:
                do(self.stamp(moment))
                assert self.settings is not None
                self.touch(self.settings)

            self.at(moment, run)

        s = lambda: self.settings  # noqa: E731 - read when the action runs
        t = self.start + timedelta(days=400)
        tune(t, lambda st: s().change(st, lead_days={"birthday": 10}))
        tune(t + timedelta(days=900), lambda st: s().change(st, rules_on={"miss-you": False}))
        tune(t + timedelta(days=1300), lambda st: s().change(st, rules_on={"miss-you": True}))

    def shop_hours(self, day: datetime) -> datetime:
        minutes = self.rng.randint(10 * 60, 20 * 60)
        return day.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(
            minutes=minutes, seconds=self.rng.randint(0, 59)
        )

    def add_customers(self, customers: int, events: int) -> None:
        """Schedule every customer's joining and their visits and calls."""
        primary = round((events * (1 - DERIVED_SHARE) - HEAVY_EVENTS) / (customers - 1))
        span = (self.now - self.start).total_seconds()
        for i in range(customers):
            if i == 0:
                joined, n, lasts = self.start + timedelta(days=3), HEAVY_EVENTS, 1.0
            else:
                # more customers in later years; habits from once to hundreds of times
                joined = self.start + timedelta(seconds=span * math.sqrt(self.rng.random()))
                n = max(1, round(self.rng.lognormvariate(0, 1.1) * primary / 1.83))
                lasts = 1.0 if self.rng.random() < 0.55 else self.rng.uniform(0.05, 0.9)
            joined = self.shop_hours(joined)
            active = (self.now - joined).total_seconds() * lasts
            self.at(joined, lambda i=i, joined=joined: self.register(i, joined))
            for _ in range(n - 1):
                moment = self.shop_hours(joined + timedelta(seconds=self.rng.uniform(0, active)))
                self.at(max(moment, joined + timedelta(minutes=5)), lambda i=i: self.visit(i))

    def register(self, i: int, moment: datetime) -> None:
        rng = self.rng
        english = i != 0 and rng.random() < 0.22
        if english:
            name = english_name(rng)
            abroad = rng.random() < 0.3
            address, postal = abroad_address(rng) if abroad else romanised_address(rng)
            phone = foreign_phone(rng) if abroad else korean_phone(rng)
            email = f"{name.split()[0].lower()}.{i}@example.com"
        else:
            name = "김민수" if i == 0 else korean_name(rng)
            address, postal, _ = korean_address(rng)
            phone = korean_phone(rng)
            email = f"user{i}@example.kr" if rng.random() < 0.45 else ""
        if rng.random() < 0.2:
            address, postal = "", ""  # not everyone gives their address
        birthday = None
        if i == 0 or rng.random() < 0.18:
            birthday = datetime(rng.randint(1945, 2008), rng.randint(1, 12), rng.randint(1, 28))
            birthday = birthday.date()
        tags = []
        if rng.random() < 0.35:
            tags = [rng.choice(["vip", "runner", "hiker", "wide feet", "단골", "등산", "수선"])]
        customer = Customer.register(
            self.stamp(moment),
            name=name,
            phone=phone,
            email=email,
            address=address,
            postal_code=postal,
            birthday=birthday,
            tags=tags,
            notes=rng.choice(["", "", f"발 사이즈 {rng.choice(range(220, 290, 5))}", "wide fit"]),
        )
        person = Person(customer, name, english, birthday)
        if len(self.people) <= i:
            self.people.extend([None] * (i + 1 - len(self.people)))  # type: ignore[list-item]
        self.people[i] = person
        self.touch(customer)
        if birthday is not None:
            self.birthdays(person, moment)

    # ----- visits and calls ---------------------------------------------------------

    def item(self, person: Person) -> str:
        return self.rng.choice(ITEMS_EN if person.english else ITEMS_KO)

    def text(self, person: Person, korean: list[str], english: list[str]) -> str:
        return self.rng.choice(english if person.english else korean)

    def visit(self, i: int) -> None:
        person = self.people[i]
        kind = self.rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
        before = len(person.customer.pending_events)
        getattr(self, "do_" + kind.replace("-", "_"))(person, self.clock)
        for e in person.customer.pending_events[before:]:
            for s in suggestions_for_event(e, person.name, DEFAULT_CONFIG):
                self.suggest(person, s, self.clock)
        self.touch(person.customer)

    def do_contact(self, p: Person, at: datetime) -> None:
        rng = self.rng
        summary = self.text(p, SUMMARIES_KO, SUMMARIES_EN).format(item=self.item(p))
        long_call = rng.random() < 0.02
        p.customer.log_contact(
            self.stamp(at),
            channel=rng.choices(
                ["walk-in", "phone", "message", "email", "social"], [40, 30, 15, 10, 5]
            )[0],
            direction=rng.choice(["in", "in", "in", "out"]),
            summary=summary,
            topics=rng.sample(TOPICS, rng.choice([0, 0, 1, 1, 2])),
            touchpoint=rng.choice([None, *TOUCHPOINTS]),
            sentiment=rng.choices(["positive", "neutral", "negative"], [5, 4, 1])[0],
            connection=rng.random() < 0.04,
            minutes=rng.randint(30, 90) if long_call else rng.choice([None, *range(1, 20)]),
            went_beyond="우산을 빌려 드림" if rng.random() < 0.01 else "",
        )

    def do_purchase(self, p: Person, at: datetime) -> None:
        amount = Decimal(self.rng.randrange(15_000, 320_000, 1_000))
        if p.english and self.rng.random() < 0.3:
            amount = Decimal(self.rng.randrange(2_000, 25_000)) / 100  # paid abroad, in pounds
        p.customer.note_purchase(self.stamp(at), item=self.item(p), amount=amount)

    def do_feedback(self, p: Person, at: datetime) -> None:
        good = self.rng.random() < 0.85
        p.customer.receive_feedback(
            self.stamp(at),
            polarity="positive" if good else "negative",
            text=self.rng.choice(PRAISE if good else CRITICISM),
            touchpoint=self.rng.choice([None, *TOUCHPOINTS]),
        )

    def do_return(self, p: Person, at: datetime) -> None:
        rng = self.rng
        entry = p.customer.request_return(
            self.stamp(at), item=self.item(p), due=(at + timedelta(days=14)).date()
        )
        roll = rng.random()
        later = at + timedelta(days=rng.uniform(2, 12))
        if roll < 0.84:
            self.at(later, lambda: self.close(p, "receive_return", entry=entry))
        elif roll < 0.94:
            reason = rng.choice(["고객 사정으로 반품 면제", "kept them, no charge"])
            self.at(later, lambda: self.close(p, "waive_return", entry=entry, reason=reason))

    def do_complaint(self, p: Person, at: datetime) -> None:
        category = self.rng.choice(list(COMPLAINTS))
        entry = p.customer.raise_complaint(
            self.stamp(at),
            category=category,
            text=self.rng.choice(COMPLAINTS[category]),
            touchpoint=self.rng.choice(TOUCHPOINTS),
        )
        if self.rng.random() < 0.93:
            later = at + timedelta(days=self.rng.uniform(0.2, 5))
            resolution = self.rng.choice(
                ["사장님이 직접 전화, 교환해 드림", "Refunded the postage"]
            )
            self.at(
                later,
                lambda: self.close(p, "resolve_complaint", entry=entry, resolution=resolution),
            )

    def do_follow_up(self, p: Person, at: datetime) -> None:
        due = (at + timedelta(days=self.rng.randint(1, 10))).date()
        entry = p.customer.schedule_followup(
            self.stamp(at), due=due, reason=f"{self.item(p)} 입고 연락"
        )
        if self.rng.random() < 0.9:
            later = at + timedelta(days=self.rng.uniform(1, 11))
            self.at(later, lambda: self.close(p, "complete_followup", entry=entry, note="연락함"))

    def do_referral(self, p: Person, at: datetime) -> None:
        price = (
            Decimal(self.rng.randrange(30_000, 200_000, 5_000)) if self.rng.random() < 0.6 else None
        )
        p.customer.refer_elsewhere(
            self.stamp(at), item=self.item(p), sent_to=self.rng.choice(ELSEWHERE), price=price
        )

    def do_life(self, p: Person, at: datetime) -> None:
        kind = self.rng.choices(list(LIFE_WEIGHTS), weights=list(LIFE_WEIGHTS.values()))[0]
        on = (
            (at - timedelta(days=self.rng.randint(0, 10))).date()
            if self.rng.random() < 0.7
            else None
        )
        p.customer.note_life_event(
            self.stamp(at),
            kind=kind,
            on=on,
            note=self.rng.choice(LIFE_NOTES[kind]),
            sensitive=kind in ("bereavement", "illness"),
        )

    def do_details(self, p: Person, at: datetime) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            changes: dict[str, Any] = {"phone": korean_phone(rng)}
        elif roll < 0.65:
            address, postal, _ = korean_address(rng)
            changes = {"address": address, "postal_code": postal}
        elif roll < 0.8:
            changes = {"email": f"new.{rng.randint(1, 10**6)}@example.com"}
        elif roll < 0.95:
            changes = {"tags": sorted({*p.customer.tags, rng.choice(["vip", "단골", "runner"])})}
        else:
            changes = {"name": korean_name(rng) if not p.english else english_name(rng)}
        try:
            p.customer.change_details(self.stamp(at), changes)
        except InvalidInput:
            return
        p.name = p.customer.name

    def do_correction(self, p: Person, at: datetime) -> None:
        last = p.customer.version
        if last < 2:
            return
        entry = self.rng.randint(max(2, last - 5), last)
        void = self.rng.random() < 0.3
        note = "다른 고객 기록이었음" if void else self.rng.choice(["금액 오타", "It was size 270"])
        p.customer.correct_entry(self.stamp(at), entry=entry, note=note, void=void)

    def do_gift(self, p: Person, at: datetime) -> None:
        what, occasion = self.rng.choice(GIFTS)
        p.customer.send_gift(
            self.stamp(at), what=what, occasion=occasion, cost=Decimal(5000), task_id=None
        )

    def close(self, p: Person, method: str, **kwargs: Any) -> None:
        getattr(p.customer, method)(self.stamp(self.clock), **kwargs)
        self.touch(p.customer)

    # ----- tasks --------------------------------------------------------------------

    def birthdays(self, person: Person, joined: datetime) -> None:
        """The sweep suggests a card a fortnight before each birthday's card is due."""
        year = joined.year
        while True:
            try:
                day = person.birthday.replace(year=year)
            except ValueError:
                day = person.birthday.replace(year=year, day=28)
            sweep = datetime(day.year, day.month, day.day, 9, 0, tzinfo=KST) - timedelta(days=21)
            if sweep >= self.now:
                return
            if sweep > joined:
                self.at(sweep, lambda p=person, s=sweep: self.birthday_sweep(p, s))
            year += 1

    def birthday_sweep(self, person: Person, at: datetime) -> None:
        s = birthday_rule(
            str(person.customer.id), person.name, person.birthday, at.date(), DEFAULT_CONFIG
        )
        if s is not None:
            self.suggest(person, s, at)

    def suggest(self, person: Person, s: TaskSuggestion, at: datetime) -> None:
        rng = self.rng
        task = DelightTask.suggest(
            self.stamp(at),
            customer_id=person.customer.id,
            rule=s.rule,
            facts=s.facts,
            due=s.due,
            trigger_key=s.trigger_key,
        )
        self.touch(task)
        roll = rng.random()
        start = at + timedelta(hours=rng.uniform(1, 30))
        if roll < 0.45:

            def schedule() -> None:
                task.schedule(self.stamp(self.clock), assignee="", due=None)
                self.touch(task)

            self.at(start, schedule)
            start += timedelta(days=rng.uniform(0.5, 3))
        if roll < 0.75:
            self.at(start, lambda: self.finish(person, task))
        elif roll < 0.93:

            def dismiss() -> None:
                reason = rng.choice(["이미 전화 드림", "she asked for no fuss", "연락처 없음"])
                task.dismiss(self.stamp(self.clock), reason=reason)
                self.touch(task)

            self.at(start, dismiss)

    def finish(self, person: Person, task: DelightTask) -> None:
        what = DONE_AS.get(task.rule, "손편지")
        cost = (
            Decimal(self.rng.choice([0, 3000, 5000, 45000])) if task.rule != "thank-you" else None
        )
        stamp = self.stamp(self.clock)
        task.complete(stamp, what=what, cost=cost, note="")
        person.customer.send_gift(
            stamp, what=what, occasion=task.rule, cost=cost, task_id=str(task.id)
        )
        self.touch(task)
        self.touch(person.customer)


def generate(data_dir: Path, customers: int, events: int, seed: int = 1) -> tuple[int, Counter]:
    config = Config(data_dir=data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if config.events_path.exists():
        raise SystemExit(f"{config.events_path} exists; remove the folder first")
    app = CustomerApplication(env=config.event_store_env())  # no rules: the simulation runs them
    now = datetime.now(KST).replace(microsecond=0) - timedelta(hours=1)
    sim = Simulation(app, random.Random(seed), now)
    sim.open_shop()
    sim.add_customers(customers, events)
    began = time.perf_counter()

    def report(written: int) -> None:
        if written // 50_000 != (written - 250) // 50_000:
            took = time.perf_counter() - began
            print(f"  {written:,} events, {sim.clock:%Y-%m-%d}, {took:.0f} s", flush=True)

    written = sim.run(events, report)
    app.close()
    return written, sim.kinds


def demo(data_dir: Path, customers: int) -> int:
    from shopcare.service.demo import fill_demo_shop
    from shopcare.service.shop import Shop

    with Shop(Config(data_dir=data_dir), staff="bench") as shop:
        fill_demo_shop(shop, customers=customers)
        return shop.app.recorder.max_notification_id()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=500_000, help="about this many in all")
    parser.add_argument("--demo", action="store_true", help="the 300-customer demo shop")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    began = time.perf_counter()
    if args.demo:
        written = demo(args.data_dir, 300 if args.customers == 20_000 else args.customers)
        print(f"wrote the demo shop: {written:,} events in {time.perf_counter() - began:.0f} s")
        return
    written, kinds = generate(args.data_dir, args.customers, args.events, args.seed)
    print(f"wrote {written:,} events for {args.customers:,} customers in ", end="")
    print(f"{time.perf_counter() - began:.0f} s")
    for kind, n in kinds.most_common():
        print(f"  {n:>8,}  {kind}")


if __name__ == "__main__":
    main()
