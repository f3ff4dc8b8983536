"""Names as wildlife-damage files, protective administration, the mayor's anniversary visits and
the business desk write them (issue 13, points 1 and 2; thirty-seventh round, from the
development probes)."""

from __future__ import annotations

import pytest


def found(find, text, kind="PERSON"):
    return [value for _, value in find(text, kind)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2024-03-12 14:30 | R. Sitaldin | Intakegesprek gevoerd", ["R. Sitaldin"]),
        ("Weg 3, 9843 TC Grijpskerk; S. Kapteyn (jachtakte JA-2291)", ["S. Kapteyn"]),
        (
            "De controleurs (R. Dwarkasing en E. de Wolff) zagen het.",
            ["R. Dwarkasing", "E. de Wolff"],
        ),
        (
            "Deelnemers:\n- W. Tuhuteru, Molukse veteranen\n- H. Rasiawan",
            ["W. Tuhuteru", "H. Rasiawan"],
        ),
        ("Behandelaar GGD: E. Kortenhoeven\nStatus: open", ["E. Kortenhoeven"]),
        # one initial and an unlisted word without a separator, or opening a line: no name
        ("Dat geldt in zone B. Een tweede vergunning kan niet.", []),
        ("A. Persoonsgegevens\nNaam: zie boven", []),
        ("C. Medische keuring\nKeuring nodig.", []),
    ],
)
def test_one_initial_and_an_unlisted_surname_set_apart(find, text, names):
    assert found(find, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "U meldde aan onze collega Joke Hazelaar van het Klantcontactcentrum dat",
            ["Joke Hazelaar"],
        ),
        ("Mijn collega Yara Mendes van het Expat Centre kan helpen.", ["Yara Mendes"]),
        # a place named after someone keeps its name
        ("Een bezoek aan het Jan van Goyen Ziekenhuis volgt.", []),
    ],
)
def test_a_first_name_and_a_surname_of_an_institution(find, text, names):
    assert found(find, text) == names
