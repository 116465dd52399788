"""How a command prints its result: as text, or as JSON with ``--json``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    """``data`` as JSON with ``--json``, else the text (made only when it is printed)."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text())
