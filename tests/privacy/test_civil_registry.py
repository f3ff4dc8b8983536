"""What the civil registry pastes (issue 13, points 1 and 4; sixteenth round, from the
development probe BF): extracts of the BRP with numbered fields, the history of an address
or a marriage next to a birth date, and a newborn's birth date under "Datum geboorte"."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts

BRP_EXTRACT = (
    "Categorie 01 Persoon\n"
    "01.01.20 Burgerservicenummer: 511848730\n"
    "01.02.10 Voornamen: Elif Nur\n"
    "01.02.40 Geslachtsnaam: Yıldırım\n"
    "01.03.10 Geboortedatum: 19830215\n\n"
    "Categorie 05 Huwelijk/geregistreerd partnerschap\n"
    "05.02.10 Voornamen: Mehmet Ali\n"
    "05.02.40 Geslachtsnaam: Kaya\n"
    "05.03.10 Geboortedatum: 19800922\n"
    "06.01.10 Datum huwelijkssluiting: 20050716\n"
)


def test_the_numbered_fields_of_a_brp_extract_are_no_speakers():
    assert found_texts(BRP_EXTRACT) == ["Elif Nur", "Yıldırım", "Mehmet Ali", "Kaya"]
    assert found_texts(BRP_EXTRACT, "DATE_OF_BIRTH") == ["19830215", "19800922"]


def test_periods_and_a_dissolved_marriage_beside_a_birth_date_are_no_birth_dates():
    text = (
        "Naam: BAKKER, Johanna Geertruida\nGeboren: 1962-09-16 te Hoorn\n\n"
        "Historie verblijfplaats:\n"
        "- 16-09-1962 t/m 30-06-1984: Grote Oost 58, 1621 BW Hoorn\n"
        "- 01-07-1984 t/m 14-02-2001: Dorpsstraat 112, 1601 HK Enkhuizen\n\n"
        "Historie burgerlijke staat:\n"
        "- gehuwd 12-05-1985 met KOOPMAN, Willem (geb. 1959-03-02)\n"
        "- ontbonden 01-10-1999 door echtscheiding\n"
    )
    assert found_texts(text, "DATE_OF_BIRTH") == ["1962-09-16", "1959-03-02"]


def test_the_dates_of_a_travel_document_are_no_birth_dates():
    text = (
        "Geboortedatum / Date of birth: 1987-07-21\nBSN: 222003868\n"
        "Type document: Nederlandse identiteitskaart / Dutch ID card\n"
        "Afgegeven op / Issued: 2019-03-14, geldig tot / valid until 2029-03-14\n"
    )
    assert found_texts(text, "DATE_OF_BIRTH") == ["1987-07-21"]


def test_a_newborns_birth_date_under_datum_geboorte_is_found():
    text = "Datum/tijd aangifte: 21-11-2024 09:42\nDatum geboorte: 19-11-2024\nTijd: 23:55"
    assert found_texts(text, "DATE_OF_BIRTH") == ["19-11-2024"]


@pytest.mark.parametrize(
    "text",
    [
        "Vanaf 1 februari is Villa Cornelia een vaste trouwlocatie.",
        "Begraafplaats Sint Barbara: nieuwe beheerder start 5 februari.",
        "Uitvaartverzorging Hilal heeft de aangifte zaterdagavond gedaan.",
        "De as wordt bijgezet in Crematorium Jan de Vries.",
    ],
)
def test_a_cemetery_a_funeral_home_or_a_venue_named_after_someone_is_no_person(text):
    assert found_texts(text) == []


def test_a_surname_that_names_a_venue_elsewhere_stays_a_name_after_a_title():
    assert found_texts("mevrouw Villa belde over haar moeder") == ["mevrouw Villa"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Overledene: Wubbolts, Hendrika", "Wubbolts, Hendrika"),
        ("De bruid Sanne Oosterhuis trouwt op 12 juni.", "Sanne Oosterhuis"),
        ("babs Joost Lammers voltrekt het huwelijk", "Joost Lammers"),
    ],
)
def test_the_roles_of_the_civil_registry_open_a_name(text, value):
    assert found_texts(text) == [value]
