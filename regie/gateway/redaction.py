"""What the gateway does with the personal data the scanner finds: block, redact or
pseudonymise per entity type, and restore pseudonyms in answers (also when a placeholder
arrives split over several stream chunks).

The scanner is pluggable: anything with `scan(text) -> list[entity]` where an entity has
`type`, `start`, `end` and `text` (`regie.privacy.service` by default, see `scanner.py`);
numbering and restoring are the privacy app's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Protocol

from regie.gateway.models import PrivacyAction
from regie.gateway.texts import Slots, request_slots
from regie.privacy.service import Numbering, StreamRestorer, restore

__all__ = ["Entity", "Scanner", "Pseudonyms", "StreamRestorer", "json_escaped",
           "replace_entities", "request_texts", "restore"]


class Entity(Protocol):
    type: str
    start: int
    end: int
    text: str


class Scanner(Protocol):
    def scan(self, text: str) -> list[Entity]: ...


class Pseudonyms:
    """The placeholders of one request (the privacy app's `Numbering`: the same value gets
    the same placeholder in every message). Only pseudonymised values are restorable."""

    def __init__(self, actions: dict[str, str],
                 default_action: str = PrivacyAction.BLOCK) -> None:
        self.actions = actions
        self.default_action = default_action
        self.numbering = Numbering()
        self.restorable: dict[str, str] = {}

    def action_for(self, entity_type: str) -> str:
        return self.actions.get(entity_type, self.default_action)

    def placeholder(self, entity_type: str, value: str, *, restorable: bool) -> str:
        found = self.numbering.placeholder(entity_type, value)
        if restorable:
            self.restorable[found] = value
        return found


def replace_entities(text: str, entities: Iterable[Entity], pseudonyms: Pseudonyms, *,
                     response: bool = False) -> str:
    """`text` with every entity replaced by its placeholder. In a request, pseudonymised
    types become restorable; in a response (`response=True`) nothing is restorable."""
    parts = []
    position = 0
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.start < position:  # overlapping findings: the first one wins
            continue
        restorable = (not response
                      and pseudonyms.action_for(entity.type) == PrivacyAction.PSEUDONYMISE)
        parts.append(text[position:entity.start])
        parts.append(pseudonyms.placeholder(entity.type, text[entity.start:entity.end],
                                            restorable=restorable))
        position = entity.end
    parts.append(text[position:])
    return "".join(parts)


def json_escaped(mapping: dict[str, str]) -> dict[str, str]:
    """The mapping for restoring inside a JSON string (tool-call arguments)."""
    return {key: json.dumps(value, ensure_ascii=False)[1:-1] for key, value in mapping.items()}


def request_texts(body: dict[str, Any], endpoint: str) -> Slots:
    """Every place in a request body that holds free text, as (container, key) pairs, so
    the caller can read and replace each one (`texts.request_slots`); `.fixed` marks the
    ones that cannot take a placeholder. Raises ValueError for input it cannot scan
    (`texts.TooDeep` for nesting deeper than `texts.MAX_DEPTH`)."""
    slots = request_slots(body, endpoint)
    pairs = Slots((container, key) for container, key, _role in slots)
    pairs.fixed = slots.fixed
    return pairs
