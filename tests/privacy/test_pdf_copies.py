"""Text copied from a PDF or a scan (issue 13, point 1; fourteenth round, from probe AV):
tables whose columns are aligned with runs of spaces, label and value on one line with a
run of spaces between them, and a run of spaces that ends a cell, not a name or a street."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts

TABLE = (
    "Overzicht deelnemers inburgeringstraject                    Pagina 1 van 1\n"
    "Naam                         Geb.datum      Nationaliteit     Startdatum     Status\n"
    "Haile, Senait                14-05-1994     Eritrese          09-01-2023     actief\n"
    "Kovalenko, Oksana            02-11-1988     Oekraïense        16-01-2023     actief\n"
    "Al-Hamwi, Yaser              30-06-1979     Syrische          09-01-2023     gestopt\n"
)


def test_a_table_aligned_with_spaces_is_read_by_its_header():
    assert found_texts(TABLE, "PERSON") == ["Haile, Senait", "Kovalenko, Oksana", "Al-Hamwi, Yaser"]
    assert found_texts(TABLE, "DATE_OF_BIRTH") == ["14-05-1994", "02-11-1988", "30-06-1979"]


def test_a_cell_with_spaces_inside_stays_in_its_column():
    text = (
        "Naam                  Adres                   Achterstand    Laatste betaling\n"
        "JANSSEN, R.M.         Marktstraat 4-6         € 1.380,20     15-10-2023\n"
        "KARAGÖZ, E.           Zeelsterstraat 290      €   412,00     01-12-2023\n"
        "Totaal                                        € 1.792,20\n"
    )
    assert found_texts(text, "PERSON") == ["JANSSEN, R.M.", "KARAGÖZ, E."]
    assert found_texts(text, "ADDRESS") == ["Marktstraat 4-6", "Zeelsterstraat 290"]


def test_a_street_in_the_next_column_makes_no_institution_of_a_name():
    text = (
        "Dossiernr     Naam                          Adres                         Tel.\n"
        "SHV-2304      mw. J.A. Martina              Hobbemastraat 9-II            06-28193044\n"
    )
    assert found_texts(text, "PERSON") == ["mw. J.A. Martina"]
    assert found_texts(text, "ADDRESS") == ["Hobbemastraat 9-II"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Voorletters en achternaam     G.H. Wolters\n", "PERSON", "G.H. Wolters"),
        ("Geboortedatum                 15-04-1958\n", "DATE_OF_BIRTH", "15-04-1958"),
    ],
)
def test_a_label_and_its_value_aligned_on_one_line_are_a_field(text, kind, value):
    assert found_texts(text, kind) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Handtekening aanvrager                   Datum\n",
        "Gegevens aanvrager                    Gegevens partner\n",
    ],
)
def test_two_labels_side_by_side_hold_no_name(text):
    assert found_texts(text, "PERSON") == []


def test_a_surname_and_a_given_name_alone_on_a_form_line_are_one_name():
    text = "Nieuw adres buitenland\nBenali, Youssef\n09-09-1976\n"
    assert found_texts(text, "PERSON") == ["Benali, Youssef"]


def test_a_closing_and_a_first_name_stay_apart():
    assert found_texts("Kun je vóór 9 januari reageren?\n\nGroet, Eefje", "PERSON") == ["Eefje"]


def test_a_transliterated_initial_is_part_of_the_name():
    assert found_texts("Dhr. Kh. Noorzai\nHooigracht 7 A\n2312 KM Leiden", "PERSON") == [
        "Dhr. Kh. Noorzai"
    ]


def test_a_date_in_the_column_after_a_family_member_is_a_birth_date():
    text = (
        "Meeverhuizende gezinsleden:\n"
        "Benali-Tahiri, Nadia     14-02-1980\n"
        "Benali, Imane            22-06-2008      dochter\n"
        "Datum en handtekening: 01-07-2024"
    )
    assert found_texts(text, "DATE_OF_BIRTH") == ["14-02-1980", "22-06-2008"]


@pytest.mark.parametrize(
    "text, phone",
    [
        ("bel dan met onze consulent op 020 – 753 18 00.", "020 – 753 18 00"),
        ("fam. El Amrani      Paul Krugerlaan 180           06-51007713", "06-51007713"),
    ],
)
def test_a_phone_number_as_a_pdf_copy_writes_it(text, phone):
    assert found_texts(text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "text, name",
    [
        ("1. Passport copy – MELNYK KATERYNA, date of birth 04.04.1993", "MELNYK KATERYNA"),
        ('"Hi, I\'m Sipho Ndlovu DOB 03/12/1987, I moved here in May."', "Sipho Ndlovu"),
    ],
)
def test_a_name_before_an_english_birth_date_cue_is_a_person(text, name):
    assert found_texts(text, "PERSON") == [name]
