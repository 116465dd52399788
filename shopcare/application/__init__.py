"""The one ``eventsourcing`` Application: it takes commands and stores events.

``CustomerApplication`` (:mod:`.customers`) holds the customer commands;
``ShopCareApplication`` (:mod:`.tasks`) extends it with the delight engine's tasks
and the shop's settings, and saves the tasks a customer event triggers in the same
call as the event. A conflicting save is retried on fresh state (:mod:`.conflicts`).
"""

from shopcare.application.actor import Actor
from shopcare.application.customers import CustomerApplication, parse_customer_id, replay
from shopcare.application.tasks import ShopCareApplication

__all__ = [
    "Actor",
    "CustomerApplication",
    "ShopCareApplication",
    "parse_customer_id",
    "replay",
]
