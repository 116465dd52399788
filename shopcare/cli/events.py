"""The commands that record something about a customer, each one event.

One table describes them all: the command's name, the application method it
calls, and its flags (named after the event's fields). The parser and the
dispatcher are both built from this table.
"""

from __future__ import annotations

import argparse
from typing import Any, NamedTuple

from shopcare.cli.words import h
from shopcare.domain.values import Channel, LifeEventKind, Sentiment, Touchpoint


class Flag(NamedTuple):
    """One command-line flag, mapped to one keyword of the application method."""

    name: str
    dest: str
    required: bool = False
    help: str = ""  # a catalogue key
    kind: str = "text"  # text | int | list | bool
    choices: tuple[str, ...] | None = None


class EventCommand(NamedTuple):
    name: str
    method: str
    help: str  # a catalogue key
    flags: tuple[Flag, ...] = ()
    prints_entry: bool = False


AT = Flag("--at", "at", help="cli-help-at")
ENTRY = Flag("--entry", "entry", kind="int", help="cli-help-entry")
TOUCHPOINT = Flag("--touchpoint", "touchpoint", choices=tuple(t.value for t in Touchpoint))

EVENT_COMMANDS: tuple[EventCommand, ...] = (
    EventCommand(
        "log",
        "log_contact",
        "cli-help-log",
        (
            Flag("--channel", "channel", True, choices=tuple(c.value for c in Channel)),
            Flag("--summary", "summary", True),
            Flag("--direction", "direction", choices=("in", "out")),
            Flag("--topic", "topics", kind="list", help="cli-help-topic"),
            TOUCHPOINT,
            Flag("--sentiment", "sentiment", choices=tuple(s.value for s in Sentiment)),
            Flag("--connection", "connection", kind="bool", help="cli-help-connection"),
            Flag("--minutes", "minutes", kind="int", help="cli-help-minutes"),
            Flag("--went-beyond", "went_beyond", help="cli-help-went-beyond"),
            AT,
        ),
    ),
    EventCommand(
        "purchase",
        "note_purchase",
        "cli-help-purchase",
        (Flag("--item", "item", True), Flag("--amount", "amount"), AT),
    ),
    EventCommand(
        "return",
        "request_return",
        "cli-help-return",
        (Flag("--item", "item", True), Flag("--due", "due", help="cli-help-date"), AT),
        prints_entry=True,
    ),
    EventCommand("return-received", "receive_return", "cli-help-return-received", (ENTRY, AT)),
    EventCommand(
        "return-waived",
        "waive_return",
        "cli-help-return-waived",
        (Flag("--reason", "reason", True), ENTRY, AT),
    ),
    EventCommand(
        "feedback",
        "receive_feedback",
        "cli-help-feedback",
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
        "cli-help-complaint",
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
        "cli-help-complaint-resolved",
        (Flag("--resolution", "resolution", True), ENTRY, AT),
    ),
    EventCommand(
        "life-event",
        "note_life_event",
        "cli-help-life-event",
        (
            Flag("--kind", "kind", True, choices=tuple(k.value for k in LifeEventKind)),
            Flag("--date", "on", help="cli-help-date"),
            Flag("--note", "note"),
            Flag("--sensitive", "sensitive", kind="bool", help="cli-help-sensitive"),
            AT,
        ),
    ),
    EventCommand(
        "referred",
        "refer_elsewhere",
        "cli-help-referred",
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
        "cli-help-gift",
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
        "cli-help-followup",
        (
            Flag("--due", "due", True, help="cli-help-date"),
            Flag("--reason", "reason", True),
            AT,
        ),
        prints_entry=True,
    ),
    EventCommand(
        "followup-done",
        "complete_followup",
        "cli-help-followup-done",
        (ENTRY, Flag("--note", "note"), AT),
    ),
    EventCommand(
        "correct",
        "correct_entry",
        "cli-help-correct",
        (
            Flag("--entry", "entry", True, kind="int"),
            Flag("--note", "note", True),
            Flag("--void", "void", kind="bool", help="cli-help-void"),
        ),
    ),
)


def add_flag(parser: argparse.ArgumentParser, flag: Flag) -> None:
    """Add one flag; unset flags are left out so the application's defaults apply."""
    text = h(flag.help) if flag.help else ""
    if flag.choices:
        one_of = h("cli-help-one-of", choices=", ".join(flag.choices))
        text = h("cli-help-and", first=text, then=one_of) if text else one_of
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
