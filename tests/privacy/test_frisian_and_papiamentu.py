"""Text from Fryslân and the Caribbean Netherlands (issue 13, point 1; sixteenth round, from
the development probe BH): forms of address, greetings, family and office words, birth-date
cues, month names and table headers in Frisian and Papiamentu, the streets of Bonaire, and
Frisian and Papiamentu words that a large name list also holds."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    "text,value",
    [
        ("Bêste hear Ahmadzai,\n\nNeffens de BRP binne jo ferhuze.", "hear Ahmadzai"),
        ("Ôfmelding: mefrou Nauta.", "mefrou Nauta"),
        ("Stimá Señora Frans,\n\nNos a risibí bo petishon.", "Señora Frans"),
        ("Bo por yama señora Cheryl Thodé na 717-5330.", "señora Cheryl Thodé"),
        ("Un kandela a kuminsá den e kushina di famia Croes.", "famia Croes"),
    ],
)
def test_a_frisian_or_papiamentu_form_of_address_is_inside_the_name(text, value):
    assert found_texts(text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Hear Algra wennet allinnich sûnt syn frou Lolkje ferstoarn is.", "Lolkje"),
        ("Su yu hòmber Franklin ta biba na Hulanda.", "Franklin"),
        ('Wethâlder Talsma: "Dat wurdt yn 2025."', "Talsma"),
    ],
)
def test_a_frisian_or_papiamentu_family_or_office_word_opens_a_name(text, value):
    assert value in found_texts(text)
    assert not any(word in name for name in found_texts(text) for word in ("frou", "Weth"))


@pytest.mark.parametrize(
    "text,value",
    [
        (
            "Neffens ús gegevens binne jo berne op 17 augustus 1947 en wenje jo hjir.",
            "17 augustus 1947",
        ),
        ("Besocht: Tsjerk Algra (berne 9 jannewaris 1952), Stasjonswei 44.", "9 jannewaris 1952"),
        ("Namme: Fokje Hofstra\nBerne op: 23 maaie 1981\nBSN: 711471046", "23 maaie 1981"),
        ("Bo yu Jayden, kende a nasé na 4 di mart 2019 na Fundashon Mariadal.", "4 di mart 2019"),
        ("Masha danki! Mi fecha di nasementu ta 08-02-1992 si boso mester e.", "08-02-1992"),
        ("Shurendy Jesurun 😊 mi a nase 21 di mei 2003. danki!!", "21 di mei 2003"),
    ],
)
def test_a_frisian_or_papiamentu_birth_cue_marks_the_date(text, value):
    assert found_texts(text, "DATE_OF_BIRTH") == [value]


def test_other_dates_in_frisian_and_papiamentu_stay_unreported():
    text = "Kralendijk, 12 di yüni 2024. De gearkomste is op 9 jannewaris 2025."
    assert found_texts(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text",
    [
        "Foarnamme;Achternamme;Bernedatum;Wenplak\nJelle;Hiddema;14-03-1956;Damwâld\n"
        "Oksana;Melnyk;27-06-1983;Rinsumageast",
        "Nòmber;Fam;Fecha di nasementu;Telefon\nYorbelis;Martínez;24-07-1991;+599 782 4410\n"
        "Roy;Sabajo;18-11-1970;+599 701 4478",
    ],
)
def test_frisian_and_papiamentu_table_headers_name_their_columns(text):
    rows = [line.split(";") for line in text.splitlines()[1:]]
    assert found_texts(text) == [cell for row in rows for cell in row[:2]]
    assert found_texts(text, "DATE_OF_BIRTH") == [row[2] for row in rows]


def test_a_street_of_bonaire_named_after_someone_is_an_address():
    text = "FCB-18822;Clarenda, Ashley;15-08-1995;3;Kaya L.D. Gerharts 9;+599 795 1187"
    assert "Kaya L.D. Gerharts 9" in found_texts(text, "ADDRESS")
    assert "Gerharts" not in " ".join(found_texts(text))


def test_frisian_words_a_name_list_holds_are_no_names_in_a_lower_case_chat():
    text = (
        "[09:03] durk: nee noch net, wat is der mei?\n"
        "[09:04] geartsje: mehmet hat belle, se wolle ferhúzje nei Drachten.\n"
        "[09:07] durk: top. ik sil it mei jelle opnimme."
    )
    names = found_texts(text)
    assert not {"wolle", "nei", "sil"} & set(names)
    assert "jelle" in names


def test_an_office_before_a_title_is_no_part_of_the_name():
    text = (
        "Present: Island Governor Mrs. C. Spanner-Gibbs (chair); "
        "Island Secretary Mr. L. van Putten."
    )
    assert found_texts(text) == ["Mrs. C. Spanner-Gibbs", "Mr. L. van Putten"]
    assert found_texts("Dear Mr and Mrs Kovačević,") == ["Mr and Mrs Kovačević"]
    assert found_texts("Mw. Prof. Dr. A.B. de Vries") == ["Mw. Prof. Dr. A.B. de Vries"]


def test_someone_introducing_themselves_in_papiamentu_is_a_name():
    text = "[16:20] +599 796 2207: Bon tardi, mi ta Shurandy Piar. Mi ke sa si"
    assert found_texts(text) == ["Shurandy Piar"]


def test_the_person_in_brackets_after_an_organisation_speaking_is_a_name():
    text = "[16:22] OLB (Mirna): Bon tardi señor Piar!\n[16:25] OLB (Mirna): Mi a haña e."
    assert found_texts(text) == ["Mirna", "señor Piar", "Mirna"]


def test_relatives_before_a_frisian_birth_cue_are_names():
    text = (
        "Meiferhúzjende persoanen: Hofstra, Jildou (dochter, berne 12-12-2012), "
        "Hofstra, Gerben (soan, berne 03-08-2015)"
    )
    assert found_texts(text) == ["Hofstra, Jildou", "Hofstra, Gerben"]


def test_a_frisian_street_ending_makes_an_address():
    text = "De sloot achter de boerderij (Sipkesleane 3, 8765 LB Tjerkwerd) is niet schoon."
    assert "Sipkesleane 3" in found_texts(text, "ADDRESS")


@pytest.mark.parametrize(
    "text,value",
    [
        ("Gesprek met Kaya Demir over de aanvraag.", "Kaya Demir"),
        ("Kaya Yılmaz belde vanochtend.", "Kaya Yılmaz"),
    ],
)
def test_kaya_the_first_name_is_no_street_word(text, value):
    assert found_texts(text) == [value]
