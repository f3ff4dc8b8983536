"""Person names from the shipped Dutch name lists, with titles, initials and tussenvoegsels."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,value",
    [
        ("Geachte heer Jansen,", "heer Jansen"),
        ("Aan de heer J.P. de Vries", "de heer J.P. de Vries"),
        ("mevr. drs. A.B. van der Sluis tekent", "mevr. drs. A.B. van der Sluis"),
        ("Daarna belde Piet Visser-de Jong terug.", "Piet Visser-de Jong"),
        ("Het verslag van mw. K. Bakker volgt.", "mw. K. Bakker"),
        ("Volgens Mevrouw De Boer klopt het.", "Mevrouw De Boer"),
        ("dhr. Yilmaz is aanwezig", "dhr. Yilmaz"),
        ("Fatima El Amrani diende het in.", "Fatima El Amrani"),
        ("Zoutenbier gaf aan dat het klopt.", "Zoutenbier"),
        ("Hoi Kees, dank je.", "Kees"),
        ("Brechtje Jansen belde.", "Brechtje Jansen"),  # unlisted first name before a surname
        ("J. Th. Bakker was er ook.", "J. Th. Bakker"),
    ],
)
def test_it_finds_dutch_person_names(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


@pytest.mark.parametrize(
    "text",
    [
        "De Thorbeckeplein-aanpak werkt.",
        "Op het Rembrandtplein en in de Bakkerstraat is het druk.",
        "De Raad van State oordeelde anders.",
        "Ben je er morgen? Elke week komt de Post.",
        "Geachte heer, mevrouw,",
        "In Juli en April zijn de balies dicht.",
        "Het Rijk en de Belastingdienst werken samen.",
        "Zie artikel 6:162 BW.",
    ],
)
def test_it_leaves_street_names_and_common_words_alone(find, text):
    assert find(text, "PERSON") == []


def test_it_prefers_the_address_for_a_street_named_after_a_person(find):
    assert find("Zij woont aan de Jan van Galenstraat 12.") == [
        ("ADDRESS", "Jan van Galenstraat 12")
    ]


def test_it_does_not_take_a_city_after_geboren_te_for_a_person(find):
    assert find("geboren te Valkenburg op 12-03-1985", "PERSON") == []
