"""Words live here: the message catalogues the window, the command line and the PDFs share.

The domain decides facts (a rule, a customer, dates, an item, an error code); this
package turns them into sentences in Korean or English. Catalogues are gettext files
whose message ids are keys (``errors-not-a-date``), one file per area, in
``resources/i18n/<lang>/LC_MESSAGES/<area>.po``, compiled to ``.mo`` by
``resources/i18n/compile.py``. Qt's own ``.ts`` file stays for the widgets' labels.

    tr = catalogue("ko")
    tr("errors-not-a-date", what=tr("words-birthday"), value="2026-02-30")

Placeholders are ``{name}``. In Korean, ``{item:을/를}`` adds the particle that fits
the word's last syllable (see :mod:`.korean`). gettext is in the standard library, so
a command that prints one line does not pay for a translation runtime.
"""

from shopcare.i18n.catalogue import (
    AREAS,
    LANGUAGES,
    Catalogue,
    catalogue,
    error_text,
    system_language,
)

__all__ = ["AREAS", "LANGUAGES", "Catalogue", "catalogue", "error_text", "system_language"]
