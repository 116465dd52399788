"""``shopcare``: the command line, driving the same service as the desktop window.

``shopcare [--data-dir DIR] [--staff NAME] COMMAND ... [--json]``; with no command
the desktop app opens. Bad input prints one line on stderr, exits 2, and writes
nothing.

The line is parsed first (:mod:`.parser` loads nothing a command does); then only the
named command's module is imported. ``customer find`` reads the views without opening
the shop when they hold every stored event.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from shopcare.cli.parser import (
    DATA_COMMANDS,
    EXIT_BAD_INPUT,
    SETTINGS_COMMANDS,
    TASK_COMMANDS,
    build_parser,
)
from shopcare.cli.terminal import TerminalSafe
from shopcare.cli.words import speak_argparse
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import catalogue, error_text, system_language
from shopcare.service.config import Config
from shopcare.service.problems import ShopProblem, reason

if TYPE_CHECKING:
    from shopcare.service.shop import Shop

EXIT_FAILED = 1

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILED", "main"]


def open_app(args: argparse.Namespace) -> int:
    from shopcare.ui.app import run_app

    return run_app(Config.resolve(args.data_dir), staff=args.staff)


def default_staff() -> str:
    return os.environ.get("SHOPCARE_STAFF") or os.environ.get("USER") or "staff"


def dispatch(shop: Shop, args: argparse.Namespace) -> int:
    """Run a command on the open shop; each command's module is imported when it runs."""
    if args.command == "customer":
        from shopcare.cli.customers import cmd_customer

        return cmd_customer(shop, args)
    if args.command in TASK_COMMANDS:
        from shopcare.cli.tasks import run_task_command

        return run_task_command(shop, args)
    if args.command == "report":
        from shopcare.cli.reports import cmd_report

        return cmd_report(shop, args)
    if args.command in SETTINGS_COMMANDS:
        from shopcare.cli.settings import run_settings_command

        return run_settings_command(shop, args)
    from shopcare.cli import commands

    if args.command == "rebuild":
        return commands.cmd_rebuild(shop, args)
    if args.command == "demo":
        return commands.cmd_demo(shop, args)
    from shopcare.cli.events import EVENT_COMMANDS

    command = next(c for c in EVENT_COMMANDS if c.name == args.command)
    return commands.cmd_event(shop, command, args)


def run_command(args: argparse.Namespace) -> int:
    """Open the shop, run the command, then say what the shop did by itself."""
    config = Config.resolve(args.data_dir)
    staff = default_staff() if args.staff is None else args.staff
    if args.command in DATA_COMMANDS:
        from shopcare.cli.data import run_data_command

        return run_data_command(config, args, staff)
    if args.command == "check":
        from shopcare.cli.check import cmd_check

        return cmd_check(config, staff, args)
    if args.command == "customer" and args.action == "find":
        from shopcare.service.views import current_views

        views = current_views(config, staff)
        if views is not None:  # nothing to catch up: no need to open the shop
            from shopcare.cli.find import find_customers

            try:
                with views:
                    return find_customers(views, args)
            except sqlite3.DatabaseError:
                pass  # a damaged page: the shop finds it again below, and mends the views
    from shopcare.service.shop import Shop

    # A rebuild builds every view from the first event: no point catching up first.
    shop = Shop(config, staff=staff, follow=args.command != "rebuild")
    try:
        head = shop.head()
        try:
            return dispatch(shop, args)
        except sqlite3.DatabaseError as error:
            # Damaged views found by reading them: built again, and the command run
            # again on them if it saved nothing (once: a second failure is reported).
            if not shop.mend_views(error) or shop.head() != head:
                raise
            return dispatch(shop, args)
    finally:
        notices, shop.notices = shop.notices, []
        shop.close()
        for notice in notices:
            say_problem(notice)


def say_problem(problem: Any) -> None:
    """One line on stderr, in the person's language."""
    print(f"shopcare: {error_text(problem, catalogue(system_language()))}", file=sys.stderr)


def store_failed(error: BaseException) -> bool:
    """Whether ``error`` is the event store's or a database file's failure. (The store's
    errors are the library's; it is loaded only if a command opened the store.)"""
    persistence = sys.modules.get("eventsourcing.persistence")
    return isinstance(error, sqlite3.OperationalError) or (
        persistence is not None and isinstance(error, persistence.PersistenceError)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``shopcare``: exit 0 when done, 2 for refused input, 1 when the store failed."""
    out = sys.stdout
    if out.isatty():
        sys.stdout = TerminalSafe(out)
    try:
        speak_argparse()
        line = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(line).parse_args(line)
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
    except Exception as error:
        if store_failed(error):
            say_problem(ShopProblem("errors-store-failed", reason=reason(error)))
            return EXIT_FAILED
        if os.environ.get("SHOPCARE_DEBUG"):
            raise
        say_problem(ShopProblem("errors-unexpected", reason=f"{type(error).__name__}: {error}"))
        return EXIT_FAILED
    finally:
        sys.stdout = out
