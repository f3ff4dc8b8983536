"""Spreadsheet ranges and extracts pasted into a prompt (issue 13, points 1 and 4; seventh
round, from probe L): a tab ends a table cell, so no name runs on into the next one; people
in columns whose header names who they are; rows written surname first without a header."""

from __future__ import annotations

import pytest


def names(find, text):
    return [value for _, value in find(text, "PERSON")]


def test_a_name_never_runs_on_into_the_next_cell(find):
    text = (
        "Achternaam\tVoornaam\tGeboortedatum\tWoonplaats\n"
        "Wijnbergen\tMaartje\t14-03-1987\tZwolle\n"
        "Kowalczyk\tBartosz\t30-07-1979\tDalfsen\n"
    )
    assert names(find, text) == ["Wijnbergen", "Maartje", "Kowalczyk", "Bartosz"]


def test_a_nationality_in_the_next_cell_is_no_part_of_the_name(find):
    text = "Naam\tNationaliteit\tGezinsgrootte\nYonas Berhane\tEthiopische\t1\n"
    assert names(find, text) == ["Yonas Berhane"]


def test_a_school_in_the_cell_before_does_not_make_a_name_a_school(find):
    text = (
        "Zaaknr\tLeerling\tSchool\tBehandelaar\n"
        "LP-26-0419\tNoa Mesfin\tChristelijk Lyceum Zeist\tJ. Kroeze\n"
    )
    assert names(find, text) == ["Noa Mesfin", "J. Kroeze"]


def test_a_contact_column_holds_people(find):
    text = "Leverancier\tContact\tEmail\nDell Technologies\tMark de Ridder\tinfo@example.com\n"
    assert names(find, text) == ["Mark de Ridder"]


def test_a_kind_column_in_english_holds_no_people(find):
    text = "id;kind;language\nj0001;chat;nl\nj0002;letter;en\n"
    assert names(find, text) == []


def test_rows_written_surname_first_hold_people_without_a_header(find):
    text = (
        "Hoogeveen, A.\tWmo\thuishoudelijke hulp\tlopend\n"
        "KARIMI, Zahra\tJeugd\tambulante begeleiding\tafgesloten\n"
        "van der Meulen-Bakker, G.J.\tWmo\twoningaanpassing\tbezwaar\n"
    )
    assert names(find, text) == ["Hoogeveen, A.", "KARIMI, Zahra", "van der Meulen-Bakker, G.J."]


@pytest.mark.parametrize(
    "text",
    [
        "Wmo, Jeugd\tlopend\tteam Noord\n",  # no listed name, no initials
        "Utrecht, Zuilen\twijk\t12\n",  # a place and its district
    ],
)
def test_other_comma_pairs_in_rows_are_no_people(find, text):
    assert names(find, text) == []


def test_a_row_whose_words_look_like_a_header_is_still_read_as_a_row(find):
    text = (
        "KARIMI, Zahra\tJeugd\tlopend\n"
        "Osei-Bonsu, Kwabena\tParticipatie\tre-integratie\n"  # "pati" as in "patiënt"
    )
    assert names(find, text) == ["KARIMI, Zahra", "Osei-Bonsu, Kwabena"]


# Lists of people with a date after each name (nineteenth round, from probes E and G): the
# date right after the name in a list item makes it a person's, in capitals with the surname
# first, with a listed name among capitalised words, or lower case after a listed first name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sorteer op leeftijd:\n\n1. Gebremariam, Selam – 14.02.2001\n"
            "2. Osei, Kwabena – 03.11.1996\n",
            ["Gebremariam, Selam", "Osei, Kwabena"],
        ),
        (
            "wie is er al 18?\n- fleur bosma 4 apr '08\n- thijs de boer 29 sep '07\n",
            ["fleur bosma", "thijs de boer"],
        ),
        (
            "Deelnemers:\n* Daan Okafor (12-04-1961)\n* Nadia Haddou, 1988-07-30\n",
            ["Daan Okafor", "Nadia Haddou"],
        ),
        ("- lotte wijnaldum 12 maart 2009", ["lotte wijnaldum"]),
    ],
)
def test_a_person_in_a_list_item_with_a_date_after_the_name(find, text, expected):
    assert names(find, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Planning:\n- Raadsvergadering Begroting 12-11-2026\n- Koningsdag 27 april\n",
        "- Den Haag 12-03-2026\n- Nieuwe Markt 3 mei\n",  # a place, a square
        "- maandag 12 mrt\n- bibliotheek 3 jan '25\n",  # a day, a word in lower case
    ],
)
def test_a_list_item_with_a_date_after_no_name_holds_no_person(find, text):
    assert names(find, text) == []


# An initials column (nineteenth round, from probes AD and AK): the initials of a row are a
# person's as much as the surname beside them, as in a form's "Voorletters:" field.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "relatienr;achternaam;voorletters;geb_datum\n"
            "20417;Mensah;K.A.;1984-02-11\n20433;Wojcik;P.;1971-09-30\n",
            ["Mensah", "K.A.", "Wojcik", "P."],
        ),
        (
            "Surname\tInitials\tAmount\nOkonkwo\tC.N.\t1250\nLindqvist\tE.\t800\n",
            ["Okonkwo", "C.N.", "Lindqvist", "E."],
        ),
    ],
)
def test_the_cells_of_an_initials_column_are_people(find, text, expected):
    assert names(find, text) == expected


# A cell written surname first under a header that does not say who it holds (nineteenth
# round, from probe AI): a person by its form, as in a row without a header.
def test_a_surname_first_cell_in_a_column_of_another_name_is_a_person(find):
    text = (
        "dossier;hoofd_huishouden;geb_datum;gemeente\n"
        "D-311;Kovalenko, Oksana;1981-03-14;Deventer\n"
        "D-318;Haile, Mehret;1995-11-02;Zwolle\n"
    )
    assert names(find, text) == ["Kovalenko, Oksana", "Haile, Mehret"]


def test_a_place_and_its_district_under_a_header_is_no_person(find):
    text = "id;gebied;aantal\n1;Utrecht, Zuilen;12\n2;Amsterdam, Noord;8\n"
    assert names(find, text) == []
