"""``shopcare settings show|set``: the shop's settings, the same the window's Settings has.

    shopcare settings show [--json]
    shopcare settings set language ko|en
    shopcare settings set name "민수네 신발"
    shopcare settings set address "서울 마포구 성미산로 1"
    shopcare settings set staff 지은 민호 Tom
    shopcare settings set rule miss-you off
    shopcare settings set lead-time birthday 10
    shopcare settings set budget-acts 10
    shopcare settings set budget-money 30만원

Each ``set`` is one command and one save (``change_shop_settings``). More settings
are added to :data:`SETTERS`: a name, and a function from the typed values to the
command's keywords; the name goes in the parser's help too
(:data:`shopcare.cli.parser.SETTING_NAMES`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import Any

from shopcare.cli.columns import columns, pad
from shopcare.cli.parser import SETTING_NAMES
from shopcare.domain.delight_rules import RULES, require_rule
from shopcare.domain.errors import InvalidInput
from shopcare.domain.shop_settings import SHOP_LANGUAGES
from shopcare.domain.values import clean_text
from shopcare.i18n import Catalogue, catalogue, system_language
from shopcare.presentation.choices import label
from shopcare.presentation.formats import money_text, number_text
from shopcare.presentation.language import shop_language_of
from shopcare.readmodels.care import shop_details, weekly_budget
from shopcare.service.shop import Shop

#: Words that switch a rule on or off.
ON_OFF = {"on": True, "off": False, "켬": True, "끔": False}


def _one(values: Sequence[str], what: str) -> str:
    if len(values) != 1:
        raise InvalidInput("errors-setting-values", what=what, n=1, given=len(values))
    return values[0]


def _language(values: Sequence[str]) -> dict[str, Any]:
    return {"language": _one(values, "words-language")}


def _name(values: Sequence[str]) -> dict[str, Any]:
    return {"name": " ".join(values)}


def _address(values: Sequence[str]) -> dict[str, Any]:
    return {"address": " ".join(values)}


def _staff(values: Sequence[str]) -> dict[str, Any]:
    typed = (clean_text(n, "words-staff") for v in values for n in v.split(","))
    names = [n for n in typed if n]
    if not names:
        raise InvalidInput("errors-empty", what="words-staff")
    return {"staff_list": names}


def _rule(values: Sequence[str]) -> dict[str, Any]:
    if len(values) != 2:
        raise InvalidInput("errors-setting-values", what="words-rule", n=2, given=len(values))
    rule, switch = require_rule(values[0]), values[1].strip().lower()
    if switch not in ON_OFF:
        raise InvalidInput(
            "errors-unknown-choice", what="words-rule", value=values[1], allowed="on, off"
        )
    return {"rules_on": {rule: ON_OFF[switch]}}


def _lead_time(values: Sequence[str]) -> dict[str, Any]:
    if len(values) != 2:
        raise InvalidInput("errors-setting-values", what="words-lead-time", n=2, given=len(values))
    return {"lead_days": {require_rule(values[0]): values[1]}}


def _budget_acts(values: Sequence[str]) -> dict[str, Any]:
    return {"budget_acts": _one(values, "words-budget-acts")}


def _budget_money(values: Sequence[str]) -> dict[str, Any]:
    return {"budget_money": " ".join(values)}  # "30만 원" may come as two words


#: ``settings set NAME VALUE...``: each setting's keywords for ``change_shop_settings``.
SETTERS: dict[str, Callable[[Sequence[str]], dict[str, Any]]] = {
    "language": _language,
    "name": _name,
    "address": _address,
    "staff": _staff,
    "rule": _rule,
    "lead-time": _lead_time,
    "budget-acts": _budget_acts,
    "budget-money": _budget_money,
}
assert tuple(SETTERS) == SETTING_NAMES, "the parser's help names every setting"


def settings_data(shop: Shop) -> dict[str, Any]:
    """The shop's settings as plain data (what ``settings show --json`` prints)."""
    details = shop_details(shop.db)
    config = shop.app.rule_config()
    budget = weekly_budget(shop.db)
    return {
        "name": details["name"],
        "address": details["address"],
        "language": shop_language_of(shop.db),
        "language_chosen": bool(details["language"]),
        "staff": details["staff"],
        "budget": {"acts": budget.acts, "money": str(budget.money)},
        "rules": {rule: {"on": config.on(rule), "lead_days": config.lead(rule)} for rule in RULES},
    }


def settings_text(data: dict[str, Any], tr: Catalogue) -> str:
    """``settings show`` for people, in ``tr``'s language."""
    none = tr("cli-settings-not-set")
    code = data["language"]
    language = f"{tr('cli-language-' + code)} ({code})"
    if not data["language_chosen"]:
        language = tr("cli-settings-language-default", language=language)
    lines = [
        tr("cli-settings-name", name=data["name"] or none),
        tr("cli-settings-address", address=data["address"] or none),
        tr("cli-settings-language", language=language),
        tr("cli-settings-staff", staff=", ".join(data["staff"]) or none),
        tr(
            "cli-settings-budget",
            acts=number_text(data["budget"]["acts"], tr.language),
            money=money_text(data["budget"]["money"], tr.language),
        ),
        tr("cli-settings-rules"),
    ]
    names = {rule: label("rule", rule, tr) for rule in RULES}
    leads = {r: tr.plural("cli-lead-days", s["lead_days"]) for r, s in data["rules"].items()}
    name_w = max(columns(n) for n in names.values())
    lead_w = max(columns(x) for x in leads.values())
    for rule, state in data["rules"].items():
        lines.append(
            "  "
            + tr(
                "cli-settings-rule",
                rule=pad(names[rule], name_w),
                state=tr("cli-on" if state["on"] else "cli-off"),
                lead=pad(leads[rule], lead_w),
                about=label("rule-about", rule, tr),
            )
        )
    return "\n".join(lines)


def run_settings_command(shop: Shop, args: argparse.Namespace) -> int:
    tr = catalogue(system_language())
    if args.action == "set":
        name = args.setting.strip().lower()
        if name not in SETTERS:
            raise InvalidInput(
                "errors-unknown-choice",
                what="words-setting",
                value=args.setting,
                allowed=", ".join(SETTERS),
            )
        changed = shop.app.change_shop_settings(shop.actor, **SETTERS[name](args.values))
        message = tr("cli-settings-saved" if changed else "cli-settings-unchanged")
        if getattr(args, "json", False):
            print(json.dumps({"changed": changed} | settings_data(shop), ensure_ascii=False))
        else:
            print(message)
        return 0
    data = settings_data(shop)
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(settings_text(data, tr))
    return 0


__all__ = [
    "SETTERS",
    "SHOP_LANGUAGES",
    "run_settings_command",
]
