"""What elections, the council, public health and schools write (issue 13, points 1 and 4;
twenty-sixth round, from the development probes BN and BP): candidate lists with the surname
first and initials, a surname with initials after a label, chat exports of Slack and Teams
with user names, tables whose name column is named after a role, and postcodes as cells of
a comma-separated row."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts

CANDIDATE_LIST = (
    "Lijst 7 – GROEN SOCIAAL\n\n"
    "1. Yılmaz, S. (Sevda) (v) Rotterdam\n"
    "2. Linden, P. van der (Pieter) (m) Capelle aan den IJssel\n"
    "3. Tesfay, Y. (m) Rotterdam\n"
    "4. Heuvel-Peeters, L. op den (v) Oosterbeek\n"
)


def test_a_candidate_list_gives_each_candidate_with_initials_and_given_name():
    assert found_texts(CANDIDATE_LIST) == [
        "Yılmaz, S. (Sevda)",
        "Linden, P. van der (Pieter)",
        "Tesfay, Y.",
        "Heuvel-Peeters, L. op den",
    ]


def test_a_list_numbered_without_a_dot_too():
    text = "1 Koster, M.A. (Michiel) (m), Arnhem\n2 Kalloe, A. (v), Arnhem\n"
    assert found_texts(text) == ["Koster, M.A. (Michiel)", "Kalloe, A."]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naam en voorletters: DIJKSTRA, J.H.\nGeboortedatum: 03-11-1979", ["DIJKSTRA, J.H."]),
        (
            "waarop als eerste kandidaat voorkomt: Hiemstra, W. (Wietske)",
            ["Hiemstra, W. (Wietske)"],
        ),
        # a given name after a name without initials stays its own
        ("dhr. K. Owusu-Ansah (Kwabena) belde", ["dhr. K. Owusu-Ansah", "Kwabena"]),
        # no surname before the comma: a place and a street are no person
        ("Zie: Utrecht, Centrum", []),
    ],
)
def test_a_surname_with_initials_after_a_label(text, names):
    assert found_texts(text) == names


def test_user_names_of_a_chat_export():
    text = (
        "#griffie-support (Slack export)\n\n"
        "alex.morgan  09:02\nMorning! Quick one about the ID card\n\n"
        "jorrit_dekker  09:15\ncall me on the desk phone\n\n"
        "priya.r 08:41  morning all, quick q\n"
    )
    assert found_texts(text) == ["alex.morgan", "jorrit_dekker", "priya.r"]


@pytest.mark.parametrize("text", ["zie bestand.txt 10:00", "rapport.pdf 10:02  klaar"])
def test_a_file_name_before_a_time_is_no_user(text):
    assert found_texts(text) == []


def test_a_column_named_after_a_role_holds_persons():
    text = (
        '"case_id";"received";"school";"assigned_to";"status"\n'
        '"ZM-0412";"2024-01-08";"Dr. Ariënsschool";"J. Sluiter";"open"\n'
        '"ZM-0415";"2024-01-09";"Wolfert Lyceum";"A. Lodder";"gesloten"\n'
    )
    assert found_texts(text) == ["J. Sluiter", "A. Lodder"]


def test_a_tab_ends_a_name_in_a_list():
    text = (
        "locatie\tploeg\tlid 1\tlid 2\tteamleider\n"
        "Sporthal De Peel\tA\tKuijpers, Ton\tBakker, Nora\tZwart, P.J.\n"
    )
    assert found_texts(text) == ["Kuijpers, Ton", "Bakker, Nora", "Zwart, P.J."]


@pytest.mark.parametrize(
    ("text", "postcodes"),
    [
        ('0017,"Benhaddou, Ilham",Westzijde 204-3,1506 EJ,Zaandam,aangemeld', ["1506 EJ"]),
        ("naam,adres,postcode\nKoç,Zuiddijk 388,1505 HN", ["1505 HN"]),
        # a decimal before two capitals that end no cell is no postcode
        ("de score was 3,1506 EJ-waarde", []),
    ],
)
def test_a_postcode_that_fills_a_cell_of_a_comma_separated_row(text, postcodes):
    assert found_texts(text, "POSTCODE") == postcodes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalised tussenvoegsel opening a sentence stays with the surname
        (
            "Ik heb Mw. Ten Thije (CDA) gevraagd; Ten Thije wil alleen tekenen.",
            ["Mw. Ten Thije", "Ten Thije"],
        ),
        # "vd" as a chat writes "van de(n/r)"
        ("[14-04-26 20:12] Bas vd Heuvel: ik teken ook", ["Bas vd Heuvel"]),
        (
            "de Groot-Amrani, Leila 11:09\nKleine kanttekening bij punt 2",
            ["de Groot-Amrani, Leila"],
        ),
        # an English auxiliary opening a question is no given name
        ("Could Sophie from the griffie send me the dictum?", ["Sophie"]),
        # a role after a name in a labelled field, a party, a post box and a department
        ("Follow-up owner: L. Chaudhry, CISO.", ["L. Chaudhry"]),
        ('Let op: de lijst "Lijst Pim Fortuyn" telt apart.', []),
        ("P.O. Box 70012\n3000 KP Rotterdam", []),
        ("Met vriendelijke groet,\n\nRaadsgriffie", []),
    ],
)
def test_council_and_chat_habits(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # any street name, before a postcode, after a lower-case word
        (
            "De heer Sjoerd Bouma, woonachtig Heechhiem 4, 8604 AK Sneek, voldoet",
            ["Heechhiem 4", "Sneek"],
        ),
        (
            "Moeder woont aan de Hillevliet 76-B, 3074 KE Rotterdam",
            ["Hillevliet 76-B", "Rotterdam"],
        ),
        # or filling the field of an address label
        ("Straat en huisnummer: Botter 14-22\nPostcode: 8232 KC", ["Botter 14-22"]),
        ("Adres school: Stadsfenne 2, Sneek", ["Stadsfenne 2"]),
        # a label's field with no house number holds no street
        ("Adres: onbekend, zie Kamer 4", []),
    ],
)
def test_a_street_without_a_street_word(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


def test_chat_names_with_emoji_and_in_lower_case():
    text = (
        "[14-04-26 20:17] Gaby ❤️: ik zit nog bij de ouderavond\n"
        "[14-04-26 20:20] Marieke: heb net gebeld\n"
        "[14-04-26 20:33] Bas: lol. fix jij t marieke?\n"
    )
    assert found_texts(text) == ["Gaby", "Marieke", "Bas", "marieke"]


def test_a_lower_case_first_name_that_is_a_word_is_not_repeated():
    # "roos" is a flower
    assert found_texts("Roos: ok\nBas: de roos is mooi") == ["Roos", "Bas"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "meneer Hermans said I must ask you.\n\nDziękuję / bedankt,\nMagda",
            ["meneer Hermans", "Magda"],
        ),
        ("Pozdrawiam,\nAgnieszka Nowak", ["Agnieszka Nowak"]),
        ("4. Ilunga, J.-P. (Jean-Paul) (m) Breda", ["Ilunga, J.-P. (Jean-Paul)"]),
    ],
)
def test_closings_in_other_languages_and_hyphenated_initials(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # taxes and archives (twenty-sixth round, from the development probes BR and BT)
        ("Mevrouw Op den Kamp geeft aan dat de woning leeg stond.", ["Mevrouw Op den Kamp"]),
        ("contact via 06 23 90 14 77 (mw. Op den Kamp).", ["mw. Op den Kamp"]),
        ("Op de Markt staat een kraam.", []),
        ("Hoogachtend,\n\nJ.P. (Hans) de Laat\nbelastingdeurwaarder", ["J.P. (Hans) de Laat"]),
        ("Voor akkoord:\nR. Kerkhof  E. Bulut", ["R. Kerkhof", "E. Bulut"]),
        ("Herrn Lukas Becker\nKönigsallee 27\n40212 Düsseldorf", ["Herrn Lukas Becker"]),
        (
            "BZ24-0004,06-03-2024,Stichting Sint Jozefhuis,mr. P. Hageman,taxatie",
            ["mr. P. Hageman"],
        ),
        (
            "PV-2024-10231\tbewoner\tGZ-214-K\tNieuwenhuis, M.\tPiet Heinstraat 44",
            ["Nieuwenhuis, M."],
        ),
        # a role word in capitals is a heading
        (
            "3. INWONENDE KINDEREN JONGER DAN 18\nNaam                 Geboortedatum\n"
            "YONAS TEKLE          03-02-2019\nLIYA TEKLE           20-10-2021\n",
            ["YONAS TEKLE", "LIYA TEKLE"],
        ),
    ],
)
def test_taxes_and_archives(text, names):
    assert found_texts(text) == names


def test_two_forms_side_by_side_are_no_table_of_names():
    # copied from a PDF: the field labels under "Naam" are no names
    text = "Naam                 Naam\nBSN                  BSN\nWang Li              Chen Mei\n"
    assert "BSN" not in found_texts(text)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Hendrikus van Kempen, geboren 3 april 1888 te Woensel", ["3 april 1888"]),
        ("Berend ten Velde, geb. 4 januarij 1796, get. de moeder", ["4 januarij 1796"]),
        ("Birth date: 02-05-1861\nPlace of death: Amersfoort", ["02-05-1861"]),
        # an old date without a cue is no birth date
        ("Op 12-03-1888 werd het pand gebouwd.", []),
    ],
)
def test_birth_dates_in_old_records(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "de doop van Jan Pietersz. op 11 januari 1789, zoon van Pieter Jansz. en Grietje "
            "Claasdr.; getuige",
            ["Jan Pietersz.", "Pieter Jansz.", "Grietje Claasdr."],
        ),
        ('door Ds. Van Loon". Ds. Van Loon was predikant', ["Ds. Van Loon", "Ds. Van Loon"]),
        ("zoals mevrouw A. Wiersma-van der Linden, wilt u", ["mevrouw A. Wiersma-van der Linden"]),
        ("Johanna Brinkhuis-ter Horst (1925-2005)", ["Johanna Brinkhuis-ter Horst"]),
    ],
)
def test_names_in_old_registers(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Margaret "Peggy" VanderMeulen\n2214 Oak Bay Avenue', ['Margaret "Peggy" VanderMeulen']),
        # a department or an archive in a mail header is no person
        (
            "Van: Wendy Scholten <w.scholten@apeldoorn.nl>\nAan: Begraafplaatsadministratie\n",
            ["Wendy Scholten"],
        ),
        (
            "From: Rachel Doelwijt <rd@verizon.net>\nTo: Nationaal Archief <info@na.nl>\n",
            ["Rachel Doelwijt"],
        ),
        ("Aan: team Wmo\ncc: J. Kanagaratnam\nOnderwerp: huishoudelijke hulp", ["J. Kanagaratnam"]),
    ],
)
def test_nicknames_in_quotes_and_mailboxes(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Van: Team Werving & Selectie, Gemeente Tilburg\nOnderwerp: vacature",
        "From: Communications – GGD Haaglanden\nSubject: outbreak",
        "na verwijdering van het Onze Lieve Vrouwelyceum. Ouders weigeren",
    ],
)
def test_departments_and_schools_are_no_persons(text):
    assert found_texts(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # subsidies and events (twenty-sixth round, from the development probe BX)
        (
            "[09:12] sanne de graaf: goedemorgen!\n[09:13] sanne de graaf: en EHBO?\n",
            ["sanne de graaf", "sanne de graaf"],
        ),
        ("anna zegt: hoi", ["anna"]),
        # the next cell's firm does not make a surname after a tussenvoegsel a firm or place
        ("S-03\tVan Houten, Bas\tEvent Medics BV\tparamedic", ["Van Houten, Bas"]),
        ("Heijmans Infra B.V. bouwt de brug", []),
    ],
)
def test_subsidies_and_events(text, names):
    assert found_texts(text) == names


def test_a_co_applicant_written_surname_first():
    # housing (twenty-sixth round, from the development probe BV)
    text = (
        "Aanvrager:           KOOPMANS, Hendrikus Gerardus (Henk)\n"
        "Medeaanvrager:       KOOPMANS-ABELS, Trijntje\n"
    )
    assert "KOOPMANS-ABELS, Trijntje" in found_texts(text)
