"""The shop's data as a whole: ``backup``, ``backups``, ``restore``.

These commands work on files, so they run before (or instead of) opening the shop:
``restore`` must work when the store itself is damaged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shopcare.application import ShopCareApplication
from shopcare.clock import local_minute, utc_iso
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import Catalogue, catalogue, system_language
from shopcare.service.backup import (
    backup_folder,
    choose_folder,
    list_backups,
    make_backup,
    thin_backups,
)
from shopcare.service.config import Config
from shopcare.service.restore import check_backup, restore_backup

DATA_COMMANDS = frozenset({"backup", "backups", "restore"})


def add_data_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the data commands to the command-line parser."""
    backup = sub.add_parser("backup", parents=[common], help="make a checked copy of the log")
    backup.add_argument("--to", type=Path, help="folder to write it to (default: backups)")
    backups = sub.add_parser("backups", parents=[common], help="list the backups")
    backups.add_argument(
        "--use", metavar="DIR", help="keep backups in DIR from now on ('default': the data folder)"
    )
    restore = sub.add_parser("restore", parents=[common], help="restore a backup file")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask first")


def _say(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())


def _when(moment: Any) -> str:
    return local_minute(utc_iso(moment))


def run_data_command(config: Config, args: argparse.Namespace) -> int:
    """Run one of :data:`DATA_COMMANDS` (InvalidInput goes back to the caller)."""
    tr = catalogue(system_language())
    if args.command == "backup":
        return _backup(config, args, tr)
    if args.command == "backups":
        return _backups(config, args, tr)
    return _restore(config, args, tr)


def _application(config: Config) -> ShopCareApplication | None:
    """PostgreSQL backups read through the application; the embedded store needs none."""
    if config.postgres is None:
        return None
    return ShopCareApplication(env=config.event_store_env())


def _backup(config: Config, args: argparse.Namespace, tr: Catalogue) -> int:
    app = _application(config)
    try:
        made = make_backup(config, app, folder=args.to)
    finally:
        if app is not None:
            app.close()
    if args.to is None:
        thin_backups(made.path.parent)
    _say(
        args,
        {"path": str(made.path), "events": made.events},
        lambda: tr.plural("data-backup-made", made.events, file=str(made.path)),
    )
    return 0


def _backups(config: Config, args: argparse.Namespace, tr: Catalogue) -> int:
    if args.use:
        choose_folder(config, None if args.use == "default" else args.use)
    folder = backup_folder(config)
    found = list_backups(folder)
    if not getattr(args, "json", False):
        print(tr("data-backups-folder", folder=str(folder)))
        if not folder.is_dir():
            print(tr("data-backup-folder-missing", folder=str(folder)))
    lines = [
        tr.plural(
            "data-backups-line",
            b.events,
            when=_when(b.made_at),
            kind=tr("data-kind-" + b.kind),
            file=b.path.name,
        )
        for b in found
    ]
    _say(
        args,
        {"folder": str(folder), "backups": [b.as_json() for b in found]},
        lambda: "\n".join(lines) or tr("data-backups-none"),
    )
    return 0


def _restore(config: Config, args: argparse.Namespace, tr: Catalogue) -> int:
    info = check_backup(args.file)
    if not args.yes:
        question = tr.plural(
            "data-restore-confirm",
            info.events,
            when=_when(info.made_at),
            folder=str(config.data_dir),
        )
        if not sys.stdin.isatty():
            raise InvalidInput("data-restore-needs-yes")
        answer = input(question + " [y/N] ").strip().lower()
        if answer not in ("y", "yes", "예", "네", "ㅛ"):
            print(tr("data-restore-cancelled"))
            return 1
    report = restore_backup(config, args.file)
    _say(
        args,
        report.as_json(),
        lambda: _restored_text(report, tr),
    )
    return 0


def _restored_text(report: Any, tr: Catalogue) -> str:
    lines = [
        tr.plural(
            "data-restored",
            report.events,
            file=str(report.file),
            when=_when(report.made_at),
            customers=report.customers,
        )
    ]
    if report.safety_copy is not None:
        lines.append(tr("data-restored-safety", file=str(report.safety_copy)))
    if report.forgotten_again:
        lines.append(tr.plural("data-restored-forgotten", report.forgotten_again))
    return "\n".join(lines)


__all__ = ["DATA_COMMANDS", "add_data_parsers", "run_data_command"]
