"""A believable demo shop: a few hundred customers and a year of contacts.

Used by ``shopcare demo`` to try the app, and by the benchmark (``bench/``) to make
a ten-year shop. The same seed gives the same shop.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from shopcare.application import Actor
from shopcare.clock import now as local_now
from shopcare.domain.errors import InvalidInput
from shopcare.service.shop import Shop

FAMILY = [
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
]
GIVEN = [
    "민수",
    "지은",
    "서연",
    "하준",
    "도윤",
    "수빈",
    "예린",
    "현우",
    "지호",
    "은정",
    "영희",
]
FIRST = ["Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Iris", "Jack"]
LAST = ["Berg", "Carter", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jones"]
STAFF = ["지은", "Tom", "민호", "Sara"]
TOPICS = ["sizing", "delivery time", "repair", "gift advice", "stock", "price", "care tips"]
TOUCHPOINTS = ["site", "ordering", "order form", "delivery", "product", "support"]
ITEMS = [
    "running shoes",
    "hiking boots",
    "sandals",
    "운동화",
    "구두",
    "rain boots",
    "insoles",
]
SUMMARIES = [
    "Asked whether the {item} run small",
    "Came in to try the {item}",
    "Wanted to know when the {item} are back",
    "{item} 사이즈 문의",
    "Chatted about a trip; recommended the {item}",
    "Called to say thank you for the {item}",
]
POSTAL = ["04001", "04002", "06236", "03187", "SW1A 1AA", "EC1A 1BB"]


def customer_name(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return rng.choice(FAMILY) + rng.choice(GIVEN)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def contact_times(rng: random.Random, start: datetime, end: datetime, n: int) -> Iterator[datetime]:
    span = (end - start).total_seconds()
    for offset in sorted(rng.uniform(0, span) for _ in range(n)):
        yield start + timedelta(seconds=offset)


def settled(rng: random.Random, at: datetime, now: datetime, days: int) -> bool:
    """Most open items are closed a few days later, as in a well-run shop."""
    return at + timedelta(days=days) < now and rng.random() < 0.85


def fill_demo_shop(shop: Shop, customers: int = 300, seed: int = 7, days: int = 365) -> int:
    """Add ``customers`` customers with ``days`` of history; refuses a shop with data."""
    if shop.app.recorder.max_notification_id():
        raise InvalidInput("errors-demo-needs-empty-folder")
    rng = random.Random(seed)
    now = local_now().replace(microsecond=0)
    start = now - timedelta(days=days)
    app = shop.app
    for i in range(customers):
        who = Actor(rng.choice(STAFF), "front-desk")
        joined = start + timedelta(days=rng.uniform(0, days * 0.8))
        cid = app.register_customer(
            who,
            name=customer_name(rng),
            phone=f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            email=f"customer{i}@example.com" if rng.random() < 0.5 else "",
            postal_code=rng.choice(POSTAL),
            birthday=f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if rng.random() < 0.6
            else None,
            tags=rng.sample(["vip", "runner", "hiker", "wide feet", "단골"], rng.randint(0, 2)),
            notes=f"shoe size {rng.choice([230, 240, 250, 260, 270, 280])}",
            at=joined,
        )
        for at in contact_times(rng, joined, now, rng.randint(1, 25)):
            who = Actor(rng.choice(STAFF), "front-desk")
            item = rng.choice(ITEMS)
            roll = rng.random()
            if roll < 0.62:
                long_call = rng.random() < 0.05
                app.log_contact(
                    who,
                    cid,
                    channel=rng.choice(["phone", "walk-in", "email", "message", "social"]),
                    direction=rng.choice(["in", "in", "out"]),
                    summary=rng.choice(SUMMARIES).format(item=item),
                    topics=rng.sample(TOPICS, rng.randint(0, 2)),
                    touchpoint=rng.choice(TOUCHPOINTS),
                    sentiment=rng.choices(["positive", "neutral", "negative"], [5, 4, 1])[0],
                    connection=long_call or rng.random() < 0.15,
                    minutes=rng.randint(60, 360) if long_call else rng.randint(1, 25),
                    went_beyond="Found them a late-night pizza place nearby"
                    if rng.random() < 0.02
                    else "",
                    at=at,
                )
            elif roll < 0.82:
                app.note_purchase(who, cid, item=item, amount=rng.randint(20, 250), at=at)
            elif roll < 0.88:
                app.receive_feedback(
                    who,
                    cid,
                    polarity=rng.choices(["positive", "negative"], [8, 1])[0],
                    text=f"The {item} were great" if rng.random() < 0.8 else "Slow delivery",
                    touchpoint=rng.choice(TOUCHPOINTS),
                    at=at,
                )
            elif roll < 0.91:
                entry = app.request_return(
                    who, cid, item=item, due=(at + timedelta(days=14)).date(), at=at
                )
                if settled(rng, at, now, days=10):
                    app.receive_return(who, cid, entry=entry, at=at + timedelta(days=10))
            elif roll < 0.93:
                entry = app.raise_complaint(
                    who,
                    cid,
                    category=rng.choice(["delivery", "product", "sizing"]),
                    text="The sole came loose" if rng.random() < 0.5 else "Arrived late",
                    touchpoint=rng.choice(TOUCHPOINTS),
                    at=at,
                )
                if settled(rng, at, now, days=2):
                    app.resolve_complaint(
                        who,
                        cid,
                        entry=entry,
                        resolution="The owner called and sent a replacement",
                        at=at + timedelta(days=2),
                    )
            elif roll < 0.95:
                app.refer_elsewhere(
                    who, cid, item=item, sent_to="Shoe Palace, Main St.", price=99, at=at
                )
            elif roll < 0.97:
                entry = app.schedule_followup(
                    who,
                    cid,
                    due=(at + timedelta(days=3)).date(),
                    reason=f"{item} back?",
                    at=at,
                )
                if settled(rng, at, now, days=3):
                    app.complete_followup(
                        who, cid, entry=entry, note="Called back", at=at + timedelta(days=3)
                    )
            elif roll < 0.985:
                kind = rng.choice(["bereavement", "wedding", "new baby", "graduation", "moved"])
                app.note_life_event(who, cid, kind=kind, on=at.date(), note="", at=at)
            else:
                app.send_gift(
                    who,
                    cid,
                    what="thank-you card",
                    occasion="loyal customer",
                    cost=3,
                    at=at,
                )
    return customers
