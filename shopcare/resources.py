"""Where the bundled files are (fonts, icons, message catalogues), in pure Python.

The window, the command line and the PDFs all ask here, so none of them needs Qt to
find a file. A source checkout keeps them in ``resources/``; the installed wheel and
the PyInstaller bundle in ``shopcare/_resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The folder holding ``fonts/``, ``icons/`` and ``i18n/``."""
    here = Path(__file__).resolve()
    candidates = [here.parents[1] / "resources", here.parent / "_resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    return candidates[0]
