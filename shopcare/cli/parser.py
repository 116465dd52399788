"""The command line's grammar: every command, its arguments and their help.

It loads nothing a command does (no event store, no events, no views): the line is
parsed first, and :mod:`shopcare.cli.main` then imports only what the named command
needs, so the everyday commands start quickly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from shopcare import __version__
from shopcare.cli.events import EVENT_COMMANDS, add_flag
from shopcare.cli.words import h, terminal
from shopcare.domain.values import DEFAULT_PHONE_REGION

EXIT_BAD_INPUT = 2

#: The commands on the shop's data as a whole (:mod:`shopcare.cli.data`).
DATA_COMMANDS = frozenset(
    {"backup", "backups", "restore", "import", "export", "merge", "duplicates", "forget"}
)
#: The top-level commands of :mod:`shopcare.cli.tasks`.
TASK_COMMANDS = ("tasks", "sweep")
#: The top-level command of :mod:`shopcare.cli.settings`.
SETTINGS_COMMANDS = ("settings",)

#: ``tasks list --status``.
STATUS_CHOICES = ("open", "suggested", "scheduled", "done", "dismissed", "expired", "joined")
#: ``settings set NAME VALUE...``: the settings there are (:data:`shopcare.cli.settings.SETTERS`).
SETTING_NAMES = (
    "language",
    "name",
    "address",
    "staff",
    "rule",
    "lead-time",
    "budget-acts",
    "budget-money",
)


@cache
def terminal_columns() -> int:
    """How wide this terminal is, as ``shutil.get_terminal_size`` says (``COLUMNS``, else
    the terminal's own width, else 80), asked once: argparse asked again for every
    argument declared, and loaded ``shutil`` (and its archive modules) to do so."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, for a terminal as wide as :func:`terminal_columns`."""

    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("width", terminal_columns() - 2)  # argparse keeps a margin of 2
        super().__init__(prog, **kwargs)


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one clear line on stderr."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        line = terminal()("cli-usage-error", message=message, command=self.prog)
        self.exit(EXIT_BAD_INPUT, f"shopcare: {line}\n")


def _common(json_flag: bool = True) -> argparse.ArgumentParser:
    """Flags every command takes, before or after its name."""
    parent = OneLineParser(add_help=False)
    parent.add_argument("--data-dir", default=argparse.SUPPRESS, help=h("cli-help-data-dir"))
    parent.add_argument("--staff", default=argparse.SUPPRESS, help=h("cli-help-staff"))
    if json_flag:
        parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    return parent


#: Every top-level command.
COMMANDS = frozenset(
    {"customer", "tasks", "sweep", "rebuild", "check", "demo", "report", "settings"}
    | DATA_COMMANDS
    | {c.name for c in EVENT_COMMANDS}
)


def named_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, if it names one before any other option than the data
    folder, the staff and ``--json`` (help, the version, anything unknown: None)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--data-dir", "--staff"):
            i += 2
        elif arg == "--json" or arg.startswith(("--data-dir=", "--staff=")):
            i += 1
        else:
            return arg if arg in COMMANDS else None
    return None


class _Only:
    """The commands' subparsers, declaring the parser of one command only."""

    def __init__(self, sub: Any, name: str) -> None:
        self._sub = sub
        self._name = name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self._sub.add_parser(name, **kwargs) if name == self._name else _UNUSED


class _Unused:
    """Stands for the parser of a command the line does not name: takes its declarations
    and keeps none."""

    def __getattr__(self, name: str) -> Any:
        return self._declared

    def _declared(self, *args: Any, **kwargs: Any) -> _Unused:
        return self


_UNUSED = _Unused()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (the whole grammar when not given). When the line names a
    command, only that command's parser is declared: a line runs one command, and
    declaring all fifty took longer than the rest of parsing it."""
    parser = OneLineParser(prog="shopcare", description=h("cli-help-shopcare"))
    parser.add_argument("--data-dir", help=h("cli-help-data-dir-default"))
    parser.add_argument("--staff", help=h("cli-help-staff-default"))
    parser.add_argument("--json", action="store_true", help=h("cli-help-json"))
    parser.add_argument(
        "--version", action="version", version=f"ShopCare {__version__}", help=h("cli-help-version")
    )
    every = parser.add_subparsers(
        dest="command", metavar=h("cli-help-command-metavar"), parser_class=OneLineParser
    )
    named = None if argv is None else named_command(argv)
    sub: Any = every if named is None else _Only(every, named)
    common = _common()
    _add_customer_parser(sub, common)
    for command in EVENT_COMMANDS:
        p = sub.add_parser(command.name, parents=[common], help=h(command.help))
        p.add_argument("customer_id", metavar="ID")
        for flag in command.flags:
            add_flag(p, flag)
    _add_task_parsers(sub, common)
    sub.add_parser("rebuild", parents=[common], help=h("cli-help-rebuild"))
    sub.add_parser("check", parents=[common], help=h("cli-help-check"))
    demo = sub.add_parser("demo", parents=[common], help=h("cli-help-demo"))
    demo.add_argument("--customers", default="300")
    demo.add_argument("--seed", default="7")
    demo.add_argument("--lang", choices=("ko", "en"), default="ko", help=h("cli-help-demo-lang"))
    _add_report_parser(sub, common)
    _add_data_parsers(sub, common)
    _add_settings_parser(sub, common)
    return parser


def _add_customer_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    customer = sub.add_parser("customer", help=h("cli-help-customer"))
    csub = customer.add_subparsers(dest="action", required=True, parser_class=OneLineParser)
    add = csub.add_parser("add", parents=[common], help=h("cli-help-customer-add"))
    edit = csub.add_parser("edit", parents=[common], help=h("cli-help-customer-edit"))
    edit.add_argument("customer_id", metavar="ID")
    for p, required in ((add, True), (edit, False)):
        p.add_argument("--name", required=required, default=argparse.SUPPRESS)
        for flag in ("--phone", "--email", "--address", "--postal-code", "--birthday"):
            p.add_argument(flag, default=argparse.SUPPRESS)
        p.add_argument("--tag", dest="tags", action="append", default=argparse.SUPPRESS)
        p.add_argument("--note", dest="notes", default=argparse.SUPPRESS)
    find = csub.add_parser("find", parents=[common], help=h("cli-help-customer-find"))
    find.add_argument("query")
    find.add_argument("--limit", default="50")
    show = csub.add_parser("show", parents=[common], help=h("cli-help-customer-show"))
    show.add_argument("customer_id", metavar="ID")


def _add_task_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """``tasks`` (with its actions) and ``sweep``."""
    tasks = sub.add_parser(
        "tasks", help=h("cli-help-tasks", actions="list, add, schedule, done, dismiss, pdf")
    )
    tsub = tasks.add_subparsers(dest="action", required=True, parser_class=type(tasks))

    lst = tsub.add_parser("list", parents=[common], help=h("cli-help-tasks-list"))
    lst.add_argument("--all", action="store_true", help=h("cli-help-tasks-all"))
    lst.add_argument("--status", choices=STATUS_CHOICES)
    lst.add_argument("--customer", metavar="ID")

    add = tsub.add_parser("add", parents=[common], help=h("cli-help-tasks-add"))
    add.add_argument("customer_id", metavar="ID")
    add.add_argument("--title", required=True)
    add.add_argument("--due", help=h("cli-help-date-default-today"))
    add.add_argument("--note", default="")

    sched = tsub.add_parser("schedule", parents=[common], help=h("cli-help-tasks-schedule"))
    sched.add_argument("task_id", metavar="TASK")
    sched.add_argument("--to", dest="assignee", default="", metavar="NAME")
    sched.add_argument("--due", help=h("cli-help-date"))

    done = tsub.add_parser("done", parents=[common], help=h("cli-help-tasks-done"))
    done.add_argument("task_id", metavar="TASK")
    done.add_argument("--what", required=True, help=h("cli-help-tasks-what"))
    done.add_argument("--cost")
    done.add_argument("--note", default="")

    dismiss = tsub.add_parser("dismiss", parents=[common], help=h("cli-help-tasks-dismiss"))
    dismiss.add_argument("task_id", metavar="TASK")
    dismiss.add_argument("--reason", required=True)

    pdf = tsub.add_parser("pdf", parents=[common], help=h("cli-help-tasks-pdf"))
    pdf.add_argument("task_ids", nargs="*", metavar="TASK")
    pdf.add_argument("--due-within", metavar="DAYS")
    pdf.add_argument("--out", required=True, metavar="FILE")

    sweep = sub.add_parser("sweep", parents=[common], help=h("cli-help-sweep"))
    sweep.add_argument("--today", help=h("cli-help-date-default-today"))


def _add_report_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """``report weekly``."""
    report = sub.add_parser("report", help=h("cli-help-report"))
    rsub = report.add_subparsers(dest="report", required=True, parser_class=OneLineParser)
    weekly = rsub.add_parser("weekly", parents=[common], help=h("cli-help-report-weekly"))
    weekly.add_argument("--week", help=h("cli-help-week"))
    weekly.add_argument("--out", required=True, type=Path, help=h("cli-help-out-pdf"))


def _add_data_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The data commands: backups, restore, import, export, merge, duplicates, forget."""
    backup = sub.add_parser("backup", parents=[common], help=h("cli-help-backup"))
    backup.add_argument("--to", type=Path, help=h("cli-help-backup-to"))
    backups = sub.add_parser("backups", parents=[common], help=h("cli-help-backups"))
    backups.add_argument(
        "--use", metavar="DIR", help=h("cli-help-backups-use", folder="DIR", default="default")
    )
    restore = sub.add_parser("restore", parents=[common], help=h("cli-help-restore"))
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help=h("cli-help-yes"))
    imports = sub.add_parser("import", parents=[common], help=h("cli-help-import"))
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--dry-run", action="store_true", help=h("cli-help-dry-run"))
    imports.add_argument("--region", default=DEFAULT_PHONE_REGION, help=h("cli-help-region"))
    export = sub.add_parser("export", help=h("cli-help-export"))
    esub = export.add_subparsers(dest="what", required=True, parser_class=type(export))
    customers = esub.add_parser("customers", parents=[common], help=h("cli-help-export-customers"))
    customer = esub.add_parser("customer", parents=[common], help=h("cli-help-export-customer"))
    customer.add_argument("customer_id", metavar="ID")
    events = esub.add_parser("events", parents=[common], help=h("cli-help-export-events"))
    for p in (customers, customer, events):
        p.add_argument("--out", type=Path, required=True, help=h("cli-help-out"))
    merge = sub.add_parser(
        "merge", parents=[common], help=h("cli-help-merge", keep="KEEP", other="OTHER")
    )
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    sub.add_parser("duplicates", parents=[common], help=h("cli-help-duplicates"))
    forget = sub.add_parser("forget", parents=[common], help=h("cli-help-forget"))
    forget.add_argument("customer_id", metavar="ID")
    forget.add_argument("--yes", action="store_true", help=h("cli-help-yes"))


def _add_settings_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """``settings show`` and ``settings set``."""
    settings = sub.add_parser("settings", help=h("cli-help-settings"))
    ssub = settings.add_subparsers(dest="action", required=True, parser_class=type(settings))
    ssub.add_parser("show", parents=[common], help=h("cli-help-settings-show"))
    change = ssub.add_parser(
        "set",
        parents=[common],
        help=h("cli-help-settings-set", settings=", ".join(SETTING_NAMES)),
        description="language ko|en; name TEXT; address TEXT; staff NAME...; rule RULE on|off; "
        "lead-time RULE DAYS; budget-acts N; budget-money AMOUNT",
    )
    change.add_argument("setting", metavar="SETTING")
    change.add_argument("values", nargs="+", metavar="VALUE")
