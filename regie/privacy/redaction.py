"""Typed placeholders: replace findings by `[BSN-1]`, `[PERSON-2]`, … and put the original
values back, also in a streamed response whose chunks split a placeholder."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from regie.privacy.entities import Entity

PLACEHOLDER = re.compile(r"\[([A-Z_]+)-(\d+)\]")
# The tail of a chunk that could still grow into a placeholder.
PARTIAL = re.compile(r"\[[A-Z_]*(?:-\d*)?$")
LONGEST_PLACEHOLDER = 32


class Numbering:
    """Placeholder numbering for one request: the same value of the same type always gets
    the same placeholder, across every message of that request."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self.mapping: dict[str, str] = {}

    def placeholder(self, entity_type: str, value: str) -> str:
        key = (entity_type, value)
        if key not in self._by_value:
            number = self._counters.get(entity_type, 0) + 1
            self._counters[entity_type] = number
            placeholder = f"[{entity_type}-{number}]"
            self._by_value[key] = placeholder
            self.mapping[placeholder] = value
        return self._by_value[key]


def redact(
    text: str, entities: Iterable[Entity], numbering: Numbering | None = None
) -> tuple[str, dict[str, str]]:
    """`text` with every entity replaced by its placeholder, and the mapping placeholder →
    original value (cumulative over the `numbering` when one is shared)."""
    numbering = numbering if numbering is not None else Numbering()
    parts: list[str] = []
    position = 0
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.start < position:
            raise ValueError("overlapping entities cannot be redacted")
        parts.append(text[position : entity.start])
        parts.append(numbering.placeholder(entity.type, text[entity.start : entity.end]))
        position = entity.end
    parts.append(text[position:])
    return "".join(parts), dict(numbering.mapping)


def restore(text: str, mapping: dict[str, str], *, json_string: bool = False) -> str:
    """Put original values back for every known placeholder; unknown ones stay as they are.
    With `json_string` the text is the inside of a JSON string (such as streamed tool-call
    arguments) and values are escaped for it, so a quote in a name cannot break the JSON."""
    if "[" not in text:
        return text

    def value(match: re.Match) -> str:
        original = mapping.get(match.group())
        if original is None:
            return match.group()
        return json.dumps(original, ensure_ascii=False)[1:-1] if json_string else original

    return PLACEHOLDER.sub(value, text)


class StreamRestorer:
    """Restore placeholders in a stream of chunks. `feed` returns what can safely be sent
    now and holds back a tail that may be the start of a placeholder; `flush` ends it."""

    def __init__(self, mapping: dict[str, str], *, json_string: bool = False) -> None:
        self._mapping = mapping
        self._json_string = json_string
        self._pending = ""

    def feed(self, chunk: str) -> str:
        data = self._pending + chunk
        partial = PARTIAL.search(data)
        hold = len(data)
        if partial is not None and len(data) - partial.start() < LONGEST_PLACEHOLDER:
            hold = partial.start()
        self._pending = data[hold:]
        return restore(data[:hold], self._mapping, json_string=self._json_string)

    def flush(self) -> str:
        data, self._pending = self._pending, ""
        return restore(data, self._mapping, json_string=self._json_string)
