"""Case files of safety and care teams (issue 13, point 1; sixteenth round, from the
development probes BJ and BF): citizen service numbers in the cells of a comma-separated
export, names given as an alias, and a register's SURNAME, Given in running text."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


def test_a_citizen_service_number_in_a_csv_cell_is_found():
    text = (
        "dossier,rol,naam,geboortedatum,BSN,telefoon\n"
        'ZVH-2024-0771,betrokkene,"Meijer, Stefanie",1992-08-14,507529170,0618452290\n'
        'ZVH-2024-0771,partner,"Öztürk, Burak",1989-02-03,121547280,\n'
    )
    assert found_texts(text, "BSN") == ["507529170", "121547280"]


@pytest.mark.parametrize(
    "text",
    [
        "Het totaal komt op 123456782,50 euro.",  # decimals of an amount
        "Zie de getallen 1,123456782 en 2,5 in de tabel.",  # a decimal number in prose
    ],
)
def test_nine_digits_beside_a_decimal_comma_are_no_citizen_service_number(text):
    assert found_texts(text, "BSN") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ('Subject: Jermaine Doelwijt, alias "Rocky", born 30-01-2005', "Rocky"),
        ('De verdachte had de zolder verhuurd aan ene "Henkie".', "Henkie"),
    ],
)
def test_a_quoted_alias_is_a_name(text, value):
    assert value in found_texts(text)


def test_a_quoted_word_after_the_article_ene_is_no_name():
    assert found_texts('Aan de ene "Oplossing" hebben we niets.') == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("- gehuwd 12-05-1985 met KOOPMAN, Willem (geb. 1959-03-02)", "KOOPMAN, Willem"),
        ("1. VAN DER LAAN, Richard, geb. 01-07-1993, verwachte datum", "VAN DER LAAN, Richard"),
    ],
)
def test_a_listed_surname_in_capitals_before_given_names_is_one_name_in_running_text(text, value):
    assert found_texts(text) == [value]


def test_a_word_in_capitals_before_a_comma_and_a_name_is_no_surname():
    assert found_texts("Als ZORGVERLENER, Maria, moet je dit weten.") == ["Maria"]


def test_an_alias_column_holds_names():
    text = (
        "naam;alias;geb_datum;risico\n"
        "Anouar Haddouchi;Nounou;14-02-2004;hoog\n"
        "Kelvin Asante;K-Dog;03-08-2003;midden\n"
    )
    assert found_texts(text) == ["Anouar Haddouchi", "Nounou", "Kelvin Asante", "K-Dog"]


def test_what_a_relative_is_called_is_a_name():
    assert "Marian" in found_texts("Freek: zijn zus heet Marian, die belt soms.")
    assert found_texts("de kat heet Saar") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Gezinsleden op adres: MELNYCHUK, Danylo (zoon, geb. 07-09-2009)", "MELNYCHUK, Danylo"),
        ("Betrokkene: Tsjalling Y. Westra, geboren 19-07-2001", "Tsjalling Y. Westra"),
    ],
)
def test_a_name_before_a_birth_cue_keeps_its_surname_and_middle_initial(text, value):
    assert found_texts(text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Police officer Sergeant B. de Ruiter took a statement.", "B. de Ruiter"),
        ("Printed: 03 June 2024 by clerk V. Merkman", "V. Merkman"),
    ],
)
def test_a_rank_or_a_function_before_a_name_is_no_part_of_it(text, value):
    assert found_texts(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Aanvrager: Snackbar Het Hoekje V.O.F., Marktplein 3, 7411 KT Deventer",
        "Zaak: ONDERMIJNING/2024/033 – schietincident",
    ],
)
def test_a_firm_or_a_case_number_is_no_name(text):
    assert found_texts(text) == []
