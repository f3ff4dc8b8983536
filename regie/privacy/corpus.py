"""A deterministic, labelled corpus of synthetic Dutch government texts for the quality
suite and `bench/privacy.py`: letters, Woo requests, objections, complaints, e-mails and
meeting notes, with valid identifiers (labelled), invalid look-alikes and hard negatives
(amounts, case and article numbers, invoice numbers, dates without birth context, street
names that are also surnames) that carry no label.

    documents = generate(count=540, seed=2024)   # same seed → same texts, same labels
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from regie.privacy import corpus_values as values
from regie.privacy import lexicon
from regie.privacy.corpus_templates import BODIES, CLOSINGS, HEADERS, PROSE
from regie.privacy.entities import Entity, EntityType

KINDS = ("letter", "woo_request", "objection", "complaint", "email", "meeting_notes")
Segment = tuple[str, str | None]


@dataclass
class Person:
    first: str
    last: str
    male: bool

    @property
    def initials(self) -> str:
        return self.first[0] + "."

    def formal(self, rng: random.Random) -> str:
        title = rng.choice(("de heer", "dhr.") if self.male else ("mevrouw", "mevr.", "mw."))
        academic = rng.choice(("", "", "", "drs. ", "mr. ", "ir. ", "dr. "))
        initials = self.initials + (rng.choice(("", "", "J.", "M.", "A.")))
        return f"{title} {academic}{initials} {self.last}"

    @property
    def addressed(self) -> str:
        """Surname as written without first name: the tussenvoegsel gets a capital."""
        return self.last[0].upper() + self.last[1:]

    def salutation(self) -> str:
        return f"{'heer' if self.male else 'mevrouw'} {self.addressed}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def known_surname(self) -> bool:
        core = self.last.split()[-1]
        return core in lexicon.surnames() and core not in lexicon.ambiguous_names()


@dataclass
class Document:
    kind: str
    text: str
    labels: list[Entity] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[Entity] = []
        self.length = 0

    def add(self, text: str, entity_type: str | None = None) -> None:
        if entity_type is not None:
            self.labels.append(Entity(entity_type, self.length, self.length + len(text), text))
        self.parts.append(text)
        self.length += len(text)

    def document(self, kind: str) -> Document:
        return Document(kind, "".join(self.parts), self.labels)


def _person(rng: random.Random) -> Person:
    return Person(values.first_name(rng), values.surname(rng), rng.random() < 0.5)


STREET_BASES = (
    "Kerk",
    "Molen",
    "School",
    "Dorps",
    "Wilhelmina",
    "Juliana",
    "Beatrix",
    "Oranje",
    "Prins Hendrik",
    "Van Gogh",
    "Rembrandt",
    "Thorbecke",
    "Vondel",
    "Burgemeester Visser",
    "Jan van Galen",
    "Professor Lorentz",
    "Linden",
    "Eiken",
    "Beuken",
    "Esdoorn",
    "Bakker",
    "Jansen",
    "De Ruyter",
    "Stations",
    "Hoofd",
    "Nieuwe Haven",
    "Spoor",
    "Zuider",
    "Parallel",
    "Tulpen",
    "Rozen",
)
STREET_SUFFIXES = (
    "straat",
    "straat",
    "straat",
    "laan",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "dreef",
    "hof",
    "park",
    "steeg",
    "markt",
)


def _street(rng: random.Random) -> str:
    base = rng.choice(STREET_BASES)
    name = base + rng.choice(STREET_SUFFIXES)
    return name if " " in base or base[0].isupper() else name.capitalize()


def _house_number(rng: random.Random) -> str:
    number = str(rng.randint(1, 350))
    return number + rng.choice(("", "", "", "a", "A", "-2", "-hs", " B", "-1"))


def _city(rng: random.Random) -> str:
    return rng.choice(
        sorted(c for c in lexicon.casework_cities() if not c.startswith(("Boo", "Dri")))
    )


# --- slots: each returns the segments it adds ------------------------------------------------
class _Context:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.citizen = _person(rng)
        self.official = _person(rng)
        self.colleague = _person(rng)
        self.street = _street(rng)


def _address_lines(ctx: _Context) -> list[Segment]:
    rng = ctx.rng
    return [
        (f"{ctx.street} {_house_number(rng)}", EntityType.ADDRESS),
        ("\n", None),
        (values.postcode(rng), EntityType.POSTCODE),
        ("  " if rng.random() < 0.2 else " ", None),
        (_city(rng), EntityType.ADDRESS),
    ]


def _address_inline(ctx: _Context) -> list[Segment]:
    rng = ctx.rng
    return [
        (f"{ctx.street} {_house_number(rng)}", EntityType.ADDRESS),
        (", ", None),
        (values.postcode(rng), EntityType.POSTCODE),
        (" ", None),
        (_city(rng), EntityType.ADDRESS),
    ]


def _org_address(ctx: _Context) -> list[Segment]:
    rng = ctx.rng
    return [
        (f"Postbus {rng.randint(1, 20000)}", EntityType.ADDRESS),
        ("\n", None),
        (values.postcode(rng), EntityType.POSTCODE),
        ("  ", None),
        (_city(rng), EntityType.ADDRESS),
    ]


def _dob(ctx: _Context) -> list[Segment]:
    rng = ctx.rng
    lead = rng.choice(
        (
            "geboren op ",
            "geb. ",
            "geboortedatum: ",
            "Geboortedatum ",
            f"geboren te {_city(rng).split()[0]} op ",
            "geboren ",
        )
    )
    return [(lead, None), (values.date(rng, birth=True), EntityType.DATE_OF_BIRTH)]


def _kvk(ctx: _Context) -> list[Segment]:
    lead = ctx.rng.choice(
        (
            "KvK-nummer ",
            "KvK: ",
            "ingeschreven bij de Kamer van Koophandel onder nummer ",
            "KVK-nummer: ",
        )
    )
    return [(lead, None), (values.digits(ctx.rng, 8), EntityType.KVK)]


def _document(ctx: _Context) -> list[Segment]:
    rng = ctx.rng
    if rng.random() < 0.25:
        return [("rijbewijsnummer ", None), ("5" + values.digits(rng, 9), EntityType.ID_DOCUMENT)]
    lead = rng.choice(
        ("paspoortnummer ", "nummer identiteitskaart ", "documentnummer ", "ID-kaart ")
    )
    return [(lead, None), (values.document_number(rng), EntityType.ID_DOCUMENT)]


def _marking(ctx: _Context) -> list[Segment]:
    rng = ctx.rng
    if rng.random() < 0.25:
        return [
            ("Rubricering: ", None),
            (rng.choice(("Vertrouwelijk", "Confidentieel")), EntityType.CONFIDENTIAL),
        ]
    return [
        (
            rng.choice(
                (
                    "Departementaal Vertrouwelijk",
                    "Stg. Confidentieel",
                    "Stg. Geheim",
                    "Staatsgeheim Zeer Geheim",
                    "TLP:RED",
                    "TLP:AMBER",
                    "DEPARTEMENTAAL VERTROUWELIJK",
                    "VERTROUWELIJK",
                    "Stg. Zeer Geheim",
                )
            ),
            EntityType.CONFIDENTIAL,
        )
    ]


def _negative(ctx: _Context) -> list[Segment]:
    """One hard negative: looks like personal data, is not."""
    rng = ctx.rng
    year = rng.randint(2019, 2025)
    nine = values.bsn(rng).replace(" ", "").replace(".", "")
    # Values drawn in a fixed order (the corpus must stay the same for the same seed).
    amount = f"{rng.randint(1, 99)}.{rng.randint(100, 999)},{rng.randint(10, 99)}"
    paid = values.date(rng, birth=False)
    case = rng.randint(1, 999999)
    civil, general = (
        rng.choice(("6:162", "7:658", "3:40", "6:74")),
        rng.choice(("5.1", "4:8", "7:1", "8:72", "3:2")),
    )
    woo = f"{rng.randint(2, 9)}.{rng.randint(1, 9)}"
    invoice, invoiced = rng.randint(1, 99999), values.date(rng, birth=False)
    reference = rng.randint(100000, 999999)
    street = rng.choice(("Thorbecke", "Rembrandt", "Jansen", "Bakker", "Visser"))
    street += rng.choice(("straat", "laan", "plein"))
    meeting, hour = values.date(rng, birth=False), rng.randint(9, 16)
    budget, phase = rng.randint(10, 900), rng.randint(2, 9)
    annex, decided = rng.randint(1, 9), values.date(rng, birth=False)
    road, pole = rng.randint(1, 50), f"{rng.randint(10, 99)},{rng.randint(1, 9)}"
    sentence = rng.choice(
        (
            f"Het bedrag van € {amount} is op {paid} overgemaakt.",
            f"Wij verwijzen naar zaaknummer Z-{year}-{case:06d}.",
            f"Zie artikel {civil} BW en art. {general} Awb.",
            f"Op grond van artikel {woo} van de Woo.",
            f"Factuurnummer {year}-{invoice:05d} van {invoiced} blijft openstaan.",
            f"Uw factuurnummer {nine} is bij ons bekend.",
            f"Kenmerk: {year}/{reference}.",
            f"De {street} wordt in {year} heringericht.",
            f"De vergadering is op {meeting} om {hour}:30 uur.",
            f"Het college trekt EUR {budget}.000 uit voor de {phase}e fase.",
            "Wij gaan vertrouwelijk om met uw gegevens en delen die niet met derden.",
            f"Bijlage {annex}: besluit van {decided}.",
            "De melding is gelabeld als TLP:GREEN en mag breed gedeeld worden.",
            f"Het ongeval gebeurde op de Rijksweg A{road} bij hectometerpaal {pole}.",
        )
    )
    return [(sentence, None)]


def _invalid(ctx: _Context) -> list[Segment]:
    """An identifier with a wrong check digit: must not be found."""
    rng = ctx.rng
    return rng.choice(
        (
            [
                ("Het opgegeven BSN ", None),
                (values.bsn(rng, valid=False), None),
                (" is onjuist.", None),
            ],
            [
                ("Het rekeningnummer ", None),
                (values.iban(rng, valid=False), None),
                (" bestaat niet.", None),
            ],
            [
                ("Kaartnummer ", None),
                (values.card(rng, valid=False), None),
                (" werd geweigerd.", None),
            ],
        )
    )


def _slot(pattern: str) -> Callable[[_Context], list[Segment]]:
    """A slot whose value comes from a `values` function and has one label."""
    makers: dict[str, tuple[Callable[[random.Random], str], str]] = {
        "bsn": (values.bsn, EntityType.BSN),
        "iban": (values.iban, EntityType.IBAN),
        "card": (values.card, EntityType.CREDIT_CARD),
        "phone": (values.phone, EntityType.PHONE),
        "plate": (values.plate, EntityType.LICENSE_PLATE),
        "ipv4": (values.ipv4, EntityType.IP_ADDRESS),
        "ipv6": (values.ipv6, EntityType.IP_ADDRESS),
        "postcode": (values.postcode, EntityType.POSTCODE),
    }
    maker, entity_type = makers[pattern]
    return lambda ctx: [(maker(ctx.rng), entity_type)]


def _people(role: str, form: str) -> Callable[[_Context], list[Segment]]:
    def slot(ctx: _Context) -> list[Segment]:
        person: Person = getattr(ctx, role)
        if form == "formal":
            return [(person.formal(ctx.rng), EntityType.PERSON)]
        if form == "salutation":
            return [(person.salutation(), EntityType.PERSON)]
        if form == "first":
            return [(person.first, EntityType.PERSON)]
        if form == "surname" and person.known_surname and ctx.rng.random() < 0.7:
            return [(person.addressed, EntityType.PERSON)]
        if form == "email":
            return [(values.email(ctx.rng, person.first, person.last), EntityType.EMAIL)]
        return [(person.full, EntityType.PERSON)]

    return slot


SLOTS: dict[str, Callable[[_Context], list[Segment]]] = {
    **{
        name: _slot(name)
        for name in ("bsn", "iban", "card", "phone", "plate", "ipv4", "ipv6", "postcode")
    },
    **{
        f"{role}_{form}": _people(role, form)
        for role in ("citizen", "official", "colleague")
        for form in ("formal", "salutation", "first", "surname", "email", "full")
    },
    "address": _address_lines,
    "org_address": _org_address,
    "address_inline": _address_inline,
    "dob": _dob,
    "kvk": _kvk,
    "document": _document,
    "marking": _marking,
    "negative": _negative,
    "invalid": _invalid,
    "city": lambda ctx: [(_city(ctx.rng), None)],
    "date": lambda ctx: [(values.date(ctx.rng, birth=False), None)],
}

SLOT = re.compile(r"\{(\w+)\}")


def _render(template: str, ctx: _Context, builder: _Builder) -> None:
    position = 0
    for match in SLOT.finditer(template):
        builder.add(template[position : match.start()])
        for text, entity_type in SLOTS[match.group(1)](ctx):
            builder.add(text, entity_type)
        position = match.end()
    builder.add(template[position:])


def generate(count: int = 540, seed: int = 2024) -> list[Document]:
    """`count` documents, spread evenly over the six kinds; deterministic per seed."""
    rng = random.Random(seed)
    documents = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        ctx = _Context(rng)
        builder = _Builder()
        _render(rng.choice(HEADERS[kind]), ctx, builder)
        bodies = BODIES[kind] + BODIES["shared"]
        chosen = rng.sample(bodies, k=rng.randint(3, 5)) + rng.sample(PROSE, k=rng.randint(1, 2))
        rng.shuffle(chosen)
        for template in chosen:
            _render(template, ctx, builder)
        _render(rng.choice(CLOSINGS[kind]), ctx, builder)
        documents.append(builder.document(kind))
    return documents
