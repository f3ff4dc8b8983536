"""Public face of the privacy app: the Dutch PII / confidentiality scanner and the
placeholder helpers the gateway uses to block, redact or pseudonymise.

    entities = scan(text)                       # [Entity(type, start, end, text), …]
    redacted, mapping = redact(text, entities)  # "[BSN-1]" …, {"[BSN-1]": "111222333"}
    restore(answer, mapping)                    # original values back
    StreamRestorer(mapping).feed(chunk)         # the same for a streamed answer

Everything here is pure (no database, no network) and raises on failure, so a caller can
fail closed.
"""

from __future__ import annotations

from regie.privacy.entities import Entity, EntityType
from regie.privacy.redaction import Numbering, StreamRestorer, redact, restore
from regie.privacy.scanner import scan_text

__all__ = [
    "Entity",
    "EntityType",
    "Numbering",
    "StreamRestorer",
    "entity_types",
    "redact",
    "restore",
    "scan",
]


def scan(text: str) -> list[Entity]:
    """Personal and confidential data in `text`, sorted by position, never overlapping."""
    if not isinstance(text, str):
        raise TypeError("scan() expects a str")
    return scan_text(text)


def entity_types(entities: list[Entity]) -> list[str]:
    """The distinct types found, sorted: what an audit record may hold (never the values)."""
    return sorted({entity.type for entity in entities})
