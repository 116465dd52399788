"""The shop's data as a whole: ``backup``, ``backups``, ``restore``, ``import``.

Backups work on files, so they run without opening the shop: ``restore`` must work
when the store itself is damaged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shopcare import clock
from shopcare.application import ShopCareApplication
from shopcare.cli.ids import resolve_customer
from shopcare.clock import local_minute, utc_iso
from shopcare.domain.errors import InvalidInput
from shopcare.i18n import Catalogue, catalogue, error_text, system_language
from shopcare.presentation.restoring import restored_text
from shopcare.readmodels.customers import get_customer_row
from shopcare.readmodels.duplicates import find_duplicates
from shopcare.readmodels.open_items import open_items_of
from shopcare.service.config import Config
from shopcare.service.shop import Shop

if TYPE_CHECKING:
    from shopcare.service.importing import ImportPlan

# The services behind these commands (spreadsheets, backups, PDF records) are imported
# when their command runs, so the everyday commands start quickly.

#: The commands that work on the open shop (the others work on files).
SHOP_COMMANDS = frozenset({"import", "export", "merge", "duplicates", "forget"})


def _say(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())


def _when(moment: Any) -> str:
    return local_minute(utc_iso(moment))


def run_data_command(config: Config, args: argparse.Namespace, staff: str) -> int:
    """Run one of :data:`shopcare.cli.parser.DATA_COMMANDS` (InvalidInput goes back to the caller)."""
    tr = catalogue(system_language())
    if args.command in SHOP_COMMANDS:
        run = {
            "import": _import,
            "export": _export,
            "merge": _merge,
            "duplicates": _duplicates,
            "forget": _forget,
        }
        with Shop(config, staff=staff) as shop:
            return run[args.command](shop, args, tr)
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
    from shopcare.service.backup import make_backup, thin_backups

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
    from shopcare.service.backup import backup_folder, choose_folder, list_backups

    if args.use is not None:
        if not args.use.strip():  # a script's unset variable: not "keep the folder as it is"
            raise InvalidInput("errors-empty", what="words-backup-folder")
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
    from shopcare.service.restore import check_backup, restore_backup

    info = check_backup(args.file)
    if not args.yes:
        question = tr.plural(
            "data-restore-confirm",
            info.events,
            when=_when(info.made_at),
            folder=str(config.data_dir),
        )
        if not _confirmed(question, tr):
            print(tr("data-restore-cancelled"))
            return 1
    report = restore_backup(config, args.file)
    _say(
        args,
        report.as_json(),
        lambda: restored_text(report, tr),
    )
    return 0


def _import(shop: Shop, args: argparse.Namespace, tr: Catalogue) -> int:
    from shopcare.service.importing import carry_out, plan_import, read_source

    source = read_source(args.file)
    plan = plan_import(shop.db, source, clock.today(), region=args.region)
    refused = [{"line": r.line, "reason": error_text(r.error, tr)} for r in plan.refused if r.error]
    if not args.dry_run:
        if refused:
            first = refused[0]
            raise InvalidInput(
                "data-import-refused", line=first["line"], reason=first["reason"], n=len(refused)
            )
        carry_out(shop.app, shop.actor, plan)
    _say(
        args,
        {"added": plan.added, "matched": plan.matched, "refused": refused},
        lambda: _import_text(plan, args.dry_run, tr),
    )
    return 0


def _import_text(plan: ImportPlan, dry_run: bool, tr: Catalogue) -> str:
    source = plan.source
    columns = ", ".join(
        f"{source.headers[col]} → {tr('data-field-' + name.replace('_', '-'))}"
        for name, col in plan.mapping.items()
    )
    lines = [
        tr.plural(
            "data-import-read",
            len(source.rows),
            file=str(source.path),
            kind=tr("data-import-kind-" + source.kind),
            encoding=source.encoding.upper() or "-",
        ),
        tr("data-import-columns", columns=columns),
    ]
    if dry_run:
        for row in plan.rows:
            who = row.profile.get("name") or ""
            if row.outcome == "add":
                lines.append(tr("data-import-row-add", line=row.line, name=who))
            elif row.outcome == "match":
                by = tr("data-by-" + row.matched_by)
                if row.matched_id:
                    key, other = "data-import-row-match", row.matched_id[:8]
                else:
                    key, other = "data-import-row-same", str(row.matched_line)
                lines.append(tr(key, line=row.line, name=who, other=other, by=by))
            elif row.error is not None:
                reason = error_text(row.error, tr)
                lines.append(tr("data-import-row-refuse", line=row.line, reason=reason))
        key = "data-import-would"
    else:
        key = "data-import-done"
    lines.append(tr(key, added=plan.added, matched=plan.matched, refused=len(plan.refused)))
    return "\n".join(lines)


def _export(shop: Shop, args: argparse.Namespace, tr: Catalogue) -> int:
    from shopcare.service.export import (
        CSV_FIELDS,
        export_customer_json,
        export_customers_csv,
        export_events_jsonl,
    )

    out = args.out.expanduser()
    if args.what == "customers":
        headers = {f: tr("data-field-" + f.replace("_", "-")) for f in CSV_FIELDS}
        n = export_customers_csv(shop.db, out, headers)
        _say(
            args,
            {"out": str(out), "customers": n},
            lambda: tr("data-export-customers", n=n, file=str(out)),
        )
    elif args.what == "customer":
        suffix = out.suffix.lower()
        if suffix not in (".json", ".pdf"):
            raise InvalidInput("data-export-customer-format", file=str(out))
        cid = resolve_customer(shop, args.customer_id)
        if suffix == ".json":
            name = export_customer_json(shop.db, cid, out)["customer"]["name"]
        else:
            from shopcare.reports.customer_record import make_customer_record_pdf

            make_customer_record_pdf(shop.db, cid, out, tr)
            name = (get_customer_row(shop.db, cid) or {}).get("name", cid)
        _say(
            args,
            {"out": str(out), "id": cid},
            lambda: tr("data-export-customer", name=name, file=str(out)),
        )
    else:
        n = export_events_jsonl(shop.app, out)
        _say(
            args,
            {"out": str(out), "events": n},
            lambda: tr("data-export-events", n=n, file=str(out)),
        )
    return 0


def _merge(shop: Shop, args: argparse.Namespace, tr: Catalogue) -> int:
    keep = resolve_customer(shop, args.keep)
    other = resolve_customer(shop, args.other)
    other_row = get_customer_row(shop.db, other) or {"name": other}
    moved = len(open_items_of(shop.db, other))
    kept = str(shop.app.merge_customers(shop.actor, keep, other))
    kept_row = get_customer_row(shop.db, kept) or {"name": kept}
    _say(
        args,
        {"kept": kept, "merged": other, "moved": moved},
        lambda: tr.plural(
            "data-merged",
            moved,
            other=other_row["name"],
            other_id=other[:8],
            name=kept_row["name"],
            id=kept[:8],
        ),
    )
    return 0


def _duplicates(shop: Shop, args: argparse.Namespace, tr: Catalogue) -> int:
    found = find_duplicates(shop.db)

    def line(d: Any) -> str:
        why = ", ".join(tr("data-by-" + r) for r in d.reasons)
        return tr(
            "data-duplicate-line",
            keep=d.keep["name"],
            keep_id=d.keep["id"][:8],
            other=d.other["name"],
            other_id=d.other["id"][:8],
            why=why,
        )

    data = [
        {"keep": d.keep["id"], "other": d.other["id"], "reasons": list(d.reasons)} for d in found
    ]
    _say(args, data, lambda: "\n".join(line(d) for d in found) or tr("data-duplicates-none"))
    return 0


def _confirmed(question: str, tr: Catalogue) -> bool:
    """Ask on a terminal; without one, ``--yes`` is the only way to go ahead."""
    if not sys.stdin.isatty():
        raise InvalidInput("data-needs-yes")
    answer = input(question + " [y/N] ").strip().lower()
    return answer in ("y", "yes", "예", "네", "ㅛ")


def _forget(shop: Shop, args: argparse.Namespace, tr: Catalogue) -> int:
    from shopcare.service.forget import forget

    cid = resolve_customer(shop, args.customer_id)
    row = get_customer_row(shop.db, cid)
    name = row["name"] if row else cid[:8]
    if not args.yes and not _confirmed(tr("data-forget-confirm", name=name, id=cid[:8]), tr):
        print(tr("data-forget-cancelled"))
        return 1
    report = forget(shop, cid)

    def text() -> str:
        lines = [
            tr.plural("data-forgot", report.events, name=name, id=cid[:8], mentions=report.mentions)
        ]
        if report.backups_holding:
            lines.append(tr.plural("data-forgot-backups", len(report.backups_holding)))
            lines += [f"  {p}" for p in report.backups_holding]
        return "\n".join(lines)

    _say(args, report.as_json(), text)
    return 0


__all__ = ["run_data_command"]
