"""Helpers for the privacy tests: scan and reduce findings to (type, text) pairs."""

from __future__ import annotations

import pytest

from regie.privacy.service import scan


def found(text: str, entity_type: str | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in scan(text) if entity_type is None or e.type == entity_type]


@pytest.fixture
def find():
    return found
