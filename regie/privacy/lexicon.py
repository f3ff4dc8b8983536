"""The word lists shipped in `data/`: loaded once, looked up by set membership."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _words(name: str, *, per_line: bool = False) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    content = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if per_line:
        return frozenset(content)
    return frozenset(word for line in content for word in line.split())


@cache
def first_names() -> frozenset[str]:
    return _words("first_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _words("surnames.txt")


@cache
def ambiguous_names() -> frozenset[str]:
    """Names that are also ordinary words or places: never a person on their own."""
    return _words("ambiguous_names.txt")


@cache
def cities() -> frozenset[str]:
    return _words("cities.txt", per_line=True)


@cache
def name_words() -> frozenset[str]:
    """Names from the large lists that are also ordinary Dutch or English words ('Kind',
    'Best', 'Roos'): a person only with context (a title, a salutation, a role label)."""
    return _words("extra_name_words.txt") | ambiguous_names()


@cache
def all_first_names() -> frozenset[str]:
    """The shipped first names plus the large derived list (see data/NAMES.md), without
    places and without ordinary words."""
    return first_names() | (_words("extra_first_names.txt") - cities() - name_words())


@cache
def all_surnames() -> frozenset[str]:
    """The shipped surname cores plus the large derived list, without ordinary words."""
    return surnames() | (_words("extra_surnames.txt") - name_words())


@cache
def all_names() -> frozenset[str]:
    """Every listed first name and surname."""
    return all_first_names() | all_surnames()
