"""What the gateway does with the personal data the scanner finds: block, redact or
pseudonymise per entity type, and restore pseudonyms in answers (also when a placeholder
arrives split over several stream chunks).

The scanner is pluggable: anything with `scan(text) -> list[entity]` where an entity has
`type`, `start`, `end` and `text` (`regie.privacy.service` by default, see `scanner.py`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from regie.gateway.models import PrivacyAction

__all__ = ["Entity", "Scanner", "Pseudonyms", "StreamRestorer", "replace_entities"]

PLACEHOLDER = re.compile(r"\[([A-Z][A-Z_]*)-(\d{1,6})\]")
# The longest tail that may still grow into a placeholder: "[" + type + "-" + digits.
_PARTIAL = re.compile(r"\[(?:[A-Z][A-Z_]{0,23}(?:-\d{0,6})?)?\Z")


class Entity(Protocol):
    type: str
    start: int
    end: int
    text: str


class Scanner(Protocol):
    def scan(self, text: str) -> list[Entity]: ...


@dataclass
class Pseudonyms:
    """The placeholders of one request. The same value gets the same placeholder in every
    message; only pseudonymised values can be restored."""

    actions: dict[str, str]
    default_action: str = PrivacyAction.BLOCK
    restorable: dict[str, str] = field(default_factory=dict)
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)

    def action_for(self, entity_type: str) -> str:
        return self.actions.get(entity_type, self.default_action)

    def placeholder(self, entity_type: str, value: str, *, restorable: bool) -> str:
        key = (entity_type, value)
        found = self._by_value.get(key)
        if found is None:
            number = self._counters.get(entity_type, 0) + 1
            self._counters[entity_type] = number
            found = self._by_value[key] = f"[{entity_type}-{number}]"
        if restorable:
            self.restorable[found] = value
        return found


def _non_overlapping(entities: Iterable[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    end = -1
    for entity in sorted(entities, key=lambda e: (e.start, -(e.end - e.start))):
        if entity.start >= end:
            kept.append(entity)
            end = entity.end
    return kept


def replace_entities(text: str, entities: Iterable[Entity], pseudonyms: Pseudonyms, *,
                     response: bool = False) -> str:
    """`text` with every entity replaced by its placeholder. In a request, pseudonymised
    types become restorable; in a response (`response=True`) nothing is restorable."""
    parts = []
    position = 0
    for entity in _non_overlapping(entities):
        restorable = (not response
                      and pseudonyms.action_for(entity.type) == PrivacyAction.PSEUDONYMISE)
        parts.append(text[position:entity.start])
        parts.append(pseudonyms.placeholder(entity.type, text[entity.start:entity.end],
                                            restorable=restorable))
        position = entity.end
    parts.append(text[position:])
    return "".join(parts)


def restore(text: str, restorable: dict[str, str], *, json_string: bool = False) -> str:
    def value(match: re.Match) -> str:
        original = restorable.get(match.group(0))
        if original is None:
            return match.group(0)
        return json.dumps(original, ensure_ascii=False)[1:-1] if json_string else original

    return PLACEHOLDER.sub(value, text)


class StreamRestorer:
    """Restores placeholders in text that arrives in pieces: a piece ending in what may be
    the start of a placeholder keeps that tail until the next piece completes or refutes it."""

    def __init__(self, restorable: dict[str, str], *, json_string: bool = False):
        self.restorable = restorable
        self.json_string = json_string
        self.pending = ""

    def feed(self, piece: str) -> str:
        text = self.pending + piece
        self.pending = ""
        start = text.rfind("[")
        if start != -1 and _PARTIAL.match(text, start):
            text, self.pending = text[:start], text[start:]
        return restore(text, self.restorable, json_string=self.json_string)

    def flush(self) -> str:
        text, self.pending = self.pending, ""
        return restore(text, self.restorable, json_string=self.json_string)


def request_texts(body: dict[str, Any], endpoint: str) -> list[tuple[Any, Any]]:
    """Every place in a request body that holds free text, as (container, key) pairs, so
    the caller can read and replace each one. Raises ValueError for input it cannot scan."""
    slots: list[tuple[Any, Any]] = []
    if endpoint == "embeddings":
        value = body.get("input")
        if isinstance(value, str):
            slots.append((body, "input"))
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            slots.extend((value, index) for index in range(len(value)))
        else:
            raise ValueError("input")
        return slots
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ValueError("messages")
    for message in messages:
        if not isinstance(message, dict):
            raise ValueError("messages")
        content = message.get("content")
        if isinstance(content, str):
            slots.append((message, "content"))
        elif isinstance(content, list):
            for part in content:
                # Images and audio cannot be scanned, so they are never forwarded.
                if not (isinstance(part, dict) and part.get("type") == "text"
                        and isinstance(part.get("text"), str)):
                    raise ValueError("messages.content")
                slots.append((part, "text"))
        elif content is not None:
            raise ValueError("messages.content")
        for call in message.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                slots.append((function, "arguments"))
    return slots
