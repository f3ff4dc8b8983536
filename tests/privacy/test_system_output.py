"""Output pasted from systems (issue 13, points 1 and 4; thirteenth round, from probe AT):
the key of a JSON member, an XML element or a key=value pair says what its value holds, as a
header does for a table column; query results with a rule under the header, tilde-separated
exports with blank lines, and SQL inserts are tables."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    "text, persons, births",
    [
        (
            '{"persoon": {"voornamen": "Tjitske Aaltje", "geslachtsnaam": "Wielsma",\n'
            ' "geboortedatum": "1971-05-30", "bsn": null}}',
            ["Tjitske Aaltje", "Wielsma"],
            ["1971-05-30"],
        ),
        (
            '{"firstName": "Nnamdi", "lastName": "Okonkwo", "dateOfBirth": "1990-11-02"}',
            ["Nnamdi", "Okonkwo"],
            ["1990-11-02"],
        ),
        (
            '"name": [{"use": "official", "family": "Brouwer", "given": ["Liesbeth"]}],\n'
            '"birthDate": "1984-02-17T00:00:00Z"',
            ["Brouwer", "Liesbeth"],
            ["1984-02-17"],
        ),
        (
            "<ns2:persoon>\n  <ns2:voornamen>Gerrit Jan</ns2:voornamen>\n"
            "  <ns2:geslachtsnaam>Hofstra</ns2:geslachtsnaam>\n"
            "  <ns2:geboortedatum>19580423</ns2:geboortedatum>\n</ns2:persoon>",
            ["Gerrit Jan", "Hofstra"],
            ["19580423"],
        ),
        (
            '<Client id="7">\n  <GivenName>Mirela</GivenName>\n'
            "  <FamilyName>Dragomir</FamilyName>\n  <DateOfBirth>1979-08-14</DateOfBirth>\n"
            "  <StartDate>2024-02-01</StartDate>\n</Client>",
            ["Mirela", "Dragomir"],
            ["1979-08-14"],
        ),
        (
            "GET /api/clients?lastName=Ouali&firstName=Yasmina&birthDate=1993-06-21 HTTP/1.1",
            ["Ouali", "Yasmina"],
            ["1993-06-21"],
        ),
        (
            "UPDATE klanten SET achternaam = 'Tuinstra-de Boer' WHERE klantnr = 4471;",
            ["Tuinstra-de Boer"],
            [],
        ),
        (
            'WARN validatie mislukt voor naam="B. Ramdin" geboren=1961-12-03 dossier=ZK-881',
            ["B. Ramdin"],
            ["1961-12-03"],
        ),
    ],
)
def test_a_field_named_after_a_name_or_birth_date_holds_one(text, persons, births):
    assert found_texts(text, "PERSON") == persons
    assert found_texts(text, "DATE_OF_BIRTH") == births


def test_a_birth_date_field_holds_one_even_when_the_date_is_impossible():
    text = "ERROR Invalid value for dob=1988-14-02 in record 5512"
    assert found_texts(text, "DATE_OF_BIRTH") == ["1988-14-02"]


def test_a_vcard_birthday_is_a_birth_date():
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Hanneke Zwart\nBDAY:19760309\nEND:VCARD"
    assert found_texts(text, "DATE_OF_BIRTH") == ["19760309"]


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "bijstand-aanvraag-service", "version": "2.4.1", "team": "Inkomen"}',
        '{"naam": "Zorgloket Oost", "voorvoegsel": "van", "voorletters": "K.L."}',
        "<Name>Verwerkingsregister 2024</Name>",
        '{"createdAt": "1999-04-01", "startDate": "2001-09-15"}',
    ],
)
def test_fields_of_other_things_hold_no_person_or_birth_date(text):
    assert found_texts(text, "PERSON") == []
    assert found_texts(text, "DATE_OF_BIRTH") == []


def test_a_query_result_with_a_rule_under_its_header_is_a_table():
    text = (
        " achternaam | voornaam | geboortedatum | plaats\n"
        "------------+----------+---------------+---------\n"
        " Veenstra   | Durk     | 1966-01-19    | Joure\n"
        " Mohamud    | Ifrah    | 2001-10-07    | Sneek\n"
        "(2 rows)"
    )
    assert found_texts(text, "PERSON") == ["Veenstra", "Durk", "Mohamud", "Ifrah"]
    assert found_texts(text, "DATE_OF_BIRTH") == ["1966-01-19", "2001-10-07"]


def test_a_tilde_separated_export_with_blank_lines_between_rows_is_a_table():
    text = (
        "bureau~rol~naam~geboortedatum\n"
        "SB-3 Buurthuis Oost~voorzitter~Jelle Hoekstra~1958-03-02\n"
        "\n"
        "SB-3 Buurthuis Oost~lid~Roya Karimi~1990-12-24\n"
    )
    assert found_texts(text, "PERSON") == ["Jelle Hoekstra", "Roya Karimi"]
    assert found_texts(text, "DATE_OF_BIRTH") == ["1958-03-02", "1990-12-24"]


def test_an_sql_insert_reads_its_column_list_as_the_header():
    text = (
        "INSERT INTO `staff` (`id`, `first_name`, `last_name`, `birth_date`, `hire_date`)"
        " VALUES\n"
        "(12, 'Anouk', 'Verbeek', '1987-07-11', '2015-03-01'),\n"
        "(13, 'Tariq', 'Haddou', '1992-01-30', '2020-09-14');"
    )
    assert found_texts(text, "PERSON") == ["Anouk", "Verbeek", "Tariq", "Haddou"]
    # the hire dates stay unreported although "birth_date" stands in the sentence
    assert found_texts(text, "DATE_OF_BIRTH") == ["1987-07-11", "1992-01-30"]


def test_a_citizen_is_no_part_of_the_name():
    text = "Description:\nCitizen Rachid Amrani moved from Utrecht to Nieuwegein."
    assert found_texts(text, "PERSON") == ["Rachid Amrani"]


def test_a_git_log_date_holds_no_person():
    text = "Author: Sven Kooistra <s.kooistra@example.org>\nDate:   Mon Apr 8 14:22:51 2024 +0200"
    assert found_texts(text, "PERSON") == ["Sven Kooistra"]


def test_a_pool_named_after_a_swimmer_is_no_person():
    text = "Overleg over de renovatie van het Pieter van den Hoogenbandbad op dinsdag."
    assert found_texts(text, "PERSON") == []
