"""The event commands (``log``, ``purchase``, ...), ``rebuild`` and ``demo``."""

from __future__ import annotations

import argparse

from shopcare.cli.events import EventCommand, method_kwargs
from shopcare.cli.ids import resolve_customer
from shopcare.cli.output import emit
from shopcare.cli.words import terminal
from shopcare.domain.values import parse_count
from shopcare.service.shop import Shop

#: The most customers a demo shop has.
MAX_DEMO = 20_000


def cmd_event(shop: Shop, command: EventCommand, args: argparse.Namespace) -> int:
    cid = resolve_customer(shop, args.customer_id)
    result = getattr(shop.app, command.method)(shop.actor, cid, **method_kwargs(command, args))
    data = {"customer_id": cid} | ({"entry": result} if command.prints_entry else {})
    emit(
        args,
        data,
        lambda: (
            terminal()("cli-entry", entry=result)
            if command.prints_entry
            else terminal()("cli-saved")
        ),
    )
    return 0


def cmd_rebuild(shop: Shop, args: argparse.Namespace) -> int:
    count = shop.rebuild()
    emit(args, {"events": count}, lambda: terminal()("cli-rebuilt", count=count))
    return 0


def cmd_demo(shop: Shop, args: argparse.Namespace) -> int:
    from shopcare.service.demo import fill_demo_shop

    customers = parse_count(
        args.customers, "words-customers", minimum=1, maximum=MAX_DEMO, required=True
    )
    seed = parse_count(args.seed, "words-seed", maximum=2**31, required=True)
    count = fill_demo_shop(shop, customers=customers, seed=seed, language=args.lang)
    emit(args, {"customers": count}, lambda: terminal()("cli-demo", count=count))
    return 0
