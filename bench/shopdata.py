"""Names, addresses and words for the benchmark's ten-year shop (a shoe shop in Seoul).

Korean names are drawn with the real frequency of family names and from common
given-name syllables, so a big shop has thousands of distinct names and many
namesakes (as a real one does). Addresses are road-name addresses over sixty
neighbourhoods with their own postal codes; English-speaking customers live in
Seoul (romanised addresses) or abroad (British and American addresses).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Family names with their rough share of the population (%).
FAMILY = {
    "김": 21.5, "이": 14.7, "박": 8.4, "최": 4.7, "정": 4.3, "강": 2.4, "조": 2.1, "윤": 2.1,
    "장": 2.0, "임": 1.7, "한": 1.5, "오": 1.5, "서": 1.5, "신": 1.4, "권": 1.4, "황": 1.4,
    "안": 1.3, "송": 1.3, "전": 1.1, "홍": 1.1, "유": 1.0, "고": 0.9, "문": 0.9, "양": 0.9,
    "손": 0.9, "배": 0.8, "백": 0.8, "허": 0.7, "남": 0.5, "심": 0.5, "노": 0.4, "하": 0.4,
    "곽": 0.4, "성": 0.4, "차": 0.4, "주": 0.4, "우": 0.4, "구": 0.4, "민": 0.3, "진": 0.3,
    "나": 0.3, "엄": 0.2, "채": 0.2, "원": 0.2, "천": 0.2, "방": 0.2, "공": 0.2, "현": 0.2,
}  # fmt: skip
GIVEN_FIRST = [
    "민",
    "서",
    "지",
    "도",
    "하",
    "예",
    "수",
    "현",
    "은",
    "영",
    "준",
    "유",
    "채",
    "윤",
    "시",
    "주",
    "태",
    "성",
    "동",
    "재",
    "정",
    "경",
    "혜",
    "미",
    "승",
    "상",
    "진",
    "소",
    "다",
    "나",
    "우",
    "건",
    "연",
    "가",
    "보",
    "세",
    "아",
    "한",
    "선",
    "희",
]
GIVEN_SECOND = [
    "수",
    "연",
    "은",
    "윤",
    "준",
    "빈",
    "린",
    "우",
    "호",
    "정",
    "희",
    "아",
    "원",
    "민",
    "서",
    "진",
    "현",
    "영",
    "훈",
    "석",
    "경",
    "숙",
    "자",
    "옥",
    "철",
    "식",
    "율",
    "결",
    "찬",
    "혁",
    "나",
    "인",
    "주",
    "하",
    "솔",
]

ENGLISH_FIRST = [
    "Anna",
    "Ben",
    "Chloe",
    "David",
    "Emma",
    "Felix",
    "Grace",
    "Hugo",
    "Iris",
    "Jack",
    "Kate",
    "Liam",
    "Mia",
    "Noah",
    "Olivia",
    "Paul",
    "Quinn",
    "Ruby",
    "Sam",
    "Tara",
    "Uma",
    "Victor",
    "Wendy",
    "Xavier",
    "Yara",
    "Zoe",
    "Alice",
    "Oscar",
    "Harry",
    "Sophie",
    "Lucy",
    "James",
    "Emily",
    "Thomas",
    "Hannah",
    "Daniel",
    "Charlotte",
    "Matthew",
    "Isabel",
    "Samuel",
    "Eleanor",
    "Joseph",
    "Amelia",
    "Henry",
    "Freya",
    "George",
    "Alfie",
    "Poppy",
    "Jacob",
    "Evie",
    "Ethan",
    "Ava",
    "Leo",
    "Isla",
    "Max",
    "Florence",
    "Theo",
    "Rosie",
    "Adam",
    "Holly",
    "Lewis",
    "Megan",
    "Ryan",
    "Laura",
    "Nathan",
    "Rachel",
    "Patrick",
    "Sarah",
    "Simon",
    "Helen",
    "Martin",
    "Claire",
]
ENGLISH_LAST = [
    "Berg",
    "Carter",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Hughes",
    "Ito",
    "Jones",
    "King",
    "Lopez",
    "Moore",
    "Nguyen",
    "O'Brien",
    "Patel",
    "Quinn",
    "Russo",
    "Smith",
    "Taylor",
    "Usman",
    "Vega",
    "Walsh",
    "Young",
    "Zhang",
    "Brown",
    "Wilson",
    "Thompson",
    "White",
    "Harris",
    "Martin",
    "Clarke",
    "Wright",
    "Walker",
    "Robinson",
    "Wood",
    "Thomas",
    "Hall",
    "Green",
    "Lewis",
    "Baker",
    "Turner",
    "Hill",
    "Cooper",
    "Ward",
    "Morris",
    "Morgan",
    "Bell",
    "Murphy",
    "Bailey",
    "Kelly",
    "Cook",
    "Price",
    "Bennett",
    "Gray",
    "Fox",
    "Reid",
    "Mills",
    "Knight",
    "Hunt",
    "Stone",
    "Palmer",
    "Lloyd",
    "Webb",
    "Ross",
    "Shaw",
    "Fraser",
    "Holmes",
    "Ellis",
    "Grant",
    "Barker",
    "Mason",
    "Rose",
    "Dixon",
    "Hart",
    "Rowe",
    "Fleming",
    "MacDonald",
]


def korean_name(rng: random.Random) -> str:
    family = rng.choices(list(FAMILY), weights=list(FAMILY.values()))[0]
    return family + rng.choice(GIVEN_FIRST) + rng.choice(GIVEN_SECOND)


def english_name(rng: random.Random) -> str:
    return f"{rng.choice(ENGLISH_FIRST)} {rng.choice(ENGLISH_LAST)}"


@dataclass(frozen=True)
class Neighbourhood:
    city: str
    district: str
    roads: tuple[str, ...]
    postal: tuple[str, ...]
    roman: str  # the district in English, for romanised addresses


def _hood(city: str, district: str, roads: str, first_postal: int, roman: str) -> Neighbourhood:
    codes = tuple(f"{first_postal + i * 7:05d}" for i in range(4))
    return Neighbourhood(city, district, tuple(roads.split()), codes, roman)


SEOUL = "서울특별시"
# The shop is in Mapo; most customers live in Seoul, some across the country.
NEIGHBOURHOODS = (
    _hood(SEOUL, "마포구", "월드컵북로 성미산로 동교로 와우산로 양화로", 3900, "Mapo-gu, Seoul"),
    _hood(SEOUL, "마포구", "독막로 신촌로 마포대로 백범로", 4100, "Mapo-gu, Seoul"),
    _hood(SEOUL, "서대문구", "연희로 증가로 명지대길 통일로", 3700, "Seodaemun-gu, Seoul"),
    _hood(SEOUL, "은평구", "진관2로 연서로 은평로", 3300, "Eunpyeong-gu, Seoul"),
    _hood(SEOUL, "종로구", "자하문로 삼청로 율곡로 대학로", 3000, "Jongno-gu, Seoul"),
    _hood(SEOUL, "중구", "퇴계로 을지로 다산로", 4500, "Jung-gu, Seoul"),
    _hood(SEOUL, "용산구", "이태원로 한강대로 후암로 녹사평대로", 4300, "Yongsan-gu, Seoul"),
    _hood(SEOUL, "성동구", "왕십리로 성수이로 뚝섬로 아차산로", 4700, "Seongdong-gu, Seoul"),
    _hood(SEOUL, "광진구", "능동로 자양로 광나루로", 4900, "Gwangjin-gu, Seoul"),
    _hood(SEOUL, "강남구", "테헤란로 도산대로 압구정로 선릉로 논현로", 6000, "Gangnam-gu, Seoul"),
    _hood(SEOUL, "서초구", "서초대로 반포대로 방배로 강남대로", 6500, "Seocho-gu, Seoul"),
    _hood(SEOUL, "송파구", "올림픽로 백제고분로 송파대로 오금로", 5500, "Songpa-gu, Seoul"),
    _hood(SEOUL, "강동구", "천호대로 양재대로 고덕로", 5200, "Gangdong-gu, Seoul"),
    _hood(SEOUL, "관악구", "관악로 남부순환로 봉천로 신림로", 8700, "Gwanak-gu, Seoul"),
    _hood(SEOUL, "동작구", "상도로 노량진로 사당로", 6900, "Dongjak-gu, Seoul"),
    _hood(SEOUL, "영등포구", "여의대로 국제금융로 당산로 영등포로", 7300, "Yeongdeungpo-gu, Seoul"),
    _hood(SEOUL, "양천구", "목동로 오목로 신정로", 7900, "Yangcheon-gu, Seoul"),
    _hood(SEOUL, "강서구", "공항대로 화곡로 강서로 마곡중앙로", 7600, "Gangseo-gu, Seoul"),
    _hood(SEOUL, "구로구", "디지털로 구로중앙로 경인로", 8200, "Guro-gu, Seoul"),
    _hood(SEOUL, "노원구", "동일로 노원로 한글비석로", 1600, "Nowon-gu, Seoul"),
    _hood(SEOUL, "성북구", "보문로 성북로 동소문로 정릉로", 2800, "Seongbuk-gu, Seoul"),
    _hood(SEOUL, "동대문구", "왕산로 천호대로 회기로", 2500, "Dongdaemun-gu, Seoul"),
    _hood(SEOUL, "중랑구", "망우로 면목로 용마산로", 2000, "Jungnang-gu, Seoul"),
    _hood(SEOUL, "도봉구", "도봉로 방학로 해등로", 1300, "Dobong-gu, Seoul"),
    _hood(SEOUL, "강북구", "삼양로 도봉로 솔매로", 1000, "Gangbuk-gu, Seoul"),
    _hood("경기도", "고양시 일산동구", "중앙로 정발산로 장항로", 10400, "Goyang, Gyeonggi"),
    _hood("경기도", "고양시 덕양구", "화중로 고양대로 충장로", 10500, "Goyang, Gyeonggi"),
    _hood("경기도", "파주시", "운정로 경의로 문발로", 10800, "Paju, Gyeonggi"),
    _hood("경기도", "김포시", "김포한강로 사우중로 풍무로", 10000, "Gimpo, Gyeonggi"),
    _hood("경기도", "성남시 분당구", "판교역로 정자일로 황새울로 불정로", 13400, "Seongnam"),
    _hood("경기도", "수원시 영통구", "광교로 봉영로 매탄로", 16500, "Suwon, Gyeonggi"),
    _hood("경기도", "용인시 수지구", "풍덕천로 수지로 신봉2로", 16800, "Yongin, Gyeonggi"),
    _hood("경기도", "부천시", "길주로 부일로 소사로", 14500, "Bucheon, Gyeonggi"),
    _hood("경기도", "안양시 동안구", "시민대로 평촌대로 관악대로", 14000, "Anyang, Gyeonggi"),
    _hood("경기도", "남양주시", "경춘로 다산중앙로 진접로", 12200, "Namyangju, Gyeonggi"),
    _hood("인천광역시", "연수구", "컨벤시아대로 송도과학로 청능대로", 21900, "Incheon"),
    _hood("인천광역시", "부평구", "부평대로 경원대로 주부토로", 21300, "Incheon"),
    _hood("부산광역시", "해운대구", "해운대로 달맞이길 센텀중앙로", 48000, "Busan"),
    _hood("부산광역시", "수영구", "광안해변로 수영로 남천동로", 48200, "Busan"),
    _hood("대구광역시", "수성구", "달구벌대로 동대구로 수성로", 42000, "Daegu"),
    _hood("대전광역시", "유성구", "대학로 유성대로 한밭대로", 34100, "Daejeon"),
    _hood("광주광역시", "동구", "금남로 제봉로 필문대로", 61400, "Gwangju"),
    _hood("강원특별자치도", "춘천시", "중앙로 공지로 후석로", 24200, "Chuncheon"),
    _hood("제주특별자치도", "제주시", "연동로 노형로 중앙로", 63100, "Jeju"),
)
#: How often customers come from each neighbourhood (the shop is in Mapo).
HOOD_WEIGHTS = [
    14 if n.district == "마포구" else 6 if n.city == SEOUL else 2 for n in NEIGHBOURHOODS
]

ABROAD = (
    ("Acacia Road", "London", "N3 2XY"),
    ("Church Street", "Brighton", "BN1 3FE"),
    ("Whiteladies Road", "Bristol", "BS8 1TH"),
    ("Headingley Lane", "Leeds", "LS6 2AB"),
    ("Wilmslow Road", "Manchester", "M20 2RN"),
    ("Woodstock Road", "Oxford", "OX2 6HJ"),
    ("Morningside Road", "Edinburgh", "EH10 4DA"),
    ("Maple Avenue", "Portland, OR", "97205"),
    ("Elm Street", "Cambridge, MA", "02139"),
    ("Pine Street", "Seattle, WA", "98101"),
    ("Oak Lane", "Austin, TX", "78704"),
    ("Spring Street", "Los Angeles, CA", "90012"),
)


def korean_address(rng: random.Random) -> tuple[str, str, Neighbourhood]:
    """A road-name address in one of the neighbourhoods, and its postal code."""
    hood = rng.choices(NEIGHBOURHOODS, weights=HOOD_WEIGHTS)[0]
    road = rng.choice(hood.roads)
    if rng.random() < 0.4:
        road += f"{rng.randint(1, 30)}길"
    number = rng.randint(1, 300)
    address = f"{hood.city} {hood.district} {road} {number}"
    if rng.random() < 0.6:  # most people live in flats
        address += f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 8):02d}호"
    return address, rng.choice(hood.postal), hood


def romanised_address(rng: random.Random) -> tuple[str, str]:
    """An English-speaking customer living in Korea."""
    hood = rng.choices(NEIGHBOURHOODS, weights=HOOD_WEIGHTS)[0]
    flat = f"Apt {rng.randint(1, 25)}{rng.randint(1, 8):02d}, " if rng.random() < 0.6 else ""
    road = f"{rng.randint(1, 300)} {rng.choice(['Worldcup-ro', 'Yeonhui-ro', 'Dongmak-ro'])}"
    return f"{flat}{road}, {hood.roman}", rng.choice(hood.postal)


def abroad_address(rng: random.Random) -> tuple[str, str]:
    street, town, postcode = rng.choice(ABROAD)
    return f"{rng.randint(1, 220)} {street}, {town} {postcode}", postcode


def korean_phone(rng: random.Random) -> str:
    if rng.random() < 0.92:
        return f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"
    return f"02-{rng.randint(300, 999)}-{rng.randint(0, 9999):04d}"


def foreign_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return f"+1 {rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"


ITEMS_KO = [
    "운동화",
    "러닝화",
    "등산화",
    "구두",
    "로퍼",
    "샌들",
    "슬리퍼",
    "장화",
    "어린이 운동화",
    "깔창",
    "양말 세트",
    "구두약",
    "워커",
    "발레 플랫",
]
ITEMS_EN = [
    "running shoes",
    "trail runners",
    "hiking boots",
    "loafers",
    "Chelsea boots",
    "sandals",
    "rain boots",
    "insoles",
    "wool socks",
    "school shoes",
    "brogues",
    "trainers",
]
SUMMARIES_KO = [
    "{item} 사이즈 문의 (250 / 255)",
    "{item} 신어 보러 방문",
    "{item} 재입고 언제 되는지 물어보심",
    "{item} 굽 수선 가능한지 문의",
    "지난번 산 {item} 너무 편하다고 인사 오심",
    "딸 졸업 선물로 {item} 상담",
    "{item} 색상 교환 문의, 검정에서 네이비로",
    "{item} 세탁 방법 물어보심",
    "등산 동호회 단체 주문 가능한지 전화",
    "발볼이 넓어서 {item} 추천 부탁",
]
SUMMARIES_EN = [
    "Asked whether the {item} run small",
    "Came in to try the {item}",
    "Wanted to know when the {item} are back",
    "Asked about resoling their {item}",
    "Chatted about a trip to Jeju; recommended the {item}",
    "Called to say thank you for the {item}",
    "Needs {item} for a wedding next month",
    "Asked for wide-fit {item}",
]
TOPICS = ["sizing", "delivery time", "repair", "gift advice", "stock", "price", "care tips", "fit"]
TOUCHPOINTS = ["site", "ordering", "order form", "delivery", "product", "support"]
COMPLAINTS = {
    "delivery": ["택배가 사흘 늦게 왔어요", "The parcel came three days late", "상자가 찌그러져서 왔어요"],
    "product": ["밑창이 두 달 만에 떨어졌어요", "The sole came loose after a month", "The stitching split"],
    "sizing": ["사이트에 나온 치수와 달라요", "Half a size smaller than the chart says"],
    "service": ["전화를 아무도 안 받았어요", "Waited twenty minutes at the counter"],
}  # fmt: skip
PRAISE = [
    "직원분이 정말 친절했어요",
    "The fitting was so patient and careful",
    "수선이 새것처럼 됐어요",
    "Best boots I have owned",
]
CRITICISM = ["매장이 너무 붐벼요", "The website is hard to use on a phone", "가격이 좀 올랐네요"]
LIFE_NOTES = {
    "bereavement": ["어머님이 돌아가셨다고 하심", "Her father passed away last week", ""],
    "wedding": ["다음 달 결혼", "Getting married in May", ""],
    "new baby": ["첫째 딸 출산", "A baby boy, Leo", ""],
    "graduation": ["아들 대학 졸업", "Finished her nursing degree", ""],
    "moved": ["분당으로 이사", "Moved to Busan for work", ""],
    "illness": ["무릎 수술 후 회복 중", "Recovering from a hip operation", ""],
    "anniversary": ["결혼 20주년", "Silver wedding anniversary", ""],
    "birthday": ["", "Turning 60"],
    "other": ["마라톤 완주", "Ran her first marathon"],
}  # fmt: skip
LIFE_WEIGHTS = {
    "bereavement": 8,
    "wedding": 10,
    "new baby": 9,
    "graduation": 10,
    "moved": 14,
    "illness": 8,
    "anniversary": 8,
    "birthday": 18,
    "other": 15,
}
ELSEWHERE = [
    "신발나라 합정점",
    "Shoe Palace, Main St.",
    "홍대 수제화 공방",
    "the outdoor shop in 연남동",
]
GIFTS = [
    ("손편지와 양말", "단골 감사"),
    ("thank-you card", "loyal customer"),
    ("구두약 세트", "수선 지연 사과"),
    ("a box of chocolates", "apology for the wait"),
]
STAFF_ERAS = (
    (0.0, ("사장님", "지은")),
    (0.25, ("사장님", "지은", "Tom")),
    (0.5, ("사장님", "지은", "민호", "Tom")),
    (0.75, ("사장님", "민호", "Sara", "하린")),
)
