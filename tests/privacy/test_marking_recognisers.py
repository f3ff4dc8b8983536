"""Dates of birth (only with birth context) and classification markings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,value",
    [
        ("geboren op 12-03-1985 te Utrecht", "12-03-1985"),
        ("Jansen (geb. 1-2-1960) meldde", "1-2-1960"),
        ("Geboortedatum: 12 maart 1985", "12 maart 1985"),
        ("geboren te 's-Gravenhage op 5 december 2005", "5 december 2005"),
        ("geboortedatum 1985-03-12", "1985-03-12"),
    ],
)
def test_it_finds_a_date_of_birth_by_context(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Het besluit is genomen op 12-03-2024.",
        "De vergadering van 12 maart 1985 is vastgesteld.",
        "geboren op 32-01-1985",
    ],
)
def test_it_ignores_dates_without_birth_context(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Departementaal Vertrouwelijk\nNota aan de minister", "Departementaal Vertrouwelijk"),
        ("Rubricering: Stg. Geheim", "Stg. Geheim"),
        ("Staatsgeheim Zeer Geheim", "Staatsgeheim Zeer Geheim"),
        ("Dit document is Confidentieel.", "Confidentieel"),
        ("TLP:RED — niet verspreiden", "TLP:RED"),
        ("TLP:AMBER+STRICT", "TLP:AMBER+STRICT"),
        ("VERTROUWELIJK\n\nMemo", "VERTROUWELIJK"),
        ("Vertrouwelijk\nMemo over de reorganisatie", "Vertrouwelijk"),
        ("Classificatie: vertrouwelijk", "vertrouwelijk"),
    ],
)
def test_it_finds_classification_markings(find, text, value):
    assert find(text, "CONFIDENTIAL") == [("CONFIDENTIAL", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Wij gaan vertrouwelijk om met uw gegevens.",
        "Vertrouwelijk omgaan met gegevens is de norm.",
        "De melding is gelabeld als TLP:GREEN.",
        "Er geldt een geheimhoudingsplicht.",
    ],
)
def test_it_ignores_confidentiality_in_prose(find, text):
    assert find(text, "CONFIDENTIAL") == []
