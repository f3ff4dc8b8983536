"""Person names: titles, initials, first names, tussenvoegsels and surnames from the shipped
Dutch name lists, combined by a small rule set over one tokenising pass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from regie.privacy import lexicon
from regie.privacy.entities import EntityType
from regie.privacy.recognisers.base import Recogniser, registry

UPPER = "A-ZÀ-ÖØ-ÞŞÇĞİ"
TITLE = (
    r"(?:[Dd]e\s+[Hh]eer|[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Dd]hr\.?|[Hh]eer|[Mm]eneer|"
    r"[Mm]ijnheer|[Mm]r\.|[Dd]r\.?|[Dd]rs\.|[Ii]r\.|[Ii]ng\.|[Pp]rof\.|[Pp]rofessor)"
)
TOKENS = re.compile(
    rf"(?P<title>(?<![\w]){TITLE}(?![a-z]))"
    rf"|(?P<init>(?<![\w.-])(?:[A-Z](?:h|hr|oh|r|ac)?\.\s?){{1,6}})"
    r"|(?P<tv>(?<![\w'])(?:[Vv]an\s+(?:[Dd]er|[Dd]en|[Dd]e(?!\s+[Hh]eer)|het|'t)|[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|"
    r"[Tt]en|in\s+'t|v/d|v\.d\.|d'|'t|[Vv]on|[Ee]l|[Aa]l)(?=\s|['’]?[A-Z]))"
    rf"|(?P<cap>(?<![\w-])(?<!\w['’])[{UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?"
    rf"(?:-(?:(?:de|van|der|den)\s)?[{UPPER}][^\W\d_]+)*)"
)
CAPITAL = re.compile(rf"[{UPPER}]")
PREFIX_WORDS = frozenset(
    """heer mevrouw mevr. mevr mw. mw dhr. dhr meneer mijnheer mr. dr. dr
drs. ir. ing. prof. professor van der den de het ter ten 't v/d v.d. von el al""".split()
)
# Lower-case titles and tussenvoegsels directly before a capital ("de heer ", "van der ").
LOWER_PREFIX = re.compile(
    r"(?:(?:de\s+heer|mevrouw|mevr\.?|mw\.?|dhr\.?|heer|meneer|mijnheer|mr\.|dr\.?|drs\.|"
    r"ir\.|ing\.|prof\.|professor|van|de|der|den|het|ter|ten|in|'t|v/d|v\.d\.|von|el|al)"
    r"[ \t]{1,2}|d')+$"
)
STREET_ENDINGS = (
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dreef",
    "steeg",
    "markt",
    "plantsoen",
    "boulevard",
    "burgwal",
    "park",
)
# Capitalised words that never continue a name after a first name or title.
NOT_NAMES = frozenset(
    """
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Gemeente Provincie Ministerie
Rijk Raad Staat College Burgemeester Wethouder Afdeling Team Bezwaar Woo Wet Awb Geachte
Met Ik Wij Hij Zij Het De Een En Of Uw Op In Te Van Dit Dat Bijlage Datum Betreft
""".split()
)


class Token(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


def _is_street(word: str) -> bool:
    """A word such as 'Thorbeckeplein': a street, not a surname (suffixes like -veld and -dijk
    are left out, they end many surnames)."""
    lower = word.lower()
    return lower.endswith(STREET_ENDINGS) and lower not in STREET_ENDINGS


def _is_first_name(token: Token, first_names: frozenset[str]) -> bool:
    """'Jan', 'Jan-Willem', 'Mei-Ling', 'Onbekend-Willem'."""
    return token.kind == "cap" and (
        token.text in first_names or any(part in first_names for part in token.text.split("-"))
    )


def _after_prefix_word(text: str, start: int) -> bool:
    """Cheap test before the prefix regex: is the word right before `start` a lower-case
    title or tussenvoegsel?"""
    if text[start - 1] == "'":
        return text[start - 2 : start] == "d'" or text[start - 3 : start] == " 't"
    low = max(0, start - 14)
    space = max(
        text.rfind(" ", low, start - 1),
        text.rfind("\n", low, start - 1),
        text.rfind("\t", low, start - 1),
    )
    return text[space + 1 : start - 1] in PREFIX_WORDS


def _matches(text: str) -> Iterator[re.Match]:
    """Name tokens, found fast: every token run holds a capital, so the scan jumps from
    capital to capital and reads lower-case titles / tussenvoegsels just before one."""
    position = 0
    for capital in CAPITAL.finditer(text):
        start = capital.start()
        if start < position:
            continue
        if start >= 2 and text[start - 1] in " \t'" and _after_prefix_word(text, start):
            prefix = LOWER_PREFIX.search(text, max(position, start - 32), start)
            if prefix is not None:
                yield from TOKENS.finditer(text, prefix.start(), start)
        token = TOKENS.match(text, start)
        if token is not None:
            position = token.end()
            yield token


@cache
def _name_words() -> frozenset[str]:
    return lexicon.first_names() | lexicon.surnames()


def _chains(text: str) -> Iterator[list[Token]]:
    """Runs of name-like tokens separated by at most two spaces (never a newline)."""
    chain: list[Token] = []
    for match in _matches(text):
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
            gap = text[chain[-1].end : start]
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
        names = lexicon.first_names() | lexicon.surnames()
        for chain in _chains(text):
            if len(chain) == 1 and (
                chain[0].kind != "cap"
                or not any(part in names for part in chain[0].text.split("-"))
            ):
                continue  # a lone capitalised word that is no listed name: the common case
            yield from self._persons(chain)

    def _persons(self, chain: list[Token]) -> Iterator[tuple[int, int]]:
        first_names, surnames = lexicon.first_names(), lexicon.surnames()
        ambiguous = lexicon.ambiguous_names()
        size = len(chain)
        index = emitted = 0
        while index < size:
            cursor = index
            while cursor < size and chain[cursor].kind == "title":
                cursor += 1
            titled = cursor > index
            initials = cursor < size and chain[cursor].kind == "init"
            cursor += initials
            firsts = cursor
            while cursor < size and _is_first_name(chain[cursor], first_names):
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
            start = index
            if not context and index > emitted and self._given_name(chain[index - 1]):
                start = index - 1  # an unlisted first name before a listed surname
            yield chain[start].start, chain[end].end
            index = emitted = end + 1

    @staticmethod
    def _given_name(token: Token) -> bool:
        return (
            token.kind == "cap"
            and token.text not in NOT_NAMES
            and token.text not in lexicon.ambiguous_names()
            and not _is_street(token.text)
        )

    @staticmethod
    def _surname(
        chain: list[Token],
        cursor: int,
        context: bool,
        surnames: frozenset[str],
        ambiguous: frozenset[str],
    ) -> int | None:
        """Index of the last token of the surname starting at `cursor`, or None."""
        last = None
        size = len(chain)
        cities = lexicon.cities()
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
                # "de Post", "de Groot": a one-word tussenvoegsel before an ordinary word
                # needs more context; "van der Meer" does not.
                plain = core not in ambiguous or " " in chain[cursor].text
                acceptable = (
                    context
                    or (has_tv and known and plain)
                    or (known and core not in ambiguous and word not in cities)
                )
            else:  # a second part of a double name ("Bruins Slot", "Oude Nijhuis")
                acceptable = known
            if not acceptable:
                break
            last = position
            cursor = position + 1
        return last
