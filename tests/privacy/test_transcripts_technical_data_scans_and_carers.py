"""Personal data as meeting transcripts, developers' data, scanned documents read by OCR and
informal-care administration write it (issue 13, points 1 and 4; forty-first round, from the
development probes)."""

from __future__ import annotations

import pytest

from regie.privacy.recognisers.mrz import check_digit
from regie.privacy.scanner import _as_read
from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # a zero that OCR read as the letter O, in a birth date, a phone number, a postcode
        (
            "Mijn man Wybren Hoekstra (geb. 14-O2-1949, BSN 628194821) is overleden.",
            "DATE_OF_BIRTH",
            ["14-O2-1949"],
        ),
        (
            "Geboortedatum: 23-11-19O8    Geboorteplaats: Vlaardingen",
            "DATE_OF_BIRTH",
            ["23-11-19O8"],
        ),
        (
            "Date of birth:\nO7 MRT/MAR 1985\nPlace of birth: Nador",
            "DATE_OF_BIRTH",
            ["O7 MRT/MAR 1985"],
        ),
        ("bel me als ze weer belt: 06 12 9O 44 31", "PHONE", ["06 12 9O 44 31"]),
        ("Adres: Aalanderweg 8, 1O57 GW Amsterdam", "POSTCODE", ["1O57 GW"]),
        # the month in two languages, as a passport or an identity card prints it
        ("Geboortedatum / Date of birth\n07 MRT/MAR 1985\n", "DATE_OF_BIRTH", ["07 MRT/MAR 1985"]),
    ],
)
def test_a_zero_read_as_the_letter_o(text, kind, found):
    assert found_texts(text, kind) == found


def test_an_o_beside_a_letter_stays_a_letter():
    # (read as a zero only between or beside digits: "CO2", "NO2X45KL" keep their O)
    assert _as_read("CO2 en NO2X45KL, geb. 19O8-O1-3O") == "CO2 en NO2X45KL, geb. 1908-01-30"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a double surname broken at the hyphen at a line's end, as a scanned page breaks it
        (
            "Hierbij maak ik, Sjoukje Hoekstra-\nBouma, wonende Kerkstraat 14, bezwaar.",
            ["Sjoukje Hoekstra-\nBouma"],
        ),
        (
            "De eigenaar van het pand, mr. G. Dekker-\nBoon, wil weten hoe breed",
            ["mr. G. Dekker-\nBoon"],
        ),
        # a surname hyphenated inside the word
        (
            "de woning aan mijn oudste zoon Frederik Pattia-\nsina kan overgaan",
            ["Frederik Pattia-\nsina"],
        ),
    ],
)
def test_a_name_hyphenated_at_the_end_of_a_line_is_one_name(text, names):
    assert found_texts(text) == names


def test_de_heer_written_with_a_capital_is_the_title_with_its_article():
    # (as old minutes and letters write it; "Weledelgeleerde Heer" has no article)
    assert found_texts("Secretaris: de Heer H. Zuidema.\nAanwezig de leden") == [
        "de Heer H. Zuidema"
    ]
    assert found_texts("Als getuige verklaart de Heer Hendrik Jan van Gemert, onderwijzer") == [
        "de Heer Hendrik Jan van Gemert"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Toon" before a tone asked for, without a colon too
        ("Dit kwam binnen via de balie. Toon vriendelijk, B1-niveau graag.", []),
        ("Naturalisatie, gemeente Ede. Toon feestelijk maar formeel.", []),
        # the first name
        ("Toon Hermans was een cabaretier. Toon vond het leuk.", ["Toon Hermans", "Toon"]),
    ],
)
def test_toon_before_a_tone_is_no_name(text, names):
    assert found_texts(text) == names


def test_the_date_of_a_birth_object_as_the_brp_api_returns_it():
    text = (
        '{"personen": [{"burgerservicenummer": "516180939",\n'
        '  "geboorte": {"datum": {"type": "Datum", "datum": "1984-01-01",'
        ' "langFormaat": "1 januari 1984"}, "plaats": {"omschrijving": "Mogadishu"}},\n'
        '  "kinderen": [{"geboorte": {"datum": {"datum": "2015-06-30"}}}],\n'
        '  "verblijfplaats": {"datumAanvangAdreshouding": {"datum": "2019-09-01"}},\n'
        '  "overlijden": {"datum": {"datum": "2020-01-01"}}}]}'
    )
    assert found_texts(text, "DATE_OF_BIRTH") == ["1984-01-01", "1 januari 1984", "2015-06-30"]
    assert found_texts(
        '"geboorte": { "datum": "1979-03-14", "plaats": "Paramaribo" }', "DATE_OF_BIRTH"
    ) == ["1979-03-14"]


def test_a_two_letter_speaker_with_a_time_on_more_lines_in_a_chat_of_names():
    text = (
        "[14:01] mo: yo heb jij die melding van gister nog?\n"
        "[14:02] sanne v: welke, die van de fietswrakken?\n"
        "[14:02] mo: nee die overlast op de markt\n"
        "[14:03] sanne v: o ja. heb t in MORA gezet\n"
    )
    assert found_texts(text).count("mo") == 2
    # (without a time a two-letter word opening lines stays a word)
    assert "ok" not in found_texts("ok: dat doen we\nsanne: prima\nok: top\nsanne: ja\n")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "nr | naam | geb | functie\n"
            "201734 | Ter Steege, Gijsbertus (Gijs) | 05-03-1964 | Handhaver BOA\n"
            "201735 | Bos, Wilhelmina | 11-08-1971 | Toezichthouder\n",
            ["Ter Steege, Gijsbertus (Gijs)", "Bos, Wilhelmina"],
        ),
        (
            "kamer;naam;geb;bijzonderheden\n"
            "13;Groot Wassink, Hendrika (Riek);02-09-1936;zuurstof\n",
            ["Groot Wassink, Hendrika (Riek)"],
        ),
        # a role, a firm or a relation in brackets stays outside the name
        (
            "dossier;cliënt;contactpersoon\nBW-1;Zhang, Wei;Zhang Xiu Ying (dochter)\n"
            "BW-2;Bakker, Anna;R. Veldhuis (Crawford)\n",
            ["Zhang, Wei", "Zhang Xiu Ying", "Bakker, Anna", "R. Veldhuis"],
        ),
    ],
)
def test_a_cell_written_surname_first_holds_the_nickname_after_it(text, names):
    assert found_texts(text) == names


def test_surnames_after_police_officers_in_the_plural():
    text = "De politie was om 22.55 uur ter plaatse (agenten Kloppenburg en Mahamud)."
    assert found_texts(text) == ["Kloppenburg", "Mahamud"]
    assert found_texts("Op de markt schreven handhavers Bosch en Lee een bon.") == ["Bosch", "Lee"]


def test_a_word_that_opens_what_a_timed_speaker_says_is_no_name():
    text = (
        "Visitor: Sanjay\nAgent: Marleen (KCC)\n\n"
        "14:02 Agent: Good afternoon, you are chatting with Marleen.\n"
        "14:03 Visitor: hi, I registered my wife\n"
        "14:12 Agent: If she stays shorter than 4 months, she can register later.\n"
        "[11:03] Medewerker: Vervelend om te horen.\n[11:04] Medewerker: Genoteerd.\n"
    )
    assert found_texts(text) == ["Sanjay", "Marleen", "Marleen"]


def test_the_check_digit_of_the_machine_readable_zone():
    # ICAO Doc 9303's specimen passport: document number, birth date, expiry date
    assert [check_digit(field) for field in ("L898902C<", "690806", "940623")] == [3, 1, 6]


@pytest.mark.parametrize(
    ("zone", "name", "birth_date"),
    [
        # an identity card (TD1), a filler or two lost by OCR on the first line
        (
            "I<NLDIZR8L49K13400376143<<<<\n8503079M3101121NLD<<<<<<<<<<<4\n"
            "EL<KHATTABI<<NOUREDDINE<<<<<<<\n",
            "EL<KHATTABI<<NOUREDDINE",
            "850307",
        ),
        # ICAO's specimen passport (TD3)
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            "L898902C<3UTO6908061F9406236ZE184226B<<<<<14\n",
            "ERIKSSON<<ANNA<MARIA",
            "690806",
        ),
    ],
)
def test_the_name_and_birth_date_in_the_machine_readable_zone_of_a_document(zone, name, birth_date):
    text = f"Kopie van het document bij de aanvraag (ocr):\n\n{zone}\nGraag afschermen."
    assert found_texts(text) == [name]
    assert found_texts(text, "DATE_OF_BIRTH") == [birth_date]


def test_a_zone_whose_birth_date_fails_its_check_digit_is_not_read():
    # (the birth date's check digit changed from 1 to 2: no zone, so no name either)
    text = (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "L898902C<3UTO6908062F9406236ZE184226B<<<<<14\n"
    )
    assert found_texts(text, "DATE_OF_BIRTH") == []
    assert "ERIKSSON<<ANNA<MARIA" not in found_texts(text)
