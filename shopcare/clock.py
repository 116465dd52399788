"""The one clock: what time it is, and stored UTC times shown in this computer's zone.

Everything that asks "now" or "today" asks here, so tests (and a sweep run "as of"
another day) can set the time in one place with :func:`use_clock`. Stored times are
UTC ISO strings (see :func:`utc_iso`); they are shown in the computer's own zone,
summer time included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo

Clock = Callable[[], datetime]


def system_now() -> datetime:
    """The current time, aware, in the computer's own time zone."""
    return datetime.now().astimezone()


_source: list[Clock] = [system_now]


def now() -> datetime:
    """The current time (aware), from the clock in use."""
    return _source[-1]()


def today() -> date:
    """Today's date in the computer's time zone, from the clock in use."""
    return now().date()


@contextmanager
def use_clock(clock: Clock) -> Iterator[None]:
    """Within the block, :func:`now` and :func:`today` ask ``clock``."""
    _source.append(clock)
    try:
        yield
    finally:
        _source.remove(clock)


def fixed(moment: datetime) -> Clock:
    """A clock that always says ``moment`` (a naive moment is local time)."""
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    return lambda: aware


# ----- stored times ----------------------------------------------------------------------


def utc_iso(moment: datetime) -> str:
    """A sortable UTC timestamp string, as the read models store times."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _parse(iso_utc: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso_utc)
    except ValueError:
        return None


def local(iso_utc: str) -> datetime | None:
    """A stored time in this computer's zone (None when it is not a time)."""
    moment = _parse(iso_utc) if iso_utc else None
    if moment is None:
        return None
    try:
        return moment.astimezone()
    except (OverflowError, ValueError):  # at the very ends of the calendar
        return moment


def local_minute(iso_utc: str | None) -> str:
    """A stored time as local ``YYYY-MM-DD HH:MM`` ('' for none, as stored if unreadable)."""
    if not iso_utc:
        return ""
    moment = local(iso_utc)
    return iso_utc if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def local_iso_minutes(iso_utc: str) -> str:
    """A stored time as a local ISO string to the minute, with its offset."""
    moment = local(iso_utc)
    return iso_utc if moment is None else moment.isoformat(timespec="minutes")


def local_date(iso_utc: str | None) -> date | None:
    """A stored time as a date in this computer's zone."""
    moment = local(iso_utc) if iso_utc else None
    return None if moment is None else moment.date()


class SystemLocal(tzinfo):
    """This computer's own time zone, summer time included (a fixed offset is not:
    a week that crosses the change would be an hour off at one end)."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        moment = datetime.now() if dt is None else dt.replace(tzinfo=None)
        offset = moment.astimezone().utcoffset()
        assert offset is not None
        return offset

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        moment = datetime.now() if dt is None else dt.replace(tzinfo=None)
        return moment.astimezone().tzname()

    def fromutc(self, dt: datetime) -> datetime:
        local_moment = dt.replace(tzinfo=UTC).astimezone()
        return local_moment.replace(tzinfo=self)


def local_tz() -> tzinfo:
    """This computer's time zone as a ``tzinfo`` (with summer time)."""
    return SystemLocal()


def start_of_day(day: date) -> str:
    """Local midnight at the start of ``day``, as the read models store times (UTC)."""
    return utc_iso(datetime.combine(day, time(0), tzinfo=local_tz()))
