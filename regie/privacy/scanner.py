"""Run every registered recogniser over a text and resolve overlapping findings."""

from __future__ import annotations

import re
from bisect import bisect_right

from regie.privacy.entities import Entity
from regie.privacy.recognisers import Recogniser, registry

# A candidate is its own sort key: longest first, then the higher priority, then the earlier
# start, then the recogniser's place in the registry (plain tuple order, no key function:
# the same order a stable sort by the first three gives).
Candidate = tuple[int, int, int, int, int]  # start - end, -priority, start, recogniser, end

# A printed form's dot leader between a field's label and its value ("NAAM ......... Aylin
# Şahin", "GEB.DATUM ....... 23.08.1991"): the recognisers read it as the colon it stands
# for. Only on a line that opens with the label (perhaps after a BRP element's number: "03.10
# Geboortedatum .... 19760823"), with the value after it on the same line.
DOT_LEADER = re.compile(
    r"(?m)^([ \t]*(?:\d\d\.\d\d[ \t]+)?[^\W\d_][^\n]{0,40}?)([ \t]*\.{4,}[ \t]*)(?=[^\s.])"
)


# A zero that optical character recognition read as the letter O, in a scanned form pasted
# as text ("geb. 14-O2-1949", "19O8", "06 12 9O 44 31"): a capital O beside a digit with no
# letter on either side of it. (Not "CO2", "NO2X45KL": a letter stands beside the O.) The O
# first, the look-arounds after it: the regex engine then skips from O to O (1 against 169 µs
# a 2 KB prompt written with the look-behind first).
OCR_ZERO = re.compile(r"O(?:(?=\d)(?<![^\W\d_]O)|(?<=\dO)(?![^\W\d_]))")


def _as_read(text: str) -> str:
    """`text` as the recognisers read it: dot leaders become a colon and spaces, and a zero
    read as an O by OCR a zero again (the same length, so every position stays the same)."""
    if "...." in text:
        text = DOT_LEADER.sub(lambda match: match[1] + ":" + " " * (len(match[2]) - 1), text)
    return OCR_ZERO.sub("0", text)


def scan_text(text: str, recognisers: list[Recogniser] | None = None) -> list[Entity]:
    """All findings in `text`, sorted by position, without overlaps.

    Of overlapping candidates the longest span wins; on equal length the recogniser with the
    higher priority (checksummed identifiers first).
    """
    candidates: list[Candidate] = []
    add = candidates.append
    chosen_from = recognisers if recognisers is not None else registry.all()
    read = _as_read(text)
    for index, recogniser in enumerate(chosen_from):
        negative_priority = -recogniser.priority
        for start, end in recogniser.find(read):
            if end > start:
                add((start - end, negative_priority, start, index, end))
    candidates.sort()
    # The chosen spans never overlap, so kept sorted by start their ends are sorted too: the
    # first chosen span ending after a candidate's start is the only one to check.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[int] = []  # recogniser indexes
    for _, _, start, index, end in candidates:
        position = bisect_right(ends, start)
        if position < len(starts) and starts[position] < end:
            continue
        starts.insert(position, start)
        ends.insert(position, end)
        chosen.insert(position, index)
    # (the type's name only for the few recognisers chosen, not for every one per text)
    return [
        Entity(str(chosen_from[index].entity_type), start, end, text[start:end])
        for start, end, index in zip(starts, ends, chosen, strict=True)
    ]
