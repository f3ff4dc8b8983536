"""Fields of structured text pasted from systems: JSON members, XML elements and key=value
pairs (query strings, log lines, SQL conditions). The key says what the value holds, as a
header does for a table column (`tables`): a value in a name field is a person, a date in a
birth-date field a date of birth, whatever their wording ("<BG:geboortedatum>19640911<",
'"lastName": "Woldemichael"', "birthDate=1977-05-19", "achternaam = 'Bos-Zwart'")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from regie.privacy import lexicon
from regie.privacy.recognisers import tables
from regie.privacy.recognisers.person_context import INITIALS_ONLY, as_listed, plausible_name

# "key": "value" and "key": ["value"] (a list of given names)
JSON_MEMBER = re.compile(
    r'"(?P<key>[\w:.@-]{1,60})"[ \t]*:[ \t]*(?:\[[ \t]*)?"(?P<value>[^"\n]{1,100})"'
)
# <key attribute="…">value</ (a namespace prefix stays on the key until `field_key`)
XML_ELEMENT = re.compile(
    r"<(?P<key>[\w:.-]{1,60})(?:[ \t][^<>\n]{0,200})?>(?P<value>[^<>\n]{1,100})</"
)
# key=value, key="value", key = 'value': the key read back from the "=", the value on from it
KEY_BEFORE = re.compile(r"(?<![\w.:-])[A-Za-z_][\w.:-]{0,59}[ \t]*$")
VALUE_AFTER = re.compile(
    r"[ \t]*(?:'(?P<single>[^'\n]{1,100})'|\"(?P<double>[^\"\n]{1,100})\""
    r"|(?P<bare>[^\s&'\",;<>()=]{1,100}))"
)
CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# The parts of a name as FHIR's HumanName has them ("family": "Visser", "given": ["Maartje"]).
HUMAN_NAME_KEYS = frozenset({"family", "given"})
# Keys that hold a given name or a surname, never a name of something else: their value is a
# person whatever it is ("Woldemichael"); under "name" or "naam" (a product, a team, a
# file…) only a value with a listed name or initials is.
PERSONAL_NAME_WORDS = frozenset(
    """voornaam voornamen roepnaam achternaam geslachtsnaam surname surnames firstname
    firstnames forename forenames lastname first last given family foarnamme foarnammen
    achternamme efternamme""".split()
)


# A birth as an object of its own, as the BRP's Haal Centraal API returns it ('"geboorte":
# {"datum": {"type": "Datum", "datum": "1984-01-01", "langFormaat": "1 januari 1984"},
# "plaats": …}'): its date members are the birth date.
BIRTH_OBJECT = re.compile(r'"(?:geboorte|birth)"[ \t]*:[ \t]*\{', re.IGNORECASE)
DATE_KEYS = frozenset(["datum", "date", "lang_formaat", "value"])
# (an object longer than this is read no further)
BIRTH_OBJECT_REACH = 400
BRACE_DEPTH = {"{": 1, "}": -1}


class Fields:
    __slots__ = ("persons", "birth_dates")

    def __init__(self) -> None:
        self.persons: list[tuple[int, int]] = []
        self.birth_dates: list[tuple[int, int]] = []


def field_key(key: str) -> str:
    """The key as a column name: without a namespace or a path ("BG:geboortedatum",
    "inp.bsn"), its camelCase humps as words ("lastName", "DateOfBirth")."""
    return tables.column_name(CAMEL_HUMP.sub("_", re.split(r"[:.]", key)[-1]))


@lru_cache(maxsize=8)
def found(text: str) -> Fields:
    """The person and birth-date values of every field in `text` (cached: the person and the
    birth-date recogniser ask for the same text)."""
    result = Fields()
    births = _birth_objects(text) if "{" in text else []
    for key, start, end in _fields(text):
        column = field_key(key)
        value = text[start:end]
        if tables.is_birth_column(column) or (
            column in DATE_KEYS and any(first < start < last for first, last in births)
        ):
            length = tables.birth_date_length(value)
            if length:
                result.birth_dates.append((start, start + length))
        elif (column in HUMAN_NAME_KEYS or tables.is_name_column(column)) and _person(
            value, column
        ):
            result.persons.append((start, end))
    return result


def _birth_objects(text: str) -> list[tuple[int, int]]:
    """Where each birth object (BIRTH_OBJECT) starts and ends: its braces counted, up to
    BIRTH_OBJECT_REACH characters."""
    objects = []
    for match in BIRTH_OBJECT.finditer(text):
        depth = 0
        for position in range(match.end() - 1, min(len(text), match.end() + BIRTH_OBJECT_REACH)):
            depth += BRACE_DEPTH.get(text[position], 0)
            if depth == 0:
                objects.append((match.start(), position))
                break
    return objects


def _fields(text: str) -> Iterator[tuple[str, int, int]]:
    """(key, start, end) of each field's value, without surrounding spaces."""
    spans: list[tuple[str, int, int]] = []
    if '"' in text:
        spans.extend((m["key"], *m.span("value")) for m in JSON_MEMBER.finditer(text))
    if "</" in text:
        spans.extend((m["key"], *m.span("value")) for m in XML_ELEMENT.finditer(text))
    equals = text.find("=")
    while equals >= 0:
        key = KEY_BEFORE.search(text, max(0, equals - 61), equals)
        value = VALUE_AFTER.match(text, equals + 1) if key else None
        if value and text[equals + 1 : equals + 2] != "=":
            group = next(g for g in ("single", "double", "bare") if value[g] is not None)
            spans.append((key.group().rstrip(), *value.span(group)))
        equals = text.find("=", equals + 1)
    for key, start, end in spans:
        value = text[start:end]
        left = len(value) - len(value.lstrip())
        yield key, start + left, start + max(left, len(value.rstrip()))


def _person(value: str, column: str) -> bool:
    """Whether a name field's value is a person: a value a name column may hold
    (`tables.name_value`) and a plausible name; under a general key ("name") also with a
    listed name or initials."""
    if not tables.name_value(value):
        return False
    if not value.islower() and not plausible_name(value):
        return False
    if column in HUMAN_NAME_KEYS or PERSONAL_NAME_WORDS.intersection(column.split("_")):
        return True
    words = value.split()
    names = lexicon.all_names()
    # (in capitals as a register's log writes it: "NAAM=SAHIN, KADIR")
    return INITIALS_ONLY.fullmatch(words[0]) is not None or any(
        w in names or (w.isupper() and as_listed(w) in names) for w in words
    )
