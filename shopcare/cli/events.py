"""The commands that record something about a customer, each one event.

One table describes them all: the command's name, the application method it
calls, and its flags (named after the event's fields). The parser and the
dispatcher are both built from this table.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import Any

from shopcare.domain.values import Channel, LifeEventKind, Sentiment, Touchpoint


@dataclass(frozen=True)
class Flag:
    """One command-line flag, mapped to one keyword of the application method."""

    name: str
    dest: str
    required: bool = False
    help: str = ""
    kind: str = "text"  # text | int | list | bool
    choices: tuple[str, ...] | None = None


@dataclass(frozen=True)
class EventCommand:
    name: str
    method: str
    help: str
    flags: tuple[Flag, ...] = field(default_factory=tuple)
    prints_entry: bool = False


AT = Flag("--at", "at", help="when it happened (ISO date and time; default now)")
ENTRY = Flag("--entry", "entry", kind="int", help="entry number (optional when one is open)")
TOUCHPOINT = Flag("--touchpoint", "touchpoint", choices=tuple(t.value for t in Touchpoint))

EVENT_COMMANDS: tuple[EventCommand, ...] = (
    EventCommand(
        "log",
        "log_contact",
        "log a call, walk-in, email, message or social contact",
        (
            Flag("--channel", "channel", True, choices=tuple(c.value for c in Channel)),
            Flag("--summary", "summary", True),
            Flag("--direction", "direction", choices=("in", "out")),
            Flag("--topic", "topics", kind="list", help="repeat for several"),
            TOUCHPOINT,
            Flag("--sentiment", "sentiment", choices=tuple(s.value for s in Sentiment)),
            Flag("--connection", "connection", kind="bool", help="an emotional connection"),
            Flag("--minutes", "minutes", kind="int", help="how long (never judged)"),
            Flag("--went-beyond", "went_beyond", help="help beyond the order"),
            AT,
        ),
    ),
    EventCommand(
        "purchase",
        "note_purchase",
        "note a purchase",
        (Flag("--item", "item", True), Flag("--amount", "amount"), AT),
    ),
    EventCommand(
        "return",
        "request_return",
        "record a return the customer asked for",
        (Flag("--item", "item", True), Flag("--due", "due", help="YYYY-MM-DD"), AT),
        prints_entry=True,
    ),
    EventCommand("return-received", "receive_return", "a return came back", (ENTRY, AT)),
    EventCommand(
        "return-waived",
        "waive_return",
        "waive a return",
        (Flag("--reason", "reason", True), ENTRY, AT),
    ),
    EventCommand(
        "feedback",
        "receive_feedback",
        "record praise or criticism",
        (
            Flag("--polarity", "polarity", True, choices=("positive", "negative")),
            Flag("--text", "text", True),
            TOUCHPOINT,
            AT,
        ),
    ),
    EventCommand(
        "complaint",
        "raise_complaint",
        "record a complaint",
        (
            Flag("--category", "category", True),
            Flag("--text", "text", True),
            TOUCHPOINT,
            AT,
        ),
        prints_entry=True,
    ),
    EventCommand(
        "complaint-resolved",
        "resolve_complaint",
        "a complaint was resolved",
        (Flag("--resolution", "resolution", True), ENTRY, AT),
    ),
    EventCommand(
        "life-event",
        "note_life_event",
        "note a bereavement, birthday, wedding, new baby ...",
        (
            Flag("--kind", "kind", True, choices=tuple(k.value for k in LifeEventKind)),
            Flag("--date", "on", help="YYYY-MM-DD"),
            Flag("--note", "note"),
            Flag("--sensitive", "sensitive", kind="bool", help="handle gently"),
            AT,
        ),
    ),
    EventCommand(
        "referred",
        "refer_elsewhere",
        "an item we could not supply, and where we sent them",
        (
            Flag("--item", "item", True),
            Flag("--sent-to", "sent_to", True),
            Flag("--price", "price"),
            AT,
        ),
    ),
    EventCommand(
        "gift",
        "send_gift",
        "a gift, card or flowers sent",
        (
            Flag("--what", "what", True),
            Flag("--occasion", "occasion"),
            Flag("--cost", "cost"),
            AT,
        ),
    ),
    EventCommand(
        "followup",
        "schedule_followup",
        "promise to get back to the customer",
        (
            Flag("--due", "due", True, help="YYYY-MM-DD"),
            Flag("--reason", "reason", True),
            AT,
        ),
        prints_entry=True,
    ),
    EventCommand(
        "followup-done",
        "complete_followup",
        "a follow-up was done",
        (ENTRY, Flag("--note", "note"), AT),
    ),
    EventCommand(
        "correct",
        "correct_entry",
        "fix a mistake: point at an entry and say what was wrong",
        (
            Flag("--entry", "entry", True, kind="int"),
            Flag("--note", "note", True),
            Flag("--void", "void", kind="bool", help="withdraw the entry entirely"),
        ),
    ),
)


def add_flag(parser: argparse.ArgumentParser, flag: Flag) -> None:
    """Add one flag; unset flags are left out so the application's defaults apply."""
    text = flag.help
    if flag.choices:
        text = (text + "; " if text else "") + "one of: " + ", ".join(flag.choices)
    common: dict[str, Any] = {"dest": flag.dest, "help": text or None}
    if flag.kind == "bool":
        parser.add_argument(flag.name, action="store_true", default=argparse.SUPPRESS, **common)
        return
    if flag.kind == "list":
        parser.add_argument(flag.name, action="append", default=argparse.SUPPRESS, **common)
        return
    parser.add_argument(
        flag.name,
        required=flag.required,
        default=argparse.SUPPRESS,
        metavar=flag.dest.upper(),
        **common,
    )


def method_kwargs(command: EventCommand, args: argparse.Namespace) -> dict[str, Any]:
    """The application keywords given on the command line (it parses and checks them)."""
    given = vars(args)
    return {f.dest: given[f.dest] for f in command.flags if f.dest in given}
