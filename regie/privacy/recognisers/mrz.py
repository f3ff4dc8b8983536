"""The machine-readable zone of a passport or an identity card (ICAO Doc 9303), as the copy of
one reads when it is pasted as text: the holder's name and birth date, where the zone's layout
puts them.

    TD1, an identity card, three lines of 30:   I<NLDIZR8L49K13400376143<<<<<<
                                                8503079M3101121NLD<<<<<<<<<<<4
                                                EL<KHATTABI<<NOUREDDINE<<<<<<<
    TD3, a passport, two lines of 44 (TD2, of 36, has the same positions):
                                                P<NLDDE<VRIES<<JAN<PIETER<<<<<<<<<<<<<<<<<<<
                                                XN01BC2D16NLD8001014M3001019123456782<<<<<00

The name is the surname, "<<" and the given names, each "<" a space ("EL<KHATTABI<<NOUREDDINE");
the birth date is YYMMDD with its check digit after it (weights 7, 3, 1). Lines are read by their
characters, not by their length: a scan's text may have lost a few of the filler "<"."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from regie.privacy.recognisers.fields import Fields

# A line of the zone: capitals, digits and fillers only, with at least one filler.
ZONE_LINE = re.compile(r"(?m)^[ \t]*(?=[A-Z0-9<]*<)([A-Z0-9<]{25,46})[ \t]*$")
# The name field: the surname's parts, "<<", the given names' parts (a single name has no "<<").
NAME = re.compile(r"[A-Z]+(?:<[A-Z]+)*(?:<<[A-Z]+(?:<[A-Z]+)*)?")
# The first line of a TD3 or TD2 zone: the document's kind and the issuing state before the name.
DOCUMENT_AND_STATE = re.compile(r"[PIACV][A-Z<][A-Z<]{3}")
WEIGHTS = (7, 3, 1)


def check_digit(field: str) -> int:
    """ICAO's check digit: each character's value (digits as such, A=10 … Z=35, "<"=0) times
    7, 3, 1 in turn, summed, modulo 10."""
    total = 0
    for index, character in enumerate(field):
        if character.isdigit():
            value = int(character)
        elif character == "<":
            value = 0
        else:
            value = ord(character) - ord("A") + 10
        total += value * WEIGHTS[index % 3]
    return total % 10


@lru_cache(maxsize=8)
def found(text: str) -> Fields:
    """The names and birth dates of every zone in `text`, as `fields.found` gives those of
    other structured text (cached: the person and the birth-date recogniser ask for the same
    text)."""
    zone = Fields()
    lines = [match.span(1) for match in ZONE_LINE.finditer(text)]
    index = 0
    while index + 1 < len(lines):
        first, second = lines[index], lines[index + 1]
        if text.count("\n", first[1], second[0]) != 1:
            index += 1
            continue
        third = lines[index + 2] if index + 2 < len(lines) else None
        if third is not None and text.count("\n", second[1], third[0]) == 1:
            # TD1: the birth date opens the second line, the name fills the third
            if _birth_date(text, second[0], zone):
                _name(text, third[0], third[1], zone)
                index += 3
                continue
        document = DOCUMENT_AND_STATE.match(text, first[0])
        # TD3 and TD2: the name after the kind and state, the birth date after the
        # document's number, its check digit and the holder's nationality
        if document is not None and _birth_date(text, second[0] + 13, zone):
            _name(text, document.end(), first[1], zone)
            index += 2
            continue
        index += 1
    return zone


def _birth_date(text: str, start: int, zone: Fields) -> bool:
    """Whether YYMMDD and its check digit stand at `start`, as a date; noted if so."""
    digits = text[start : start + 7]
    if len(digits) < 7 or not digits.isdigit() or check_digit(digits[:6]) != int(digits[6]):
        return False
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    try:
        datetime.date(2000 + year, month, day)
    except ValueError:
        return False
    zone.birth_dates.append((start, start + 6))
    return True


def _name(text: str, start: int, end: int, zone: Fields) -> None:
    name = NAME.match(text, start, end)
    if name is not None and len(name.group()) > 1:
        zone.persons.append(name.span())
