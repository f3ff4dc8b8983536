"""Helpers for the privacy tests: scan and reduce findings to (type, text) pairs."""

from __future__ import annotations

import pytest

from regie.privacy.service import scan


def found(text: str, entity_type: str | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in scan(text) if entity_type is None or e.type == entity_type]


def found_texts(text: str, entity_type: str = "PERSON") -> list[str]:
    """The texts of the findings of one type in `text`, in order."""
    return [value for _, value in found(text, entity_type)]


@pytest.fixture
def find():
    return found
