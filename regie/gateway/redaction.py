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
from regie.gateway.texts import endpoint_texts, tool_definition_texts
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


def request_texts(body: dict[str, Any], endpoint: str) -> list[tuple[Any, Any]]:
    """Every place in a request body that holds free text, as (container, key) pairs, so
    the caller can read and replace each one. Raises ValueError for input it cannot scan."""
    slots: list[tuple[Any, Any]] = []
    if endpoint not in ("chat", "embeddings"):  # issue 17: the other endpoints
        return endpoint_texts(body, endpoint)
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
        calls = message.get("tool_calls") or []
        if isinstance(message.get("function_call"), dict):  # the legacy form
            calls = [*calls, {"function": message["function_call"]}]
        for call in calls:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                slots.append((function, "arguments"))
    slots.extend(tool_definition_texts(body.get("tools"), "tools"))
    slots.extend(tool_definition_texts(body.get("functions"), "functions"))
    return slots
