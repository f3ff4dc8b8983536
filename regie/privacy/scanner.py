"""Run every registered recogniser over a text and resolve overlapping findings."""

from __future__ import annotations

from bisect import bisect_right

from regie.privacy.entities import Entity
from regie.privacy.recognisers import Recogniser, registry

# A candidate is its own sort key: longest first, then the higher priority, then the earlier
# start, then the recogniser's place in the registry (plain tuple order, no key function:
# the same order a stable sort by the first three gives).
Candidate = tuple[int, int, int, int, int]  # start - end, -priority, start, recogniser, end


def scan_text(text: str, recognisers: list[Recogniser] | None = None) -> list[Entity]:
    """All findings in `text`, sorted by position, without overlaps.

    Of overlapping candidates the longest span wins; on equal length the recogniser with the
    higher priority (checksummed identifiers first).
    """
    candidates: list[Candidate] = []
    add = candidates.append
    chosen_from = recognisers if recognisers is not None else registry.all()
    for index, recogniser in enumerate(chosen_from):
        negative_priority = -recogniser.priority
        for start, end in recogniser.find(text):
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
