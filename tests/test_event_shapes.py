"""Events already written keep opening: every stored topic and field stays as it was.

``tests/data/events-by-kind.json`` holds one stored event of each kind, written by
the code before the aggregates declared their events as classes (and took one
``Stamp`` instead of three fields in every signature). ``event-shapes.json`` lists
every event class's topic, fields in stored order and class version at that time.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent
from eventsourcing.utils import get_topic

from shopcare.application import ShopCareApplication
from shopcare.domain.customer import Customer
from shopcare.domain.delight_task import DelightTask
from shopcare.domain.shop_settings import ShopSettings

DATA = Path(__file__).parent / "data"
WRITTEN = json.loads((DATA / "events-by-kind.json").read_text(encoding="utf-8"))
SHAPES = json.loads((DATA / "event-shapes.json").read_text(encoding="utf-8"))


def event_classes() -> dict[str, type]:
    out = {}
    for aggregate in (Customer, DelightTask, ShopSettings):
        for cls in vars(aggregate).values():
            is_event = isinstance(cls, type) and issubclass(cls, aggregate.Event)
            if is_event and cls is not aggregate.Event:
                out[get_topic(cls)] = cls
    return out


def test_every_event_class_keeps_its_topic_fields_and_version() -> None:
    now = {
        topic: {
            "fields": [f.name for f in dataclasses.fields(cls)],
            "class_version": getattr(cls, "class_version", 1),
        }
        for topic, cls in event_classes().items()
    }
    assert now == SHAPES


@pytest.mark.parametrize("topic", sorted(WRITTEN))
def test_an_event_written_before_decodes_and_encodes_to_the_same_bytes(
    tmp_path: Path, topic: str
) -> None:
    app = ShopCareApplication(
        env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": ":memory:"}
    )
    state = WRITTEN[topic].encode()
    stored = StoredEvent(originator_id=uuid4(), originator_version=1, topic=topic, state=state)
    event = app.mapper.to_domain_event(stored)
    assert get_topic(type(event)) == topic
    again = app.mapper.to_stored_event(event)
    assert (again.topic, again.state) == (topic, state)
