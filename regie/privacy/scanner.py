"""Run every registered recogniser over a text and resolve overlapping findings."""

from __future__ import annotations

from regie.privacy.entities import Entity
from regie.privacy.recognisers import Recogniser, registry


def scan_text(text: str, recognisers: list[Recogniser] | None = None) -> list[Entity]:
    """All findings in `text`, sorted by position, without overlaps.

    Of overlapping candidates the longest span wins; on equal length the recogniser with the
    higher priority (checksummed identifiers first).
    """
    candidates: list[tuple[int, int, int, str]] = []
    for recogniser in recognisers if recognisers is not None else registry.all():
        for start, end in recogniser.find(text):
            if end > start:
                candidates.append((start, end, recogniser.priority, recogniser.entity_type))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    chosen: list[tuple[int, int, int, str]] = []
    for candidate in candidates:
        if all(candidate[1] <= other[0] or candidate[0] >= other[1] for other in chosen):
            chosen.append(candidate)
    chosen.sort()
    return [Entity(str(kind), start, end, text[start:end]) for start, end, _, kind in chosen]
