"""Run every registered recogniser over a text and resolve overlapping findings."""

from __future__ import annotations

from bisect import bisect_right

from regie.privacy.entities import Entity
from regie.privacy.recognisers import Recogniser, registry

Candidate = tuple[int, int, int, str]  # start, end, priority, entity type


def _rank(candidate: Candidate) -> tuple[int, int, int]:
    """Longest first, then the higher priority, then the earlier start."""
    start, end, priority, _ = candidate
    return start - end, -priority, start


def scan_text(text: str, recognisers: list[Recogniser] | None = None) -> list[Entity]:
    """All findings in `text`, sorted by position, without overlaps.

    Of overlapping candidates the longest span wins; on equal length the recogniser with the
    higher priority (checksummed identifiers first).
    """
    candidates: list[Candidate] = []
    for recogniser in recognisers if recognisers is not None else registry.all():
        kind, priority = str(recogniser.entity_type), recogniser.priority
        candidates.extend(
            (start, end, priority, kind) for start, end in recogniser.find(text) if end > start
        )
    candidates.sort(key=_rank)
    # The chosen spans never overlap, so kept sorted by start their ends are sorted too: the
    # first chosen span ending after a candidate's start is the only one to check.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        index = bisect_right(ends, start)
        if index < len(starts) and starts[index] < end:
            continue
        starts.insert(index, start)
        ends.insert(index, end)
        chosen.insert(index, candidate)
    return [Entity(kind, start, end, text[start:end]) for start, end, _, kind in chosen]
