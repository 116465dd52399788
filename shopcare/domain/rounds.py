"""Neighbourhood rounds: a handful of nearby regulars, visited in one walk.

A round is where regulars live close together: on one street (building numbers
within :data:`NEAR_STEPS` of each other, about a kilometre on a Korean road) or in
one neighbourhood (동, 읍/면/리) for lot-number addresses. It visits at most
:data:`MAX_HOUSEHOLDS` households (people at the same address are one household),
the most loyal first, and lists them in the order a person would walk the street.
An area visited within :data:`REVISIT_MONTHS` months is left for others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from shopcare.domain.addresses import Address, parse_address

#: A round visits at most this many households, and needs at least this many.
MAX_HOUSEHOLDS = 10
MIN_HOUSEHOLDS = 3
#: Buildings on one street within this many numbers of the first are near each other
#: (a Korean road's building numbers count tens of metres: 100 is about a kilometre).
NEAR_STEPS = 100
#: An area visited by a round is left for others for this many months.
REVISIT_MONTHS = 6


@dataclass(frozen=True)
class Regular:
    """A regular customer who might be visited: their address as given, and loyalty
    (contacts and purchases; more comes first)."""

    customer_id: str
    name: str
    address: str
    loyalty: int


@dataclass(frozen=True)
class Stop:
    """One household on a round: who lives there (most loyal first) and the address."""

    customer_ids: tuple[str, ...]
    names: tuple[str, ...]
    address: str
    number: int


@dataclass(frozen=True)
class Round:
    """Where the round goes (``area`` as a person says it) and its stops in route order."""

    area: str
    stops: tuple[Stop, ...]


@dataclass
class _Household:
    key: str
    address: Address
    members: list[Regular]

    @property
    def loyalty(self) -> int:
        return sum(m.loyalty for m in self.members)


def choose_round(regulars: Iterable[Regular], visited: Collection[str] = ()) -> Round | None:
    """The best round among ``regulars`` (the most loyalty in one small, near group),
    leaving out areas in ``visited`` (their ``area`` as shown); None if no group of
    :data:`MIN_HOUSEHOLDS` households lives close enough together."""
    areas: dict[str, dict[str, _Household]] = defaultdict(dict)
    for r in regulars:
        address = parse_address(r.address)
        if address is None or address.shown in visited:
            continue
        homes = areas[address.area]
        home = homes.get(address.household)
        if home is None:
            homes[address.household] = _Household(address.household, address, [r])
        else:
            home.members.append(r)
    best: tuple[int, str, list[_Household]] | None = None
    for area in sorted(areas):
        for group in _near_groups(list(areas[area].values())):
            chosen = sorted(group, key=lambda h: (-h.loyalty, h.key))[:MAX_HOUSEHOLDS]
            if len(chosen) < MIN_HOUSEHOLDS:
                continue
            score = sum(h.loyalty for h in chosen)
            if best is None or score > best[0]:
                best = (score, area, chosen)
    if best is None:
        return None
    chosen = sorted(best[2], key=lambda h: (h.address.number, h.key))
    return Round(area=chosen[0].address.shown, stops=tuple(_stop(h) for h in chosen))


def _near_groups(homes: list[_Household]) -> list[list[_Household]]:
    """Households of one area split where the street runs on too far (lot-number
    neighbourhoods stay whole)."""
    if not homes or homes[0].address.kind == "lot":
        return [homes]
    groups: list[list[_Household]] = []
    for home in sorted(homes, key=lambda h: (h.address.number, h.key)):
        if groups and home.address.number - groups[-1][0].address.number <= NEAR_STEPS:
            groups[-1].append(home)
        else:
            groups.append([home])
    return groups


def _stop(home: _Household) -> Stop:
    members = sorted(home.members, key=lambda m: (-m.loyalty, m.name, m.customer_id))
    return Stop(
        customer_ids=tuple(m.customer_id for m in members),
        names=tuple(m.name for m in members),
        address=members[0].address.strip(),
        number=home.address.number,
    )
