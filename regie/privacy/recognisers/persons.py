"""Person names: titles, initials, first names, tussenvoegsels and surnames from the shipped
Dutch name lists, combined by a small rule set over one tokenising pass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from regie.privacy import lexicon
from regie.privacy.entities import EntityType
from regie.privacy.recognisers.base import Recogniser, registry
from regie.privacy.recognisers.places import STREET_SUFFIXES

UPPER = "A-ZÀ-ÖØ-ÞŞÇĞİ"
TITLE = (r"(?:[Dd]e\s+[Hh]eer|[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Dd]hr\.?|[Hh]eer|[Mm]eneer|"
         r"[Mm]ijnheer|[Mm]r\.|[Dd]r\.?|[Dd]rs\.|[Ii]r\.|[Ii]ng\.|[Pp]rof\.|[Pp]rofessor)")
TOKENS = re.compile(
    rf"(?P<title>(?<![\w.]){TITLE}(?![a-z]))"
    rf"|(?P<init>(?<![\w.])(?:[A-Z](?:h|hr|oh|r|ac)?\.\s?){{1,6}})"
    r"|(?P<tv>(?<![\w'])(?:[Vv]an\s+(?:der|den|de|het|'t)|[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|"
    r"[Tt]en|in\s+'t|v/d|v\.d\.|d'|'t|[Vv]on|[Ee]l|[Aa]l)(?=\s|['’]?[A-Z]))"
    rf"|(?P<cap>(?<![\w'’-])[{UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?"
    rf"(?:-(?:(?:de|van|der|den)\s)?[{UPPER}][^\W\d_]+)*)")
# Capitalised words that never continue a name after a first name or title.
NOT_NAMES = frozenset("""
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Gemeente Provincie Ministerie
Rijk Raad Staat College Burgemeester Wethouder Afdeling Team Bezwaar Woo Wet Awb Geachte
Met Ik Wij Hij Zij Het De Een En Of Uw Op In Te Van Dit Dat Bijlage Datum Betreft
""".split())


class Token(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


def _is_street(word: str) -> bool:
    lower = word.lower()
    return any(lower.endswith(suffix) and lower != suffix for suffix in STREET_SUFFIXES
               if len(suffix) > 3)


def _chains(text: str) -> Iterator[list[Token]]:
    """Runs of name-like tokens separated by at most two spaces (never a newline)."""
    chain: list[Token] = []
    for match in TOKENS.finditer(text):
        kind = match.lastgroup or ""
        start, end = match.span()
        word = match.group()
        if kind == "cap" and len(word) > 1 and word.isupper():
            kind = "other"
        if kind == "init":
            end = start + len(word.rstrip())
            word = word.rstrip()
        token = Token(kind, start, end, word)
        if chain:
            gap = text[chain[-1].end:start]
            if kind == "other" or len(gap) > 2 or (gap and not gap.isspace()) or "\n" in gap:
                yield chain
                chain = []
        if kind != "other":
            chain.append(token)
    if chain:
        yield chain


@registry.register
class PersonRecogniser(Recogniser):
    entity_type = EntityType.PERSON
    priority = 0

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for chain in _chains(text):
            yield from self._persons(chain)

    def _persons(self, chain: list[Token]) -> Iterator[tuple[int, int]]:
        first_names, surnames = lexicon.first_names(), lexicon.surnames()
        ambiguous = lexicon.ambiguous_names()
        size = len(chain)
        index = 0
        while index < size:
            cursor = index
            while cursor < size and chain[cursor].kind == "title":
                cursor += 1
            titled = cursor > index
            initials = cursor < size and chain[cursor].kind == "init"
            cursor += initials
            firsts = cursor
            while (cursor < size and chain[cursor].kind == "cap"
                   and chain[cursor].text.split("-")[0] in first_names):
                cursor += 1
            has_first = cursor > firsts
            context = titled or initials or has_first
            end = self._surname(chain, cursor, context, surnames, ambiguous)
            if end is None and has_first:
                lone = chain[firsts].text
                if titled or initials or cursor - firsts > 1 or lone not in ambiguous:
                    end = cursor - 1
            if end is None:
                index += 1
                continue
            yield chain[index].start, chain[end].end
            index = end + 1

    @staticmethod
    def _surname(chain: list[Token], cursor: int, context: bool, surnames: frozenset[str],
                 ambiguous: frozenset[str]) -> int | None:
        """Index of the last token of the surname starting at `cursor`, or None."""
        last = None
        size = len(chain)
        while cursor < size:
            has_tv = chain[cursor].kind == "tv"
            position = cursor + has_tv
            if position >= size or chain[position].kind != "cap":
                break
            word = chain[position].text
            core = word.split("-")[0]
            if word in NOT_NAMES or _is_street(word):
                break
            known = core in surnames
            if last is None:
                acceptable = (context or (has_tv and known)
                              or (known and core not in ambiguous))
            else:  # a second part of a double name ("Bruins Slot", "Oude Nijhuis")
                acceptable = known
            if not acceptable:
                break
            last = position
            cursor = position + 1
        return last
