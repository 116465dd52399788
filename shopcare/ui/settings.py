"""What the window remembers between runs (QSettings): staff, language, layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings

STAFF_LIST = "staff/list"
STAFF_CURRENT = "staff/current"
LANGUAGE = "ui/language"  # "system", "en" or "ko"


def settings() -> QSettings:
    return QSettings()


def staff_list() -> list[str]:
    value = settings().value(STAFF_LIST, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value or [] if str(v).strip()]


def set_staff_list(names: list[str]) -> None:
    seen: list[str] = []
    for name in names:
        name = name.strip()
        if name and name not in seen:
            seen.append(name)
    settings().setValue(STAFF_LIST, seen)


def current_staff() -> str:
    return str(settings().value(STAFF_CURRENT, "") or "")


def set_current_staff(name: str) -> None:
    settings().setValue(STAFF_CURRENT, name)


def language() -> str:
    return str(settings().value(LANGUAGE, "system") or "system")


def set_language(code: str) -> None:
    settings().setValue(LANGUAGE, code)
