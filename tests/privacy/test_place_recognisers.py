"""Postcodes, addresses (street + number, city after a postcode, Postbus), licence plates."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("value", ["1234 AB", "1234AB", "9999 ZZ", "1234ab"])
def test_it_finds_postcodes(find, value):
    assert find(f"Postcode {value} klopt.", "POSTCODE") == [("POSTCODE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Postcode 0123 AB bestaat niet",
        "1234 SS",
        "1234 aa",
        "de dosis was 1250 mg",
        "op grond van art. 1019 BW",
        "1250 MG per dag",
    ],
)
def test_it_ignores_postcode_lookalikes(find, text):
    assert find(text, "POSTCODE") == []


def test_it_accepts_an_unusual_letter_pair_when_a_place_follows(find):
    assert find("6636 AM Houten", "POSTCODE") == [("POSTCODE", "6636 AM")]


@pytest.mark.parametrize(
    "value",
    [
        "Kerkstraat 12",
        "Heidelberglaan 1a",
        "Jan van Galenstraat 12-2",
        "Thorbeckeplein 3",
        "Burgemeester de Vlugtlaan 125",
        "Oude Gracht 123",
        "Laan van Meerdervoort 1",
        "Prof. Dr. J.C. Schoutelaan 1",
        "Van Goghstraat 4 B",
        "Postbus 1234",
        "Herengracht 502-hs",
        "Jacob van Lennepkade 140-II",  # a floor in Roman numerals
        "Kinkerstraat 22-III",
        # an ordinal, an adjective or an office opens the street name
        "Tweede Walstraat 44",
        "Groene Hilledijk 301",
        "Verlengde Hoogstraat 9",
        "Kapelaan Berixstraat 6",
        "Deken van Erpstraat 20",
        "Bisschop Hamerstraat 23",
        # endings that make a street after a stem, a compass word, a floor after a space
        "Oosteinde 221",
        "Westzijde 114",
        "Skilpadsterwei 4",
        "Zuiderdiep 212",
        "Geert Grooteplein Zuid 10",
        "Burgemeester de Withstraat 14 II",
        "Laan van Nieuw Oost-Indië 88",
    ],
)
def test_it_finds_street_addresses(find, value):
    assert find(f"Het adres is {value}, graag.", "ADDRESS") == [("ADDRESS", value)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Mevrouw N. Hakimi\nAert van Nesstraat 60\n3012 CA Rotterdam", "Aert van Nesstraat 60"),
        ("R-1;Oksana;22-06-1979;Nelson Mandelaplein 112;3526 AB", "Nelson Mandelaplein 112"),
        ("Melder: Hatice Demirtaş, Kamerlingh Onneslaan 58, 9741 KV", "Kamerlingh Onneslaan 58"),
    ],
)
def test_a_street_filling_its_line_or_cell_keeps_its_unlisted_words(find, text, value):
    assert ("ADDRESS", value) in find(text, "ADDRESS")


@pytest.mark.parametrize(
    "text,value",
    [
        ("haar moeder woont op bilderdijkstraat 77-2, ze is ziek", "bilderdijkstraat 77-2"),
        ("en woont op de kerkstraat 5 in venlo", "kerkstraat 5"),
        ("my new address is javastraat 140-3", "javastraat 140-3"),
    ],
)
def test_a_lower_case_street_in_chat_about_where_someone_lives(find, text, value):
    assert find(text, "ADDRESS") == [("ADDRESS", value)]


def test_a_date_after_a_surname_with_a_street_ending_is_no_house_number(find):
    assert find("Bart-Jan Kruithof 29-02-1988\n") == [
        ("PERSON", "Bart-Jan Kruithof"),
        ("DATE_OF_BIRTH", "29-02-1988"),
    ]


def test_a_lower_case_street_word_elsewhere_is_no_address(find):
    assert find("we lopen over de dijk 3 keer per week", "ADDRESS") == []


@pytest.mark.parametrize(
    "text", ["Einde 2025 is het klaar.", "Jaareinde 2025 nadert.", "Voorzijde 2 van het formulier"]
)
def test_an_ending_alone_or_in_running_text_is_no_street(find, text):
    assert find(text, "ADDRESS") == []


def test_it_finds_the_city_after_a_postcode(find):
    assert find("Kerkstraat 1\n1234 AB  Alphen aan den Rijn\n") == [
        ("ADDRESS", "Kerkstraat 1"),
        ("POSTCODE", "1234 AB"),
        ("ADDRESS", "Alphen aan den Rijn"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De Kerkstraat wordt heringericht.",
        "Rotterdam 2024 was een goed jaar.",
        "Heidelberglaan 11111",
        "Vergadering 12 maart",
    ],
)
def test_it_ignores_street_lookalikes(find, text):
    assert find(text, "ADDRESS") == []


@pytest.mark.parametrize(
    "value",
    [
        "AB-12-34",
        "12-34-AB",
        "12-AB-34",
        "AB-12-CD",
        "AB-CD-12",
        "12-AB-CD",
        "12-ABC-3",
        "1-ABC-23",
        "AB-123-C",
        "A-123-BC",
        "ABC-12-D",
        "A-12-BCD",
        "1-AB-234",
        "123-AB-4",
    ],
)
def test_it_finds_every_dutch_sidecode(find, value):
    assert find(f"kenteken {value} geregistreerd", "LICENSE_PLATE") == [("LICENSE_PLATE", value)]


@pytest.mark.parametrize("text", ["Z-2024-001234", "12-03-85", "ABCD-12-34", "TLP-AMBER"])
def test_it_ignores_plate_lookalikes(find, text):
    assert find(text, "LICENSE_PLATE") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("G. Ferreira da Silva\nRua Helena Vieira 12\n1500-339 Lisboa", "Rua Helena Vieira 12"),
        ("Ze woont inmiddels op Kaya Kadushi 14, Willemstad.", "Kaya Kadushi 14"),
        ("Calle Mayor 5, Madrid", "Calle Mayor 5"),
        ("Avenida da Liberdade 120, Lisboa", "Avenida da Liberdade 120"),
        ("Rue de la Paix 3, Paris", "Rue de la Paix 3"),
    ],
)
def test_a_street_abroad_is_an_address_not_the_person_it_is_named_after(find, text, value):
    assert ("ADDRESS", value) in find(text)
    assert not [v for t, v in find(text) if t == "PERSON" and v in value]


def test_via_is_no_street_word(find):
    assert find("Via Jan Bakker 3 dossiers ontvangen.", "ADDRESS") == []
