"""Make a ten-year shop for the benchmark: 20,000 customers and 500,000 events.

Events are made by the real aggregate and stored by the real application, many
customers per save, so the store is exactly what the app would have written.
One customer gets 2,000 events (the heaviest timeline a shop might open).

    uv run python bench/generate.py bench/data/shop [--customers 20000 --events 500000]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta
from pathlib import Path

from shopcare.application import ShopCareApplication
from shopcare.clock import now as local_now
from shopcare.domain.customer import Customer
from shopcare.service.config import Config
from shopcare.service.demo import (
    ITEMS,
    POSTAL,
    STAFF,
    SUMMARIES,
    TOPICS,
    TOUCHPOINTS,
    customer_name,
)

HEAVY_EVENTS = 2_000


def stamp(rng: random.Random, at: datetime) -> dict:
    return {"staff": rng.choice(STAFF), "computer": "front-desk", "occurred_at": at}


def make_customer(rng: random.Random, i: int, events: int, start: datetime, now: datetime):
    joined = start + timedelta(seconds=rng.uniform(0, (now - start).total_seconds() * 0.9))
    c = Customer(
        name=customer_name(rng) if i else "김민수",
        phone=f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        email=f"customer{i}@example.com",
        address="",
        postal_code=rng.choice(POSTAL),
        birthday=None,
        tags=rng.sample(["vip", "runner", "hiker", "단골"], rng.randint(0, 2)),
        notes="",
        **stamp(rng, joined),
    )
    span = (now - joined).total_seconds()
    for offset in sorted(rng.uniform(0, span) for _ in range(events - 1)):
        at = joined + timedelta(seconds=offset)
        if rng.random() < 0.8:
            c.log_contact(
                channel=rng.choice(["phone", "walk-in", "email", "message"]),
                direction="in",
                summary=rng.choice(SUMMARIES).format(item=rng.choice(ITEMS)),
                topics=rng.sample(TOPICS, rng.randint(0, 2)),
                touchpoint=rng.choice(TOUCHPOINTS),
                sentiment=rng.choices(["positive", "neutral", "negative"], [5, 4, 1])[0],
                connection=rng.random() < 0.1,
                minutes=rng.randint(1, 30),
                went_beyond="",
                **stamp(rng, at),
            )
        else:
            c.note_purchase(item=rng.choice(ITEMS), amount=None, **stamp(rng, at))
    return c


def generate(data_dir: Path, customers: int, events: int, seed: int = 1) -> int:
    config = Config(data_dir=data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if config.events_path.exists():
        raise SystemExit(f"{config.events_path} exists; remove the folder first")
    app = ShopCareApplication(env=config.event_store_env())
    rng = random.Random(seed)
    now = local_now()
    start = now - timedelta(days=3650)
    per_customer = (events - HEAVY_EVENTS) / (customers - 1)
    batch, written = [], 0
    for i in range(customers):
        n = HEAVY_EVENTS if i == 0 else max(1, round(rng.uniform(0.2, 1.8) * per_customer))
        n = min(n, events - written - (customers - i - 1)) if i else n
        batch.append(make_customer(rng, i, n, start, now))
        written += n
        if len(batch) == 200 or i == customers - 1:
            app.save(*batch)
            batch = []
    app.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=500_000)
    args = parser.parse_args()
    began = time.perf_counter()
    written = generate(args.data_dir, args.customers, args.events)
    took = time.perf_counter() - began
    print(f"wrote {written} events for {args.customers} customers in {took:.0f} s")


if __name__ == "__main__":
    main()
