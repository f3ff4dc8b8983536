"""English and mixed prompts (issue 13, point 3) and dates of birth by context, Dutch and
English, also in table columns (point 4); other dates stay unreported."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,value",
    [
        ("Her date of birth is 12/03/1985.", "12/03/1985"),
        ("Date of birth: 1985-03-12", "1985-03-12"),
        ("He was born on 3 March 1990 in Utrecht.", "3 March 1990"),
        ("born on March 3, 1990", "March 3, 1990"),
        ("DOB 07-11-1962, phone unknown", "07-11-1962"),
        ("The client (date of birth 14 April 1963) called.", "14 April 1963"),
        ("Born in Asmara on 1 May 1979, she moved here.", "1 May 1979"),
    ],
)
def test_it_finds_english_dates_of_birth(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


def test_it_finds_a_passport_number_after_passport_number(find):
    assert find("Passport number: NWK2PL3R8, valid until 2031.", "ID_DOCUMENT") == [
        ("ID_DOCUMENT", "NWK2PL3R8")
    ]
    assert find("passport number XRTKLMNP4", "ID_DOCUMENT") == [("ID_DOCUMENT", "XRTKLMNP4")]


def test_it_finds_a_citizen_service_number(find):
    assert find("Her citizen service number is 123456782.", "BSN") == [("BSN", "123456782")]


def test_it_reads_a_whole_english_prompt(find):
    text = (
        "Dear Ms Oyelaran,\n\nWe recorded your date of birth as 02/12/1998 and your passport "
        "number as NWK2PL3R8. Please call 06-12345678.\n\nKind regards,\nSjoukje Hiddema\n"
    )
    assert find(text) == [
        ("PERSON", "Ms Oyelaran"),
        ("DATE_OF_BIRTH", "02/12/1998"),
        ("ID_DOCUMENT", "NWK2PL3R8"),
        ("PHONE", "06-12345678"),
        ("PERSON", "Sjoukje Hiddema"),
    ]


def test_it_reads_a_mixed_prompt(find):
    text = "Vertaal naar het Nederlands: 'Mr Hrytsenko was born on 4 July 1971.'"
    assert find(text) == [("PERSON", "Mr Hrytsenko"), ("DATE_OF_BIRTH", "4 July 1971")]


@pytest.mark.parametrize(
    "text,value",
    [
        ("geboren op 12-03-1985 te Sneek", "12-03-1985"),
        ("Geb.: 3 maart 1985", "3 maart 1985"),
        ("mevrouw Tesfay (geb. 1-3-1985)", "1-3-1985"),
        ("Geboortedatum: 1985-03-12", "1985-03-12"),
        ("geboren te Paramaribo op 5 mei 1968", "5 mei 1968"),
    ],
)
def test_it_finds_dutch_dates_of_birth(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


@pytest.mark.parametrize(
    "table",
    [
        "naam;geboortedatum;woonplaats\nHylkje Wâldsma;12-03-1985;Sneek\n",
        "Name,Date of birth,City\nHylkje Wâldsma,12-03-1985,Sneek\n",
        "| Naam | Geboortedatum |\n|---|---|\n| Hylkje Wâldsma | 12-03-1985 |\n",
        "voornaam\tachternaam\tgeb. datum\nHylkje\tWâldsma\t12-03-1985\n",
    ],
)
def test_it_finds_dates_of_birth_in_a_column_under_a_header(find, table):
    assert find(table, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "12-03-1985")]


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering van 12 maart 2024 is verplaatst.",
        "Submitted on 3 March 2025, decided on 2025-04-01.",
        "naam;datum_aanvraag\nHylkje Wâldsma;12-03-2024\n",
        "Hij is geboren in 1985 en woont in Sneek.",
        "The report is dated 12/03/2024.",
    ],
)
def test_it_leaves_other_dates_unreported(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


def test_it_finds_a_birth_date_after_geb_without_a_dot(find):
    text = "cliënt Abdirahman Warsame Farah, geb 01-01-1990, woont in Tilburg"
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "01-01-1990")]
    assert find("Het gebouw 12-03-2020 ging open.", "DATE_OF_BIRTH") == []


def test_it_reads_surname_first_names_in_a_name_column(find):
    table = (
        "naam;geboortedatum;woonplaats\n"
        "Jansen, P.W.;12-04-1958;Deventer\n"
        "Yılmaz, Hatice;30-11-1987;Zwolle"
    )
    assert find(table, "PERSON") == [("PERSON", "Jansen, P.W."), ("PERSON", "Yılmaz, Hatice")]
    assert [value for _, value in find(table, "DATE_OF_BIRTH")] == ["12-04-1958", "30-11-1987"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("In the file my date of birth is listed as 1-2-1990, which is wrong.", "1-2-1990"),
        ("Mijn vader is op 14 mei 1935 geboren en woont nu alleen.", "14 mei 1935"),
    ],
)
def test_it_finds_a_birth_date_with_words_between_or_before_the_cue(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


def test_it_reads_name_and_birth_date_columns_by_their_words(find):
    table = "Naam deelnemer;Geboortedatum;Woonplaats\nYara Al-Khatib;18-02-2003;Leiden"
    assert find(table, "PERSON") == [("PERSON", "Yara Al-Khatib")]
    table = "dossiernr;aanvrager;geb;status\nW-2026-101;Kramer, Ineke;02-02-1954;toegekend"
    assert find(table, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "02-02-1954")]
    assert find("naam organisatie;plaats\nStichting De Brug;Almere", "PERSON") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("aanvrager Gülşen Aydın, gb 1988-12-30", "1988-12-30"),
        ("Nieuwe gast: Eyerusalem Tadesse, Gb. 30-09-2000, doorverwezen", "30-09-2000"),
        ("Betrokkene: Tomasz, geb.dat. 17-05-1993, nationaliteit Pools", "17-05-1993"),
        ("Geboortedatm: 15-7-1996", "15-7-1996"),
        ("Betreft: mw. Gerda Tromp, °12-09-1944", "12-09-1944"),
    ],
)
def test_it_finds_a_birth_date_after_short_and_misspelt_cues(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Nathalie was zelf geboren 6/7/92 (volgens aanmelding).", "6/7/92"),
        ("zoon arda (gb 12/3/13) is weer geschorst", "12/3/13"),
        ("Moeder: Elena Rusu, geb. 22 mrt '94.", "22 mrt '94"),
        ("the candidate states he was born on 14th of August 1985.", "14th of August 1985"),
    ],
)
def test_it_reads_short_birth_dates_after_a_cue(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


def test_it_reads_short_dates_only_after_a_cue_or_in_a_birth_date_column(find):
    assert find("Het overleg van 6/7/92 is verplaatst; bestand 19650312.txt", "DATE_OF_BIRTH") == []
    table = (
        "bsn|naam|geboortedatum|plaats\n895559791|Berg|19650312|Zwolle\n711471046|Abdi|20031301|X"
    )
    # 13 is no month: the second row's cell is no date
    assert find(table, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "19650312")]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Het gaat om zijn vader Tsjalling Boelens (2 mrt 1938). Pa is gevallen.", "2 mrt 1938"),
        ("Bezwaar van 14 inwoners, onder wie Truus Houben (12-10-1955).", "12-10-1955"),
        ("Geboortedatum (verplicht voor identificatie): 20-01-1965\n", "20-01-1965"),
        ("Don't mention his birthday (22/09/1984).", "22/09/1984"),
        ("Kloosterstraat 15, Gulpen. Opa (2-2-1932) wil een pas.", "2-2-1932"),
        ("mijn moeder (14-05-1948) woont nog thuis", "14-05-1948"),
    ],
)
def test_it_finds_a_birth_date_in_brackets_after_a_name_or_a_noted_cue(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Ik las de mail van Jansen (28-11-2026) vanochtend.",  # recent: the mail's date
        "De Wet Jansen (12-03-1999) regelt dat.",  # a law
        "Het rapport (12-03-1999) is oud.",  # no name before it
    ],
)
def test_it_leaves_other_dates_in_brackets_alone(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


def test_it_reads_a_birth_date_column_in_csv_with_quoted_notes(find):
    table = (
        "id,name,dob,email,notes\n"
        '1,Arsen Grigoryan,1993-05-30,arsen.g@example.org,"works at Booking.com"\n'
        '2,Lê Văn Hùng,1968-12-01,,"restaurant owner, Kruiskade"'
    )
    assert [v for _, v in find(table, "DATE_OF_BIRTH")] == ["1993-05-30", "1968-12-01"]
    assert [v for _, v in find(table, "PERSON")] == ["Arsen Grigoryan", "Lê Văn Hùng"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Cliënt: Awet Tesfamariam, gb. 00-00-1998 (alleen jaar bekend)", "00-00-1998"),
        ("Geboortedatum: 00-05-1941", "00-05-1941"),
        (
            "Mevr. Apinsa (geb. 1941, exacte geboortedatum onbekend, in BRP: 00-00-1941) woont",
            "00-00-1941",
        ),
    ],
)
def test_a_birth_date_known_only_in_part_is_read_as_the_brp_writes_it(find, text, value):
    assert value in [found for _, found in find(text, "DATE_OF_BIRTH")]


@pytest.mark.parametrize(
    "text", ["geboren 05-00-1941 (dag zonder maand)", "Factuurdatum 00-00-2020, onbekend"]
)
def test_a_day_without_a_month_or_a_zero_date_without_a_cue_is_no_birth_date(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


DATE_FORMS = [
    *("12-03-1961", "12/03/1961", "12.03.1961", "12.3.1961", "1961-03-12", "1961/03/12"),
    *("12 maart 1961", "12 mrt 1961", "12 mrt. 1961", "12-mrt-1961", "31 dec. 1961"),
    *("12 March 1961", "March 12, 1961", "12th March 1961", "12th of March 1961"),
    *("Mar 12, 1961", "12 Mar 1961", "12 sept. 1961"),
]


@pytest.mark.parametrize("date", DATE_FORMS)
@pytest.mark.parametrize(
    "template",
    [
        "Pieter Jansen, geboren op {date}, woont in Delft.",
        "Date of birth: {date}",
        "Naam: Jansen\nGeboortedatum: {date}\nAdres: Dorpsstraat 1",
        "Jansen, Pieter (geb. {date})",
    ],
)
def test_every_way_of_writing_a_date_counts_after_a_birth_cue(find, template, date):
    assert [value for _, value in find(template.format(date=date), "DATE_OF_BIRTH")] == [date]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Mr Haile (b. 12 May 1979) applied for the permit.", "12 May 1979"),
        ("Ms Tesfay (b. 3-4-1980, Asmara) is the tenant.", "3-4-1980"),
        ("MR HAILE (B. 12 MAY 1979)", "12 MAY 1979"),
    ],
)
def test_it_reads_b_in_brackets_as_a_biography_writes_born(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


def test_a_list_item_b_before_a_date_is_no_birth(find):
    text = "Zie de bijlagen (a. aanvraag, b. 12-05-2024 ontvangen) en (b. 3 juni 2024 besluit)."
    assert find(text, "DATE_OF_BIRTH") == []
