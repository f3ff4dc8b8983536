r"""Recogniser plug-ins: a base class and a registry.

A recogniser finds one entity type. `find(text)` yields `(start, end)` spans into the
original string; the scanner turns them into entities and resolves overlaps. Adding a type
or a better rule means adding or replacing one registered class.

Speed: a pattern whose first item is one literal or character class, or an alternation whose
every branch starts with a literal (`\d\d{2}`, not `\d{3}`; `(?:\(0|0)`, not `\(?0` nor
`(?:\(|)0`), lets the regex engine skip in C to the positions where a match can start; a
leading repeat, optional item, empty branch, look-ahead or look-behind makes it try every
position. Where the selective part of a match comes last, search the reversed text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import ClassVar


class Recogniser:
    entity_type: ClassVar[str]
    # Among overlapping findings of equal length the higher priority wins (checksummed
    # identifiers beat pattern-only ones).
    priority: ClassVar[int] = 0

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        raise NotImplementedError


class Registry:
    def __init__(self) -> None:
        self._recognisers: dict[str, Recogniser] = {}

    def register(self, cls: type[Recogniser]) -> type[Recogniser]:
        """Class decorator: one instance per recogniser class, keyed by class name."""
        self._recognisers[cls.__name__] = cls()
        return cls

    def unregister(self, name: str) -> None:
        self._recognisers.pop(name, None)

    def all(self) -> list[Recogniser]:
        return list(self._recognisers.values())


registry = Registry()


def clean_start(text: str, start: int, forbidden: str = "") -> bool:
    """Whether the match at `start` is not glued to a preceding word character or one of
    `forbidden`. Done in Python instead of a leading look-behind, which would stop the
    regex engine from skipping quickly to possible first characters."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_" or before in forbidden)


def line_end(text: str, position: int) -> int:
    """Where the line holding `position` ends: its newline, or the end of the text."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def preceded_by(text: str, start: int, words: tuple[str, ...], window: int = 40) -> bool:
    """Whether one of `words` (lower case) occurs in the `window` characters before `start`."""
    before = text[max(0, start - window) : start].lower()
    return any(word in before for word in words)


def word_trie(words: str | Iterable[str], blank: str = r"\ ") -> str:
    """A regex alternation of the space-separated `words` (or of the phrases in an iterable),
    nested by common prefix ("m(?:ailde|eld(?:t|de))"): the regex engine tries one branch per
    first letter instead of every word in turn. Only for words followed by something a longer
    word cannot start with (a word boundary, a space), where the order of the alternatives
    does not matter; a longer phrase is tried before its first word ("de heer" before "de").
    A space inside a phrase becomes `blank` (a pattern: a class of blanks lets "de  heer" match)."""
    tree: dict = {}
    for word in words.split() if isinstance(words, str) else words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def branch(node: dict) -> str:
        options = [
            (blank if c == " " else re.escape(c)) + branch(child) for c, child in node.items() if c
        ]
        if not options:
            return ""
        group = options[0] if len(options) == 1 and "" not in node else f"(?:{'|'.join(options)})"
        return group + "?" if "" in node else group

    return branch(tree)


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """`text.lower()`, computed once per scanned text for all recognisers that look for cue
    words."""
    return text.lower()


@lru_cache(maxsize=4)
def reversed_text(text: str) -> str:
    """`text[::-1]`, computed once per scanned text for the rules that search backwards."""
    return text[::-1]
