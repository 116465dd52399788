"""The command line's own words: help texts, usage lines and argparse's messages.

They come from the catalogues in the language of this terminal (as every other line the
command prints): ``cli-help-*`` keys in ``cli.po``, and argparse's own English messages
("usage:", "the following arguments are required: …") from ``argparse.po``, which gettext
finds through a text domain of that name.
"""

from __future__ import annotations

import argparse
import gettext
from typing import Any

from shopcare.i18n import Catalogue, catalogue, system_language
from shopcare.resources import resource_dir

#: The gettext domain of argparse's own messages.
ARGPARSE_DOMAIN = "argparse"


def terminal() -> Catalogue:
    """The catalogue of the person at this terminal."""
    return catalogue(system_language())


def h(key: str, **values: Any) -> str:
    """A help text (argparse formats help with ``%``, so a ``%`` in the words is doubled)."""
    return terminal()(key, **values).replace("%", "%%")


def speak_argparse() -> None:
    """Let argparse's own messages come from the catalogue of this terminal's language.

    The catalogue is found once (as gettext finds a text domain's) and handed to
    argparse: through a bound text domain, gettext searched the disk again for every
    message argparse asked for, one per argument declared (a third of building the
    parser)."""
    found = gettext.translation(ARGPARSE_DOMAIN, str(resource_dir() / "i18n"), fallback=True)
    vars(argparse).update(_=found.gettext, ngettext=found.ngettext)
