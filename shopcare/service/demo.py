"""A believable demo shop: a Seoul shoe shop (or, with ``language="en"``, an English one).

Used by ``shopcare demo`` to try the app, and by the benchmark (``bench/``) to make a
ten-year shop. The same seed gives the same shop. A Korean shop by default: Korean
names, Seoul addresses, Korean products and staff, the shop's name and address in
its settings, most returns and complaints closed as in a well-run shop, and one
customer who lost her mother a few days ago while a return of hers is overdue, so
that flowers with a card, and a kind note instead of a return reminder, are on
Today at first start.

The year is lived in time: each event is logged on its own day (the clock set to
it), so the rules suggest kind acts as they would have, and most acts are done (or
dismissed) a few days later, by the staff, at a cost; so "what kindness brought
back" has a year to look at.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from shopcare.application import Actor
from shopcare.clock import fixed, use_clock
from shopcare.clock import now as local_now
from shopcare.domain.delight_rules import OverdueReturn, SensitiveEvent, gentle_return_rule
from shopcare.domain.errors import InvalidInput
from shopcare.domain.kindness import standing
from shopcare.readmodels.tasks import list_tasks
from shopcare.service.shop import Shop


@dataclass(frozen=True)
class Place:
    """A neighbourhood: district (구), quarter (동), a road in it and its postal code."""

    district: str
    quarter: str
    road: str
    postal_code: str


@dataclass(frozen=True)
class DemoWords:
    """Everything a demo shop says, in one language."""

    shop_name: str
    shop_address: str
    staff: tuple[str, ...]
    family: tuple[str, ...]
    given: tuple[str, ...]
    places: tuple[Place, ...]
    items: tuple[str, ...]
    summaries: tuple[str, ...]
    topics: tuple[str, ...]
    complaints: tuple[tuple[str, str], ...]  # (category, what the customer said)
    resolution: str
    praise: str
    criticism: str
    sent_to: str
    followup: str
    called_back: str
    went_beyond: str
    gift: str
    gift_occasion: str
    notes: str
    tags: tuple[str, ...]
    #: What was done for each rule's act (the rest: ``gift``), and why one was not.
    acts_done: dict[str, str]
    act_dismissed: str
    # the signature story: a bereaved customer with an overdue return (a name no one
    # else in the demo has)
    story_name: str
    story_note: str
    story_item: str
    story_visit: str
    story_call: str

    def name(self, rng: random.Random) -> str:
        if self is KOREAN:
            return rng.choice(self.family) + rng.choice(self.given)
        return f"{rng.choice(self.given)} {rng.choice(self.family)}"

    def phone(self, rng: random.Random) -> str:
        if self is KOREAN:
            return f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        return f"+44 7700 900{rng.randint(0, 999):03d}"  # numbers kept for drama and demos

    def address(self, rng: random.Random, place: Place) -> str:
        number = rng.randint(1, 180)
        if self is KOREAN:
            return f"서울특별시 {place.district} {place.road} {number} ({place.quarter})"
        return f"{number} {place.road}, {place.quarter}, {place.district}"


KOREAN = DemoWords(
    shop_name="발맞춤 신발",
    shop_address="서울특별시 마포구 성미산로 17 (성산동)",
    staff=("정은지", "박민호", "이수진", "최현우"),
    family=tuple(
        [
            "김",
            "이",
            "박",
            "최",
            "정",
            "강",
            "조",
            "윤",
            "장",
            "임",
            "한",
            "오",
            "서",
            "신",
            "권",
            "황",
            "안",
            "송",
            "류",
            "홍",
        ]
    ),
    given=tuple(
        [
            "민수",
            "지은",
            "서연",
            "하준",
            "도윤",
            "수빈",
            "예린",
            "현우",
            "지호",
            "은정",
            "영희",
            "서준",
            "하은",
            "지우",
            "유진",
            "준호",
            "소연",
            "태민",
            "가영",
            "동현",
            "미경",
            "성민",
            "혜진",
            "재원",
            "나래",
            "승우",
            "보람",
            "정훈",
            "다은",
        ]
    ),
    places=(
        Place("마포구", "성산동", "성미산로", "03976"),
        Place("마포구", "망원동", "포은로", "03947"),
        Place("서대문구", "연희동", "연희로", "03703"),
        Place("은평구", "응암동", "응암로", "03447"),
        Place("용산구", "이태원동", "이태원로", "04349"),
        Place("종로구", "혜화동", "대학로", "03082"),
        Place("성동구", "성수동2가", "성수이로", "04782"),
        Place("강남구", "역삼동", "테헤란로", "06236"),
        Place("송파구", "잠실동", "올림픽로", "05551"),
    ),
    items=tuple(
        ["러닝화", "등산화", "샌들", "운동화", "구두", "장화", "깔창", "로퍼", "첼시 부츠"]
    ),
    summaries=(
        "{item} 사이즈가 작게 나오는지 문의",
        "{item} 신어 보러 오심",
        "{item} 언제 다시 들어오는지 문의",
        "{item} 사이즈 교환 문의",
        "여행 이야기 나누고 {item} 추천해 드림",
        "{item} 잘 신고 있다고 고맙다는 전화",
    ),
    topics=("사이즈", "배송 기간", "수선", "선물 추천", "재고", "가격", "관리 방법"),
    complaints=(
        ("배송", "늦게 도착했어요"),
        ("제품", "밑창이 떨어졌어요"),
        ("사이즈", "주문한 사이즈보다 작아요"),
    ),
    resolution="사장님이 직접 전화드리고 새 제품으로 보내 드림",
    praise="{item} 정말 편해요",
    criticism="배송이 느렸어요",
    sent_to="슈팰리스 망원점",
    followup="{item} 다시 들어왔는지 확인",
    called_back="전화드림",
    went_beyond="근처에 늦게까지 여는 약국을 알려 드림",
    gift="감사 카드",
    gift_occasion="단골 고객",
    notes="발 사이즈 {size}",
    tags=("vip", "러너", "등산", "발볼 넓음", "단골"),
    acts_done={
        "bereavement": "흰 국화와 손편지",
        "get-well": "쾌유를 비는 카드",
        "complaint-call": "사장님이 직접 전화드리고 사과드림",
        "thank-you": "손편지 감사 카드",
        "back-in-stock": "입고 소식 전화드림",
        "congratulations": "축하 카드와 작은 꽃다발",
        "waiting-answer": "답 들고 먼저 전화드림",
    },
    act_dismissed="이번에는 건너뛰기로 함",
    story_name="김민지",
    story_note="어머님",
    story_item="구두",
    story_visit="어머님 칠순 잔치에 신으실 구두를 고르심",
    story_call="어머님이 돌아가셨다고 반품이 늦어진다며 전화 주심",
)

ENGLISH = DemoWords(
    shop_name="Good Footing Shoes",
    shop_address="12 Market Street, Bristol BS1 1JQ",
    staff=("Sarah", "Tom", "Priya", "Owen"),
    family=("Berg", "Carter", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jones"),
    given=("Anna", "Ben", "Chloe", "David", "Felix", "Grace", "Hugo", "Iris", "Jack", "Lucy"),
    places=(
        Place("Bristol", "Clifton", "Whiteladies Road", "BS8 2PR"),
        Place("Bristol", "Redland", "Cotham Hill", "BS6 6LA"),
        Place("Bristol", "Bedminster", "North Street", "BS3 1HP"),
        Place("Bristol", "Easton", "Stapleton Road", "BS5 0RA"),
        Place("Bristol", "Bishopston", "Gloucester Road", "BS7 8AA"),
    ),
    items=("running shoes", "hiking boots", "sandals", "trainers", "loafers", "rain boots"),
    summaries=(
        "Asked whether the {item} run small",
        "Came in to try the {item}",
        "Wanted to know when the {item} are back",
        "Asked about changing the size of the {item}",
        "Chatted about a trip; recommended the {item}",
        "Called to say thank you for the {item}",
    ),
    topics=("sizing", "delivery time", "repair", "gift advice", "stock", "price", "care tips"),
    complaints=(
        ("delivery", "Arrived late"),
        ("product", "The sole came loose"),
        ("sizing", "Smaller than the size ordered"),
    ),
    resolution="The owner called and sent a replacement",
    praise="The {item} are so comfortable",
    criticism="Slow delivery",
    sent_to="Shoe Palace, Broadmead",
    followup="Are the {item} back?",
    called_back="Called back",
    went_beyond="Found them a late-night pharmacy nearby",
    gift="thank-you card",
    gift_occasion="loyal customer",
    notes="shoe size {size}",
    tags=("vip", "runner", "hiker", "wide feet", "regular"),
    acts_done={
        "bereavement": "White lilies and a handwritten card",
        "get-well": "A get-well card",
        "complaint-call": "The owner called and apologised",
        "thank-you": "A handwritten thank-you card",
        "back-in-stock": "Called: it is back",
        "congratulations": "A card and a small bouquet",
        "waiting-answer": "Called with the answer",
    },
    act_dismissed="Skipped this time",
    story_name="Emma Hughes",
    story_note="her mother",
    story_item="loafers",
    story_visit="Chose loafers for her mother's seventieth birthday party",
    story_call="Called to say her mother died and the return will be late",
)

WORDS = {"ko": KOREAN, "en": ENGLISH}

# What the benchmark (``bench/generate.py``) draws from: mostly the Korean shop's words.
STAFF = list(KOREAN.staff)
ITEMS = list(KOREAN.items)
SUMMARIES = list(KOREAN.summaries)
TOPICS = list(KOREAN.topics)
TOUCHPOINTS = ["site", "ordering", "order form", "delivery", "product", "support"]
POSTAL = [p.postal_code for p in KOREAN.places]


def customer_name(rng: random.Random) -> str:
    """A benchmark customer's name: two in three Korean, the others English."""
    return KOREAN.name(rng) if rng.random() < 0.65 else ENGLISH.name(rng)


def contact_times(rng: random.Random, start: datetime, end: datetime, n: int) -> Iterator[datetime]:
    span = (end - start).total_seconds()
    for offset in sorted(rng.uniform(0, span) for _ in range(n)):
        yield start + timedelta(seconds=offset)


def settled(rng: random.Random, at: datetime, now: datetime, days: int) -> bool:
    """Most open items are closed a few days later, as in a well-run shop."""
    return at + timedelta(days=days) < now and rng.random() < 0.85


def fill_demo_shop(
    shop: Shop, customers: int = 300, seed: int = 7, days: int = 365, language: str = "ko"
) -> int:
    """Add ``customers`` customers with ``days`` of history; refuses a shop with data."""
    if shop.app.recorder.max_notification_id():
        raise InvalidInput("errors-demo-needs-empty-folder")
    words = WORDS.get(language, KOREAN)
    rng = random.Random(seed)
    now = local_now().replace(microsecond=0)
    start = now - timedelta(days=days)
    app = shop.app
    owner = Actor(words.staff[0], "front-desk")
    app.change_shop_settings(
        owner,
        name=words.shop_name,
        address=words.shop_address,
        staff_list=words.staff,
        language=language if language in WORDS else "ko",
        budget_money=None if words is KOREAN else 300,  # an English shop counts in pounds
    )
    for i in range(max(0, customers - 1)):
        _one_customer(shop, words, rng, i, start, now, days)
    _signature_story(shop, words, now)
    return customers


def _one_customer(
    shop: Shop,
    words: DemoWords,
    rng: random.Random,
    i: int,
    start: datetime,
    now: datetime,
    days: int,
) -> None:
    app = shop.app
    who = Actor(rng.choice(words.staff), "front-desk")
    joined = start + timedelta(days=rng.uniform(0, days * 0.8))
    place = rng.choice(words.places)
    cid = app.register_customer(
        who,
        name=words.name(rng),
        phone=words.phone(rng),
        email=f"customer{i}@example.com" if rng.random() < 0.5 else "",
        address=words.address(rng, place) if rng.random() < 0.7 else "",
        postal_code=place.postal_code,
        birthday=f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.6
        else None,
        tags=rng.sample(list(words.tags), rng.randint(0, 2)),
        notes=words.notes.format(size=rng.choice([230, 240, 250, 260, 270, 280])),
        at=joined,
    )
    for at in contact_times(rng, joined, now, rng.randint(1, 25)):
        with use_clock(fixed(at)):  # logged on the day: the rules see it as news
            _one_event(shop, words, rng, cid, at, now)
        _kindly(shop, words, rng, str(cid), at, now)


def _one_event(
    shop: Shop,
    words: DemoWords,
    rng: random.Random,
    cid: object,
    at: datetime,
    now: datetime,
) -> None:
    """One thing that happened with a customer on ``at`` (and maybe its closing)."""
    app = shop.app
    who = Actor(rng.choice(words.staff), "front-desk")
    item = rng.choice(words.items)
    roll = rng.random()
    if roll < 0.62:
        long_call = rng.random() < 0.05
        channel = rng.choice(["phone", "walk-in", "email", "message", "social"])
        app.log_contact(
            who,
            cid,
            channel=channel,
            direction="in" if channel == "walk-in" else rng.choice(["in", "in", "out"]),
            summary=rng.choice(words.summaries).format(item=item),
            topics=rng.sample(list(words.topics), rng.randint(0, 2)),
            touchpoint=rng.choice(TOUCHPOINTS),
            sentiment=rng.choices(["positive", "neutral", "negative"], [5, 4, 1])[0],
            connection=long_call or rng.random() < 0.15,
            minutes=rng.randint(60, 360) if long_call else rng.randint(1, 25),
            went_beyond=words.went_beyond if rng.random() < 0.02 else "",
            at=at,
        )
    elif roll < 0.82:
        amount = rng.randint(2, 25) * 10_000 if words is KOREAN else rng.randint(20, 250)
        app.note_purchase(who, cid, item=item, amount=amount, at=at)
    elif roll < 0.88:
        app.receive_feedback(
            who,
            cid,
            polarity=rng.choices(["positive", "negative"], [8, 1])[0],
            text=words.praise.format(item=item) if rng.random() < 0.8 else words.criticism,
            touchpoint=rng.choice(TOUCHPOINTS),
            at=at,
        )
    elif roll < 0.91:
        entry = app.request_return(who, cid, item=item, due=(at + timedelta(days=14)).date(), at=at)
        if settled(rng, at, now, days=10):
            app.receive_return(who, cid, entry=entry, at=at + timedelta(days=10))
    elif roll < 0.93:
        category, said = rng.choice(words.complaints)
        entry = app.raise_complaint(
            who,
            cid,
            category=category,
            text=said,
            touchpoint=rng.choice(TOUCHPOINTS),
            at=at,
        )
        if settled(rng, at, now, days=2):
            app.resolve_complaint(
                who, cid, entry=entry, resolution=words.resolution, at=at + timedelta(days=2)
            )
    elif roll < 0.95:
        price = rng.randint(5, 20) * 10_000 if words is KOREAN else 99
        app.refer_elsewhere(who, cid, item=item, sent_to=words.sent_to, price=price, at=at)
    elif roll < 0.97:
        entry = app.schedule_followup(
            who,
            cid,
            due=(at + timedelta(days=3)).date(),
            reason=words.followup.format(item=item),
            at=at,
        )
        if settled(rng, at, now, days=3):
            app.complete_followup(
                who, cid, entry=entry, note=words.called_back, at=at + timedelta(days=3)
            )
    elif roll < 0.985:
        kind = rng.choice(["bereavement", "wedding", "new baby", "graduation", "moved"])
        app.note_life_event(who, cid, kind=kind, on=at.date(), note="", at=at)
    else:
        cost = 3_000 if words is KOREAN else 3
        app.send_gift(who, cid, what=words.gift, occasion=words.gift_occasion, cost=cost, at=at)


def _kindly(
    shop: Shop, words: DemoWords, rng: random.Random, cid: str, at: datetime, now: datetime
) -> None:
    """The customer's open acts, done (mostly) or dismissed a few days later; acts of
    the last days are still open, and a few are forgotten (the sweep lets them expire)."""
    for task in list_tasks(shop.db, "open", cid):
        when = at + timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 6))
        if when > now - timedelta(days=2):
            continue
        roll = rng.random()
        if roll > 0.9:
            continue  # forgotten: past its time, it expires
        owner = task["rule"] == "complaint-call"
        who = Actor(words.staff[0] if owner else rng.choice(words.staff), "front-desk")
        with use_clock(fixed(when)):
            if roll < 0.75:
                cost = standing(task["rule"]).usual_cost
                cost = cost if words is KOREAN else cost / 1000
                what = words.acts_done.get(task["rule"], words.gift)
                shop.app.complete_task(who, task["id"], what=what, cost=cost or None)
            else:
                shop.app.dismiss_task(who, task["id"], reason=words.act_dismissed)


def _signature_story(shop: Shop, words: DemoWords, now: datetime) -> None:
    """A regular who lost her mother three days ago, while a return of hers is overdue:
    flowers and a card (due the day after), and a kind note instead of a reminder."""
    app = shop.app
    who = Actor(words.staff[1], "front-desk")
    place = words.places[0]
    joined = now - timedelta(days=300)
    cid = app.register_customer(
        who,
        name=words.story_name,
        phone=words.phone(random.Random(5678)),
        address=words.address(random.Random(1), place),
        postal_code=place.postal_code,
        notes=words.notes.format(size=240),
        tags=[words.tags[-1]],
        at=joined,
    )
    for weeks in (40, 30, 22, 12, 6):
        at = now - timedelta(weeks=weeks)
        app.note_purchase(who, cid, item=words.items[weeks % len(words.items)], at=at)
    bought = now - timedelta(days=24)
    app.note_purchase(who, cid, item=words.story_item, at=bought)
    app.log_contact(who, cid, channel="walk-in", summary=words.story_visit, at=bought)
    entry = app.request_return(
        who, cid, item=words.story_item, due=(bought + timedelta(days=14)).date(), at=bought
    )
    noted = now - timedelta(days=3)
    app.log_contact(
        who, cid, channel="phone", summary=words.story_call, sentiment="negative", at=noted
    )
    app.note_life_event(
        who,
        cid,
        kind="bereavement",
        on=noted.date(),
        note=words.story_note,
        sensitive=True,
        at=noted,
    )
    # The daily sweep of the day after would have found the overdue return: that kind
    # note is due today (or overdue), beside the flowers.
    day_after = noted.date() + timedelta(days=1)
    suggestions = gentle_return_rule(
        str(cid),
        words.story_name,
        [OverdueReturn(entry, words.story_item, (bought + timedelta(days=14)).date())],
        [SensitiveEvent("bereavement", noted.date(), words.story_note)],
        day_after,
        app.rule_config(),
    )
    app.suggest_tasks(who, suggestions)
