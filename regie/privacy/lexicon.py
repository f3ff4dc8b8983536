"""The word lists shipped in `data/`: loaded once, looked up by membership.

Each list is returned as the keys of a dict of strings (`KeysView`: `in`, iteration and set
operations as with a frozenset). Such a dict is not tracked by the garbage collector, while a
frozenset is: a collection of the generation it sits in would walk all its 150,000 names (a
long pause in the first scans after loading, and at every full collection of a gateway
process)."""

from __future__ import annotations

import re
from collections.abc import Iterable, KeysView
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _lookup(words: Iterable[str]) -> KeysView[str]:
    return dict.fromkeys(words).keys()


def _words(name: str, *, per_line: bool = False) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    content = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if per_line:
        return frozenset(content)
    return frozenset(word for line in content for word in line.split())


@cache
def first_names() -> KeysView[str]:
    return _lookup(_words("first_names.txt"))


@cache
def surnames() -> KeysView[str]:
    return _lookup(_words("surnames.txt"))


@cache
def ambiguous_names() -> KeysView[str]:
    """Names that are also ordinary words or places: never a person on their own."""
    return _lookup(_words("ambiguous_names.txt"))


@cache
def casework_cities() -> KeysView[str]:
    """Dutch places and places abroad that casework names (`cities.txt`, hand-compiled): the
    places the generated corpus writes."""
    return _lookup(_words("cities.txt", per_line=True))


@cache
def cities() -> KeysView[str]:
    """Every place the scanner knows: `casework_cities`, and the places abroad and the Dutch
    villages written in two words or more (`world_places.txt` from GeoNames,
    `dutch_places.txt` from Faker; see data/NAMES.md), and `more_places.txt` (hand-compiled:
    the Caribbean Netherlands, and places the other lists lack)."""
    return _lookup(
        casework_cities()
        | _words("world_places.txt", per_line=True)
        | _words("dutch_places.txt", per_line=True)
        | _words("more_places.txt", per_line=True)
    )


@cache
def countries() -> KeysView[str]:
    return _lookup(_words("countries.txt", per_line=True))


@cache
def name_words() -> KeysView[str]:
    """Names from the large lists that are also ordinary Dutch or English words ('Kind',
    'Best', 'Roos'): a person only with context (a title, a salutation, a role label)."""
    return _lookup(_words("extra_name_words.txt") | ambiguous_names())


# A vowel, or a letter beyond ASCII: a derived-list entry without either ('Bdllh', 'Dhr') is
# a transliteration leftover or an abbreviation, not a name.
_PRONOUNCEABLE = re.compile(r"[aeiouyAEIOUY]|[^\x00-\x7f]")


@cache
def all_first_names() -> KeysView[str]:
    """The shipped first names plus the large derived list (see data/NAMES.md), without
    places, ordinary words and entries without a vowel."""
    extra = _words("extra_first_names.txt") - cities() - countries() - name_words()
    return _lookup(first_names() | set(filter(_PRONOUNCEABLE.search, extra)))


@cache
def common_first_names() -> KeysView[str]:
    """First names common enough to be a name on their own: the shipped ones and the most
    frequent in the Netherlands (`frequent_first_names.txt`, derived; see data/NAMES.md) that
    are no place or ordinary word. (The generated corpus writes the shipped ones alone.)"""
    return _lookup(first_names() | (_words("frequent_first_names.txt") & all_first_names()))


@cache
def all_surnames() -> KeysView[str]:
    """The shipped surname cores plus the large derived list, without ordinary words and
    countries."""
    return _lookup(surnames() | (_words("extra_surnames.txt") - countries() - name_words()))


@cache
def all_names() -> KeysView[str]:
    """Every listed first name and surname."""
    return _lookup(all_first_names() | all_surnames())


# Surnames known by their ending where no list is complete: Frisian (-stra, -sma, -inga,
# -enga: "Halbertsma", "Rienksma"), Javanese-Surinamese in the Dutch spelling of the colonial
# registers ("Kartoredjo", "Pawirodikromo", "Atmowirono"), Tamil, where a father's name
# serves as the surname ("Sivanesan", "Yogarajah", "Sivakumaran"), and Lithuanian and
# Latvian ("Jankauskienė", "Petraitytė", "Bērziņš"), and Twente and the Achterhoek ("Riekerink",
# "Wolterink", "Hulsink"). Dutch words with those endings are
# Latin or Greek loans ("plasma", "charisma", "orchestra").
SURNAME_ENDINGS = tuple(
    "stra sma inga enga redjo rejo kromo dirdjo wirjo wirono sentono widjojo hardjo atmodjo "
    "dimedjo prawiro pawiro semito rajah rajan nesan chandran lingam tharan ratnam singam "
    "nayagam eswaran kanthan kumaran auskas auskiene ienė aitė ytė evičius evicius avičius "
    "iņš iņa ink".split()
)
_NOT_SURNAME_ENDINGS = ("asma", "isma", "chestra")
# the last three letters of every ending: one set lookup turns nearly every word away
_ENDING_TAILS = frozenset(ending[-3:] for ending in SURNAME_ENDINGS)


def surname_by_form(word: str) -> bool:
    """Whether `word` (capitalised, not in capitals) has one of SURNAME_ENDINGS."""
    return (
        word[-3:] in _ENDING_TAILS
        and len(word) > 5
        and word.endswith(SURNAME_ENDINGS)
        and not word.endswith(_NOT_SURNAME_ENDINGS)
    )
