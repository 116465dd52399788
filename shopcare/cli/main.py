"""``shopcare``: the command line, driving the same service as the desktop window.

``shopcare [--data-dir DIR] [--staff NAME] COMMAND ... [--json]``; with no command
the desktop app opens. Bad input prints one line on stderr, exits 2, and writes
nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from eventsourcing.persistence import PersistenceError

from shopcare import __version__
from shopcare.cli.data import DATA_COMMANDS, add_data_parsers, run_data_command
from shopcare.cli.events import EVENT_COMMANDS, EventCommand, add_flag, method_kwargs
from shopcare.cli.ids import resolve_customer
from shopcare.cli.reports import add_report_parser, cmd_report
from shopcare.cli.settings import SETTINGS_COMMANDS, add_settings_parser, run_settings_command
from shopcare.cli.tasks import TASK_COMMANDS, add_task_parsers, run_task_command
from shopcare.cli.terminal import TerminalSafe
from shopcare.cli.words import h, speak_argparse, terminal
from shopcare.clock import local_iso_minutes
from shopcare.domain.customer import PROFILE_FIELDS
from shopcare.domain.errors import InvalidInput
from shopcare.domain.values import clean_text, parse_count
from shopcare.i18n import Catalogue, catalogue, error_text, system_language
from shopcare.presentation.choices import label
from shopcare.presentation.formats import date_text, phone_text
from shopcare.presentation.timeline import timeline_line
from shopcare.readmodels.care import promotions_paused_until
from shopcare.readmodels.customers import get_customer_row, search_customers
from shopcare.readmodels.timeline import timeline_rows
from shopcare.service.config import Config
from shopcare.service.problems import ShopProblem
from shopcare.service.shop import Shop, reason

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1
#: The most rows ``customer find`` prints, and the most customers a demo shop has.
MAX_LIMIT = 10_000
MAX_DEMO = 20_000


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one clear line on stderr."""

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


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="shopcare", description=h("cli-help-shopcare"))
    parser.add_argument("--data-dir", help=h("cli-help-data-dir-default"))
    parser.add_argument("--staff", help=h("cli-help-staff-default"))
    parser.add_argument("--json", action="store_true", help=h("cli-help-json"))
    parser.add_argument(
        "--version", action="version", version=f"ShopCare {__version__}", help=h("cli-help-version")
    )
    sub = parser.add_subparsers(
        dest="command", metavar=h("cli-help-command-metavar"), parser_class=OneLineParser
    )
    common = _common()

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

    for command in EVENT_COMMANDS:
        p = sub.add_parser(command.name, parents=[common], help=h(command.help))
        p.add_argument("customer_id", metavar="ID")
        for flag in command.flags:
            add_flag(p, flag)

    add_task_parsers(sub, common)
    sub.add_parser("rebuild", parents=[common], help=h("cli-help-rebuild"))
    sub.add_parser("check", parents=[common], help=h("cli-help-check"))
    demo = sub.add_parser("demo", parents=[common], help=h("cli-help-demo"))
    demo.add_argument("--customers", default="300")
    demo.add_argument("--seed", default="7")
    demo.add_argument("--lang", choices=("ko", "en"), default="ko", help=h("cli-help-demo-lang"))
    add_report_parser(sub, common, OneLineParser)
    add_data_parsers(sub, common)
    add_settings_parser(sub, common)
    return parser


# ----- output ---------------------------------------------------------------------------


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())


# ----- commands -------------------------------------------------------------------------


def cmd_customer(shop: Shop, args: argparse.Namespace) -> int:
    if args.action == "add":
        fields = {k: getattr(args, k) for k in PROFILE_FIELDS if k in args}
        cid = shop.app.register_customer(shop.actor, **fields)
        emit(args, {"id": str(cid)}, lambda: str(cid))
    elif args.action == "edit":
        cid = resolve_customer(shop, args.customer_id)
        changes = {k: getattr(args, k) for k in PROFILE_FIELDS if k in args}
        if not changes:
            raise InvalidInput("errors-edit-needs-a-field")
        shop.app.change_details(shop.actor, cid, **changes)
        emit(args, {"id": cid}, lambda: _tr()("cli-changed", id=cid))
    elif args.action == "find":
        query = clean_text(args.query, "words-query")
        limit = parse_count(args.limit, "words-limit", minimum=1, maximum=MAX_LIMIT, required=True)
        rows = search_customers(shop.db, query, limit=limit)
        data = [{k: r[k] for k in ("id", "name", "phone", "email", "tags")} for r in rows]
        emit(
            args,
            data,
            lambda: (
                "\n".join(f"{r['id']}  {r['name']}  {r['phone']}  {r['email']}" for r in rows)
                or _tr()("cli-no-customers")
            ),
        )
    else:
        cid = resolve_customer(shop, args.customer_id)
        profile = get_customer_row(shop.db, cid)
        if profile is None:
            raise InvalidInput("errors-no-customer", id=cid)
        profile["promotions_paused_until"] = promotions_paused_until(shop.db, cid)
        tr = catalogue(system_language())
        timeline = [
            {
                "entry": r["entry"],
                "at": local_iso_minutes(r["at"]),
                "kind": r["kind"],
                "staff": r["staff"],
                "computer": r["computer"],
                "logged_at": local_iso_minutes(r["logged_at"]),
                "summary": timeline_line(r["event"], r["data"], tr),
                "correction": r["correction"],
                "voided": r["voided"],
                "record": r["customer_id"],  # a merged duplicate's entries keep their numbers
                "data": r["data"],
            }
            for r in timeline_rows(shop.db, cid)
        ]
        emit(
            args,
            {"customer": profile, "timeline": timeline},
            lambda: show_text(profile, timeline),
        )
    return 0


def _tr() -> Catalogue:
    """The person's language at this terminal."""
    return catalogue(system_language())


def show_text(profile: dict[str, Any], timeline: list[dict[str, Any]]) -> str:
    tr = _tr()
    lang = tr.language
    lines = [f"{profile['name']}  ({profile['id']})"]
    shown = {
        "phone": phone_text(profile.get("phone")),
        "email": profile.get("email"),
        "address": profile.get("address"),
        "postal_code": profile.get("postal_code"),
        "birthday": date_text(profile.get("birthday"), lang) if profile.get("birthday") else "",
        "notes": profile.get("notes"),
        "tags": ", ".join(profile["tags"]),
    }
    for key, value in shown.items():
        if value:
            lines.append(f"  {label('field', key, tr)}: {value}")
    if profile.get("promotions_paused_until"):
        until = date_text(profile["promotions_paused_until"], lang)
        lines.append(f"  {tr('cli-paused-until')}: {until}")
    lines.append("")
    for e in timeline:
        mark = " " + tr("cli-withdrawn") if e["voided"] else ""
        number = (
            str(e["entry"]) if e["record"] == profile["id"] else f"{e['entry']}·{e['record'][:4]}"
        )
        lines.append(f"#{number:<4} {e['at'][:16]}  {e['staff']:<10} {e['summary']}{mark}")
        if e["correction"]:
            lines.append("       " + tr("cli-correction", text=e["correction"]))
    return "\n".join(lines)


def cmd_event(shop: Shop, command: EventCommand, args: argparse.Namespace) -> int:
    cid = resolve_customer(shop, args.customer_id)
    result = getattr(shop.app, command.method)(shop.actor, cid, **method_kwargs(command, args))
    data = {"customer_id": cid} | ({"entry": result} if command.prints_entry else {})
    emit(
        args,
        data,
        lambda: _tr()("cli-entry", entry=result) if command.prints_entry else _tr()("cli-saved"),
    )
    return 0


def cmd_rebuild(shop: Shop, args: argparse.Namespace) -> int:
    count = shop.rebuild()
    emit(args, {"events": count}, lambda: _tr()("cli-rebuilt", count=count))
    return 0


def cmd_demo(shop: Shop, args: argparse.Namespace) -> int:
    from shopcare.service.demo import fill_demo_shop

    customers = parse_count(
        args.customers, "words-customers", minimum=1, maximum=MAX_DEMO, required=True
    )
    seed = parse_count(args.seed, "words-seed", maximum=2**31, required=True)
    count = fill_demo_shop(shop, customers=customers, seed=seed, language=args.lang)
    emit(args, {"customers": count}, lambda: _tr()("cli-demo", count=count))
    return 0


def open_app(args: argparse.Namespace) -> int:
    from shopcare.ui.app import run_app

    return run_app(Config.resolve(args.data_dir), staff=args.staff)


def default_staff() -> str:
    return os.environ.get("SHOPCARE_STAFF") or os.environ.get("USER") or "staff"


def dispatch(shop: Shop, args: argparse.Namespace) -> int:
    if args.command == "customer":
        return cmd_customer(shop, args)
    if args.command == "rebuild":
        return cmd_rebuild(shop, args)
    if args.command == "demo":
        return cmd_demo(shop, args)
    if args.command in TASK_COMMANDS:
        return run_task_command(shop, args)
    if args.command == "report":
        return cmd_report(shop, args)
    if args.command in SETTINGS_COMMANDS:
        return run_settings_command(shop, args)
    command = next(c for c in EVENT_COMMANDS if c.name == args.command)
    return cmd_event(shop, command, args)


def run_command(args: argparse.Namespace) -> int:
    """Open the shop, run the command, then say what the shop did by itself."""
    config = Config.resolve(args.data_dir)
    staff = default_staff() if args.staff is None else args.staff
    if args.command in DATA_COMMANDS:
        return run_data_command(config, args, staff)
    if args.command == "check":
        from shopcare.cli.check import cmd_check

        return cmd_check(config, staff, args)
    # A rebuild builds every view from the first event: no point catching up first.
    shop = Shop(config, staff=staff, follow=args.command != "rebuild")
    try:
        return dispatch(shop, args)
    finally:
        notices, shop.notices = shop.notices, []
        shop.close()
        for notice in notices:
            say_problem(notice)


def say_problem(problem: Any) -> None:
    """One line on stderr, in the person's language."""
    print(f"shopcare: {error_text(problem, catalogue(system_language()))}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``shopcare``: exit 0 when done, 2 for refused input, 1 when the store failed."""
    out = sys.stdout
    if out.isatty():
        sys.stdout = TerminalSafe(out)
    try:
        speak_argparse()
        args = build_parser().parse_args(argv)
        if args.command is None:
            return open_app(args)
        return run_command(args)
    except InvalidInput as error:
        say_problem(error)
        return EXIT_BAD_INPUT
    except ShopProblem as error:
        say_problem(error)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``shopcare customer find a | head``): end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        return 0
    except (PersistenceError, sqlite3.OperationalError) as error:
        say_problem(ShopProblem("errors-store-failed", reason=reason(error)))
        return EXIT_FAILED
    except Exception as error:
        if os.environ.get("SHOPCARE_DEBUG"):
            raise
        say_problem(ShopProblem("errors-unexpected", reason=f"{type(error).__name__}: {error}"))
        return EXIT_FAILED
    finally:
        sys.stdout = out
