"""Every event class the shop records, by aggregate, for projections to handle or ignore."""

from __future__ import annotations

from eventsourcing.domain import Aggregate, DomainEvent

from shopcare.domain.customer import Customer
from shopcare.domain.delight_task import DelightTask
from shopcare.domain.shop_settings import ShopSettings

#: The aggregates whose events are in the shop's log.
AGGREGATES: tuple[type[Aggregate], ...] = (Customer, DelightTask, ShopSettings)


def event_classes(aggregate: type[Aggregate]) -> tuple[type, ...]:
    """The event classes an aggregate records (not its base ``Event``, nor the
    library's default ``Created`` when another event creates it)."""
    created = getattr(aggregate, "_created_event_class", None)
    found = []
    for name, value in vars(aggregate).items():
        if not (isinstance(value, type) and issubclass(value, DomainEvent)):
            continue
        if name == "Event" or (name == "Created" and value is not created):
            continue
        found.append(value)
    return tuple(found)


CUSTOMER_EVENTS = event_classes(Customer)
TASK_EVENTS = event_classes(DelightTask)
SETTINGS_EVENTS = event_classes(ShopSettings)
ALL_EVENTS = tuple(c for a in AGGREGATES for c in event_classes(a))

# Groups of the customer's events, so that a projection's ``ignores`` reads as what it
# leaves out. A new event class belongs to no group until someone decides where.
#: Who the customer is.
PROFILE_EVENTS = (Customer.Registered, Customer.DetailsChanged)
#: They came in, called, bought.
VISIT_EVENTS = (Customer.ContactLogged, Customer.PurchaseNoted)
#: What stays open until it is done: returns, complaints, follow-ups, and moving one.
OPEN_ITEM_EVENTS = (
    Customer.ReturnRequested,
    Customer.ReturnReceived,
    Customer.ReturnWaived,
    Customer.ComplaintRaised,
    Customer.ComplaintResolved,
    Customer.FollowUpScheduled,
    Customer.FollowUpDone,
    Customer.OpenItemMoved,
)
#: What the shop noted of them: what they said, their life, where we sent them, gifts.
NOTE_EVENTS = (
    Customer.FeedbackReceived,
    Customer.LifeEventNoted,
    Customer.ReferredElsewhere,
    Customer.GiftSent,
)
