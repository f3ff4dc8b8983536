"""The recogniser registry and overlap resolution."""

from __future__ import annotations

import re

import pytest

from regie.privacy.recognisers.base import Recogniser, Registry
from regie.privacy.scanner import scan_text
from regie.privacy.service import entity_types, scan


class _Everything(Recogniser):
    entity_type = "PERSON"
    priority = 0

    def find(self, text):
        yield 0, len(text)


class _Digits(Recogniser):
    entity_type = "BSN"
    priority = 3
    pattern = re.compile(r"\d+")

    def find(self, text):
        for match in self.pattern.finditer(text):
            yield match.span()


def test_it_runs_recognisers_from_a_registry():
    registry = Registry()
    registry.register(_Digits)
    assert [e.text for e in scan_text("a 12 b 345", registry.all())] == ["12", "345"]
    registry.unregister("_Digits")
    assert scan_text("a 12", registry.all()) == []


def test_it_keeps_the_longest_of_overlapping_findings():
    entities = scan_text("ab 12", [_Digits(), _Everything()])
    assert [(e.type, e.text) for e in entities] == [("PERSON", "ab 12")]


def test_it_prefers_the_higher_priority_on_equal_length():
    class _Same(_Everything):
        entity_type = "PHONE"

    entities = scan_text("12", [_Same(), _Digits()])
    assert [(e.type, e.text) for e in entities] == [("BSN", "12")]


def test_it_returns_sorted_non_overlapping_entities_with_exact_text():
    text = (
        "Mevrouw J. de Vries (BSN 111222333), Kerkstraat 1, 1234 AB Utrecht, "
        "NL91ABNA0417164300, 06-12345678, j.devries@example.nl"
    )
    entities = scan(text)
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    for left, right in zip(entities, entities[1:], strict=False):
        assert left.end <= right.start
    assert all(text[e.start : e.end] == e.text for e in entities)
    assert entity_types(entities) == [
        "ADDRESS",
        "BSN",
        "EMAIL",
        "IBAN",
        "PERSON",
        "PHONE",
        "POSTCODE",
    ]


def test_it_finds_nothing_in_empty_or_plain_text():
    assert scan("") == []
    assert scan("Het college vergadert dinsdag over de begroting.") == []


def test_it_refuses_what_is_not_text():
    with pytest.raises(TypeError):
        scan(b"BSN 111222333")
