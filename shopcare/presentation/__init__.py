"""What a person reads, rendered from facts: the words the window, the CLI and the PDFs share.

Events and read models keep facts (a rule and its facts, an event's kind and fields,
an error code). This layer turns them into sentences in Korean or English, from the
message catalogues (:mod:`shopcare.i18n`), with dates, money and numbers written the
way each language writes them:

* :mod:`.formats`: dates, weeks, money, numbers, phone numbers;
* :mod:`.choices`: the labels of stored values (channels, rules, statuses, kinds...);
* :mod:`.tasks`: a kind act's title, reason, what to do and the suggested message;
* :mod:`.timeline`: one line per timeline entry, and the Today details;
* :mod:`.language`: which language the shop speaks.

It is pure Python (no Qt, no PDF), above the read models and below the views.
"""

from shopcare.presentation.language import shop_catalogue, shop_language_of
from shopcare.presentation.tasks import TaskText, task_text
from shopcare.presentation.timeline import timeline_line

__all__ = ["TaskText", "shop_catalogue", "shop_language_of", "task_text", "timeline_line"]
