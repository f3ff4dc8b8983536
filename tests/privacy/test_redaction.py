"""Typed placeholders: redact, restore, and the same value keeping its placeholder."""

from __future__ import annotations

import pytest

from regie.privacy.service import Numbering, redact, restore, scan

TEXT = (
    "Mevrouw J. de Vries (BSN 111222333) belt 06-12345678. Haar BSN 111222333 staat ook "
    "in het dossier van de heer P. Bakker."
)


def test_it_replaces_every_finding_by_a_typed_placeholder():
    redacted, mapping = redact(TEXT, scan(TEXT))
    assert redacted == (
        "[PERSON-1] (BSN [BSN-1]) belt [PHONE-1]. Haar BSN [BSN-1] staat ook "
        "in het dossier van [PERSON-2]."
    )
    assert mapping == {
        "[PERSON-1]": "Mevrouw J. de Vries",
        "[BSN-1]": "111222333",
        "[PHONE-1]": "06-12345678",
        "[PERSON-2]": "de heer P. Bakker",
    }


def test_it_restores_the_original_text():
    redacted, mapping = redact(TEXT, scan(TEXT))
    assert restore(redacted, mapping) == TEXT


def test_it_numbers_consistently_across_the_messages_of_one_request():
    numbering = Numbering()
    first, _ = redact("BSN 111222333", scan("BSN 111222333"), numbering)
    second, mapping = redact(
        "en 123456782 en 111222333", scan("en 123456782 en 111222333"), numbering
    )
    assert (first, second) == ("BSN [BSN-1]", "en [BSN-2] en [BSN-1]")
    assert mapping == {"[BSN-1]": "111222333", "[BSN-2]": "123456782"}


def test_it_leaves_unknown_placeholders_and_plain_brackets_alone():
    assert restore("[BSN-9] en [noot] en [PERSON-1]", {"[PERSON-1]": "Piet"}) == (
        "[BSN-9] en [noot] en Piet"
    )


def test_it_refuses_overlapping_entities():
    from regie.privacy.entities import Entity

    with pytest.raises(ValueError):
        redact("abcdef", [Entity("BSN", 0, 4, "abcd"), Entity("PHONE", 2, 6, "cdef")])
