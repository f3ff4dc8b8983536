"""A family tree in GEDCOM, the exchange format of genealogy programs and archives' family tree
portals (FamilySearch, GEDCOM 5.5.1 and 7.0), as it is pasted as text: each person's name and
birth date, where the format puts them.

    0 @I12@ INDI
    1 NAME Anna Catharina /Wieczorek/
    1 BIRT
    2 DATE 14 MAR 1962
    2 PLAC Heerlen

Every line is a level, perhaps a cross-reference, a tag and a value. A NAME (and its GIVN and
SURN parts) names a person in a record of one (INDI) or of the submitter (SUBM), not in that of
a repository or a source; the surname is written between slashes, and the span keeps them. The
DATE under a BIRT is the birth date when it gives the day, the month and the year ("14 MAR
1962"); an estimate ("ABT 1925") or a year alone is no date of birth."""

from __future__ import annotations

import re
from functools import lru_cache

from regie.privacy.recognisers.fields import Fields

LINE = re.compile(
    r"(?m)^[ \t]*(?P<level>\d{1,2}) (?:@[^@\n]{1,20}@ )?(?P<tag>[A-Z_][A-Z0-9_]{2,30})"
    r"(?: (?P<value>[^\n]*?))?[ \t]*\r?$"
)
# Records whose NAME is a person's.
PERSON_RECORDS = frozenset({"INDI", "SUBM"})
NAME_TAGS = frozenset({"NAME", "GIVN", "SURN"})
# A whole date as GEDCOM writes it: the day, the month's three letters, the year.
WHOLE_DATE = re.compile(
    r"(?:[1-9]|[12]\d|3[01]) (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d{4}"
)


def present(text: str) -> bool:
    """Whether `text` may hold a person record: a cheap test before `found`."""
    return "1 NAME " in text or "1 BIRT" in text


@lru_cache(maxsize=8)
def found(text: str) -> Fields:
    """The names and birth dates of every person record in `text`, as `fields.found` gives
    those of other structured text (cached: the person and the birth-date recogniser ask for
    the same text)."""
    tree = Fields()
    record = None  # the tag of the level-0 record the lines belong to
    birth_level = None  # the level of the BIRT whose lines are being read
    for line in LINE.finditer(text):
        level, tag = int(line.group("level")), line.group("tag")
        if birth_level is not None and level <= birth_level:
            birth_level = None
        if level == 0:
            record = tag
            continue
        value = line.group("value")
        if tag in NAME_TAGS and value and record in (None, *PERSON_RECORDS):
            if any(character.isalpha() for character in value):
                tree.persons.append(line.span("value"))
        elif tag == "BIRT" and record in (None, "INDI"):
            birth_level = level
        elif tag == "DATE" and birth_level is not None and level == birth_level + 1 and value:
            if WHOLE_DATE.fullmatch(value):
                tree.birth_dates.append(line.span("value"))
    return tree
