"""Random but deterministic values for the synthetic corpus: valid identifiers (which the
scanner must find) and invalid look-alikes (which it must not). Test support, not used at
run time."""

from __future__ import annotations

import random
import string

from regie.privacy import lexicon
from regie.privacy.checksums import elfproef, luhn

# Names the shipped lists do NOT contain: the corpus uses them for part of its people so
# the quality suite measures names the scanner has never seen.
UNSEEN_FIRST_NAMES = (
    "Wubbo",
    "Gerolf",
    "Hiske",
    "Tjitske",
    "Brechtje",
    "Maurice",
    "Jurre",
    "Floortje",
    "Ismaël",
    "Yvette",
    "Koert",
    "Wendelien",
)
UNSEEN_SURNAMES = (
    "Oldenkamp",
    "Brinkhorst",
    "Tjalsma",
    "Verduyn",
    "Hoefnagels",
    "Zwaneveld",
    "Kloppenburg",
    "Van Noort",
    "Ter Haar",
    "Ekelschot",
    "Lemstra",
    "Bogaerts",
    "Rozendaal",
    "Straatman",
    "Weggeman",
)
TUSSENVOEGSEL_SURNAMES = (
    "de Vries",
    "de Jong",
    "van Dijk",
    "van den Berg",
    "de Boer",
    "van der Meer",
    "de Groot",
    "van Leeuwen",
    "de Wit",
    "van der Linden",
    "de Graaf",
    "van der Heijden",
    "de Haan",
    "van Beek",
    "van Dam",
    "van der Wal",
    "de Bruijn",
    "ter Horst",
    "van 't Hof",
    "El Amrani",
    "van der Sluis",
    "de Lange",
    "van Wijk",
    "de Ruiter",
    "van Vliet",
)
BANKS = ("ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB")
AREA_CODES = (
    "010",
    "020",
    "030",
    "033",
    "035",
    "040",
    "043",
    "045",
    "050",
    "053",
    "055",
    "058",
    "070",
    "071",
    "072",
    "073",
    "076",
    "079",
    "0113",
    "0161",
    "0172",
    "0180",
    "0222",
    "0251",
    "0297",
    "0314",
    "0318",
    "0341",
    "0345",
    "0412",
    "0475",
    "0495",
    "0511",
    "0517",
    "0522",
    "0547",
    "0570",
    "0591",
    "085",
    "088",
)
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
DOCUMENT_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MAIL_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "xs4all.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "home.nl",
)


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def bsn(rng: random.Random, *, valid: bool = True) -> str:
    while True:
        candidate = str(rng.randint(1, 9)) + digits(rng, 8)
        if elfproef(candidate) == valid:
            return _group_bsn(rng, candidate)


def _group_bsn(rng: random.Random, number: str) -> str:
    style = rng.random()
    if style < 0.6:
        return number
    if style < 0.8:
        return f"{number[:4]}.{number[4:6]}.{number[6:]}"
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def iban(rng: random.Random, *, valid: bool = True) -> str:
    country = rng.choices(("NL", "BE", "DE"), weights=(8, 1, 1))[0]
    bban = {
        "NL": lambda: rng.choice(BANKS) + digits(rng, 10),
        "BE": lambda: digits(rng, 12),
        "DE": lambda: digits(rng, 18),
    }[country]()
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    if not valid:
        check = rng.choice([c for c in range(2, 99) if c != check])
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def card(rng: random.Random, *, valid: bool = True) -> str:
    prefix, length = rng.choice((("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15)))
    body = prefix + digits(rng, length - len(prefix) - 1)
    check = next(d for d in string.digits if luhn(body + d))
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    number = body + check
    separator = rng.choice((" ", "-", ""))
    if length == 15:
        return separator.join((number[:4], number[4:10], number[10:]))
    return separator.join(number[i : i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random) -> str:
    if rng.random() < 0.35:
        rest = "6" + digits(rng, 8)
        return rng.choice(
            (
                f"06-{rest[1:]}",
                f"06 {rest[1:]}",
                f"06 {rest[1:5]} {rest[5:]}",
                f"06 {rest[1:3]} {rest[3:5]} {rest[5:7]} {rest[7:]}",
                f"0{rest}",
                f"+31 6 {rest[1:]}",
                f"+31 (0)6 {rest[1:5]} {rest[5:]}",
                f"0031 6 {rest[1:]}",
                f"+31{rest}",
                f"(06) {rest[1:]}",
            )
        )
    if rng.random() < 0.05:
        return rng.choice(("0800-", "0800 ")) + digits(rng, 4)
    area = rng.choice(AREA_CODES)
    subscriber = str(rng.randint(2, 9)) + digits(rng, 9 - len(area))
    half = len(subscriber) // 2
    return rng.choice(
        (
            f"{area}-{subscriber}",
            f"{area} {subscriber}",
            f"{area} - {subscriber}",
            f"({area}) {subscriber}",
            f"{area}{subscriber}",
            f"{area} {subscriber[:half]} {subscriber[half:]}",
            f"+31 {area[1:]} {subscriber}",
            f"+31 (0){area[1:]} {subscriber}",
        )
    )


def postcode(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    return f"{rng.randint(1000, 9999)}{rng.choice((' ', ' ', ''))}{letters}"


def plate(rng: random.Random) -> str:
    def letters(count: int) -> str:
        return "".join(rng.choice(PLATE_LETTERS) for _ in range(count))

    groups = {
        "LLDDDD": (2, 2, 2),
        "DDLLLD": (2, 3, 1),
        "DLLLDD": (1, 3, 2),
        "LLDDDL": (2, 3, 1),
        "LDDDLL": (1, 3, 2),
        "LLLDDL": (3, 2, 1),
        "LDDLLL": (1, 2, 3),
        "DLLDDD": (1, 2, 3),
        "DDDLLD": (3, 2, 1),
        "DDLLDD": (2, 2, 2),
        "LLDDLL": (2, 2, 2),
    }
    shape = rng.choice(sorted(groups))
    chars = "".join(letters(1) if kind == "L" else str(rng.randint(0, 9)) for kind in shape)
    sizes = groups[shape]
    return "-".join(
        (chars[: sizes[0]], chars[sizes[0] : sizes[0] + sizes[1]], chars[sizes[0] + sizes[1] :])
    )


def document_number(rng: random.Random) -> str:
    middle = [rng.choice(DOCUMENT_LETTERS.replace("O", "")) for _ in range(3)]
    middle += [str(rng.randint(0, 9)) for _ in range(3)]
    rng.shuffle(middle)
    head = "".join(rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2))
    return head + "".join(middle) + str(rng.randint(0, 9))


def ipv4(rng: random.Random) -> str:
    return ".".join(
        str(part)
        for part in (
            rng.choice((10, 172, 192, 84, 145, 213)),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
    )


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    return f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}"


def date(rng: random.Random, *, birth: bool) -> str:
    year = rng.randint(1935, 2006) if birth else rng.randint(2019, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{day:02d}-{month:02d}-{year}",
            f"{day}-{month}-{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {MONTHS[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}",
        )
    )


def first_name(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(UNSEEN_FIRST_NAMES)
    names = sorted(lexicon.first_names() - lexicon.ambiguous_names())
    return rng.choice(names)


def surname(rng: random.Random) -> str:
    draw = rng.random()
    if draw < 0.15:
        return rng.choice(UNSEEN_SURNAMES)
    if draw < 0.45:
        return rng.choice(TUSSENVOEGSEL_SURNAMES)
    return rng.choice(sorted(lexicon.surnames() - lexicon.ambiguous_names()))


def email(rng: random.Random, first: str, last: str) -> str:
    clean = last.lower().replace(" ", "").replace("'", "")
    local = rng.choice(
        (
            f"{first.lower()}.{clean}",
            f"{first[0].lower()}.{clean}",
            f"{first.lower()}{rng.randint(60, 99)}",
            f"{clean}{first[0].lower()}",
        )
    )
    local = local.encode("ascii", "ignore").decode()
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"
