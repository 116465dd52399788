"""Stored events as projections read them: plain JSON values, straight from the log.

Projections need strings, numbers and lists to put in SQLite rows, not the
library's objects. So the stored JSON is parsed once, with the
``JSONTranscoder``'s ``{"_type_": ..., "_data_": ...}`` markers turned into the
plain value a read model stores (no ``datetime``, ``UUID`` or ``Decimal`` made
and turned back into text):

========================  =================================================
``date_iso``              ``"2026-11-20"``
``decimal_str``           ``"45000"``
``uuid_hex``              ``"0f8e…-…"`` (the hyphenated form, as ``str(uuid)``)
``datetime_iso``          the stored ISO text (with its offset); see :func:`utc_text`
========================  =================================================

Any other transcoding the application registered is decoded by the library and
made plain. Events of an older ``class_version`` are decoded and upcast by the
library's own mapper, so their upcasting rules are kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from json.decoder import scanstring
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent, TranscodingNotRegisteredError
from eventsourcing.utils import resolve_topic


class Recorded:
    """One stored event: where it is in the log, whose it is, and its plain fields.

    The fields every event has (``timestamp``, ``staff``, ``computer``,
    ``occurred_at``) are read from the head of the stored JSON; the rest is parsed
    only when ``data`` is first asked for, so an event whose projections need no
    more (most contacts) is never parsed in full.
    """

    __slots__ = (
        "_at",
        "_data",
        "_reader",
        "cls",
        "computer",
        "contact_head",
        "occurred_at",
        "originator_id",
        "originator_version",
        "own",
        "position",
        "staff",
        "text",
        "timestamp",
        "topic",
    )

    def __init__(
        self,
        position: int,
        originator_id: str,
        originator_version: int,
        topic: str,
        cls: type,
        data: dict[str, Any] | None,
        text: str | None = None,
        reader: RecordedReader | None = None,
    ) -> None:
        self.position = position
        #: The aggregate's id as text (``str(uuid)``).
        self.originator_id = originator_id
        self.originator_version = originator_version
        self.topic = topic
        #: The event class the topic names (resolved once per topic).
        self.cls = cls
        #: The stored JSON text itself (None when the event was upcast).
        self.text = text
        self._data = data
        self._reader = reader
        self._at: str | None = None
        #: A contact's (channel, direction), once a projection has read them.
        self.contact_head: tuple[str, str] | None = None
        #: The event's own fields (without the four every event has) as plain JSON
        #: text, read from the stored text when it can be; else None.
        self.own: str | None = None
        head = None if data is not None or text is None else split_head(text)
        if head is None:
            d = self.data
            self.timestamp = d.get("timestamp")
            self.staff = d.get("staff")
            self.computer = d.get("computer")
            self.occurred_at = d.get("occurred_at")
        else:
            self.timestamp, self.staff, self.computer, self.occurred_at, own = head
            if '"_type_"' in own:  # dates and money stored marked: plain them in place
                own = _MARKED_TEXT.sub(r"\1", own)
            if '"_type_"' not in own:
                self.own = own

    @property
    def at(self) -> str:
        """When it happened, as the read models keep times (UTC, to the second)."""
        at = self._at
        if at is None:
            at = self._at = utc_text(self.occurred_at)
        return at

    @property
    def data(self) -> dict[str, Any]:
        """The event's fields (the four every event has included), plain."""
        data = self._data
        if data is None:
            assert self._reader is not None and self.text is not None
            data = self._data = self._reader.decode(self.text)
        return data

    def __repr__(self) -> str:
        return f"Recorded({self.position}, {self.cls.__qualname__}, {self.originator_id})"


#: A date, an amount or a time as the ``JSONTranscoder`` writes it, whose plain value is
#: its text. ``{"_type_"`` cannot occur inside a JSON string (the quote would be
#: escaped), so this matches only real markers; other markers are left for parsing.
_MARKED_TEXT = re.compile(
    r'\{"_type_":"(?:date_iso|decimal_str|datetime_iso)","_data_":("[^"\\]*")\}'
)

_HEAD_TIMESTAMP = '{"timestamp":{"_type_":"datetime_iso","_data_":"'
_HEAD_STAFF = '"},"staff":"'
_HEAD_COMPUTER = ',"computer":"'
_HEAD_OCCURRED = ',"occurred_at":{"_type_":"datetime_iso","_data_":"'


#: The four fields as :func:`split_head` reads them, when the two names hold no
#: escapes or control characters (which ``json``'s scanner would unescape or refuse).
_HEAD = re.compile(
    re.escape(_HEAD_TIMESTAMP)
    + r'([^"]*)'
    + re.escape(_HEAD_STAFF)
    + r'([^"\\\x00-\x1f]*)"'
    + re.escape(_HEAD_COMPUTER)
    + r'([^"\\\x00-\x1f]*)"'
    + re.escape(_HEAD_OCCURRED)
    + r'([^"]*)"\}'
)


def split_head(text: str) -> tuple[str, str, str, str, str] | None:
    """``(timestamp, staff, computer, occurred_at, own fields as JSON)`` from a stored
    event's JSON, when it begins as the library writes ShopCare's events; else None.

    The four fields come first, in this order, compactly written (the event's
    dataclass order and the ``JSONTranscoder``'s separators). Every step is checked
    at its exact offset, and strings are read by ``json``'s own scanner, so a text
    that differs in any way is simply parsed in full instead. The usual case (no
    escapes in the two names) is read by one pattern; any other by the steps below.
    """
    m = _HEAD.match(text)
    if m is not None:
        end = m.end()
        after = text[end : end + 1]
        if after == "}" and len(text) == end + 1:
            return m[1], m[2], m[3], m[4], "{}"
        if after == "," and text[-1] == "}":
            return m[1], m[2], m[3], m[4], "{" + text[end + 1 :]
        return None
    if not text.startswith(_HEAD_TIMESTAMP):
        return None
    i = len(_HEAD_TIMESTAMP)
    j = text.find('"', i)
    if j < 0 or not text.startswith(_HEAD_STAFF, j):
        return None
    timestamp = text[i:j]
    staff, k = scanstring(text, j + len(_HEAD_STAFF))
    if not text.startswith(_HEAD_COMPUTER, k):
        return None
    computer, k = scanstring(text, k + len(_HEAD_COMPUTER))
    if not text.startswith(_HEAD_OCCURRED, k):
        return None
    i = k + len(_HEAD_OCCURRED)
    j = text.find('"', i)
    if j < 0 or not text.startswith('"}', j):
        return None
    occurred_at = text[i:j]
    rest = text[j + 2 :]
    if rest == "}":
        return timestamp, staff, computer, occurred_at, "{}"
    if rest[:1] != "," or rest[-1:] != "}":
        return None
    return timestamp, staff, computer, occurred_at, "{" + rest[1:]


def hyphenated(hex32: str) -> str:
    """A UUID's 32 hex digits in the usual 8-4-4-4-12 form (what ``str(uuid)`` gives)."""
    if len(hex32) != 32:
        return str(UUID(hex32))
    h = hex32.lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid_text(originator_id: Any) -> str:
    """An originator id as ``str(uuid)`` gives it, from a UUID or the stored hex."""
    if type(originator_id) is str and len(originator_id) == 32:
        return hyphenated(originator_id)
    return str(originator_id)


#: "YYYY-MM-DDTHH" + offset → the same hour in UTC (minutes and seconds do not change
#: for offsets of whole hours). A ten-year shop has under 90,000 such hours.
_UTC_HOURS: dict[str, str] = {}


def utc_text(iso: str) -> str:
    """A stored ISO time as the read models keep times: UTC, to the second.

    Equal to ``clock.utc_iso(datetime.fromisoformat(iso))``. Times already in UTC
    (the library's timestamps) are cut to the second, and the hour of other times
    is converted once per hour and offset rather than parsed every time.
    """
    n = len(iso)
    if (
        (n == 25 or n == 32)
        and iso[10] == "T"
        and iso[19] in ".+-"
        and iso[-6] in "+-"
        and iso[-3:] == ":00"
    ):
        if iso[-5:-3] == "00":
            return iso[:19] + "+00:00"
        key = iso[:13] + iso[-6:]
        hour = _UTC_HOURS.get(key)
        if hour is None:
            if len(_UTC_HOURS) > 200_000:
                _UTC_HOURS.clear()
            moment = datetime.fromisoformat(key[:13] + ":00:00" + key[13:])
            hour = _UTC_HOURS[key] = moment.astimezone(UTC).isoformat()[:13]
        return hour + iso[13:19] + "+00:00"
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat(timespec="seconds")


def plain(value: Any) -> Any:
    """A JSON-friendly version of a decoded value (dates and money as text)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _as_is(data: str) -> str:
    return data


#: The library's own encodings (and ShopCare's dates), read without decoding.
PLAIN_MARKERS: dict[str, Callable[[str], Any]] = {
    "date_iso": _as_is,
    "decimal_str": _as_is,
    "datetime_iso": _as_is,
    "uuid_hex": hyphenated,
}


class RecordedReader:
    """Turns stored events into :class:`Recorded` ones, for one application's mapper."""

    def __init__(self, mapper: Any) -> None:
        self.mapper = mapper
        transcoder = mapper.transcoder
        self._transcodings: Mapping[str, Any] = getattr(transcoder, "names", {})
        self._decoder = json.JSONDecoder(object_hook=self._plain_object)
        self._classes: dict[str, type] = {}
        #: Event classes whose shape has changed (their older events are upcast).
        self._versioned: set[type] = set()
        #: Stored ids → their usual text (a shop has far fewer aggregates than events).
        self._ids: dict[Any, str] = {}

    def event_class(self, topic: str) -> type:
        """The event class a topic names (resolved once)."""
        cls = self._classes.get(topic)
        if cls is None:
            cls = self._classes[topic] = resolve_topic(topic)
            if getattr(cls, "class_version", 1) > 1:
                self._versioned.add(cls)
        return cls

    def _plain_object(self, d: dict[str, Any]) -> Any:
        if len(d) != 2 or "_type_" not in d or "_data_" not in d:
            return d
        name = d["_type_"]
        make_plain = PLAIN_MARKERS.get(name)
        if make_plain is not None:
            return make_plain(d["_data_"])
        try:
            transcoding = self._transcodings[name]
        except KeyError:
            msg = f"Data serialized with name '{name}' is not deserializable."
            raise TranscodingNotRegisteredError(msg) from None
        return plain(transcoding.decode(d["_data_"]))

    def text(self, stored: bytes) -> str:
        """One stored event's state as JSON text (deciphered, decompressed)."""
        if self.mapper.cipher:
            stored = self.mapper.cipher.decrypt(stored)
        if self.mapper.compressor:
            stored = self.mapper.compressor.decompress(stored)
        return stored.decode("utf8")

    def decode(self, text: str) -> dict[str, Any]:
        """The plain fields of a stored event's JSON text."""
        data = self._decoder.decode(text)
        data.pop("class_version", None)
        return data

    def state(self, stored: bytes) -> dict[str, Any]:
        """The plain fields of one stored event's state."""
        return self.decode(self.text(stored))

    def recorded_many(
        self, rows: Iterable[tuple[int, Any, int, str, bytes]], after: int, wanted: Container[type]
    ) -> list[Recorded]:
        """The stored rows after position ``after`` whose event class is in ``wanted``,
        read as :meth:`recorded` reads each (in one loop: this is the bulk path's)."""
        classes = self._classes
        ids = self._ids
        versioned = self._versioned
        as_is = not (self.mapper.cipher or self.mapper.compressor)
        out: list[Recorded] = []
        append = out.append
        for position, originator_id, version, topic, stored in rows:
            if position <= after:
                continue
            cls = classes.get(topic)
            if cls is None:
                cls = self.event_class(topic)
            if cls not in wanted:
                continue
            if cls in versioned:
                append(self.recorded(position, originator_id, version, topic, stored))
                continue
            text = stored.decode("utf8") if as_is else self.text(stored)
            oid = ids.get(originator_id)
            if oid is None:
                if len(ids) > 500_000:
                    ids.clear()
                oid = ids[originator_id] = uuid_text(originator_id)
            append(Recorded(position, oid, version, topic, cls, None, text, self))
        return out

    def recorded(
        self,
        position: int,
        originator_id: Any,
        originator_version: int,
        topic: str,
        stored: bytes,
    ) -> Recorded:
        """One stored event, read plainly (upcast by the library when it is older)."""
        cls = self.event_class(topic)
        text = self.text(stored)
        oid = self._ids.get(originator_id)
        if oid is None:
            if len(self._ids) > 500_000:
                self._ids.clear()
            oid = self._ids[originator_id] = uuid_text(originator_id)
        if cls not in self._versioned:
            return Recorded(position, oid, originator_version, topic, cls, None, text, self)
        data = self._decoder.decode(text)
        upcast = self._upcast(originator_id, originator_version, topic, stored, data)
        if upcast is not data:
            text = None
        return Recorded(position, oid, originator_version, topic, cls, upcast, text, self)

    def _upcast(
        self,
        originator_id: Any,
        originator_version: int,
        topic: str,
        stored: bytes,
        data: dict[str, Any],
    ) -> dict[str, Any]:
        """An older event decoded and upcast by the library's mapper, made plain."""
        cls = self.event_class(topic)
        if data.get("class_version", 1) >= getattr(cls, "class_version", 1):
            data.pop("class_version", None)
            return data
        event = self.mapper.to_domain_event(
            StoredEvent(
                originator_id=originator_id,
                originator_version=originator_version,
                topic=topic,
                state=stored,
            )
        )
        state = plain(dict(vars(event)))
        state.pop("originator_id", None)
        state.pop("originator_version", None)
        return state
