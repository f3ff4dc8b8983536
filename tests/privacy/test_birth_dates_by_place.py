"""Birth dates inferred from where they stand (issue 13, point 4): right after a person's
name, and further dates in the sentence of a birth-date cue and the next. Other dates near
them stay unreported: recent ones, labelled ones, those in table rows."""

from __future__ import annotations

import datetime

import pytest

RECENT = datetime.date.today().year - 1  # a year a letter, call or decision is dated in


@pytest.mark.parametrize(
    "text,value",
    [
        ("Nieuwe melding: dhr. Chukwuemeka Eze, 12-4-1988, verward op straat.", "12-4-1988"),
        ("Cliënt: Clarence Hooi, 23-05-1975, Kraaiennest 47.", "23-05-1975"),
        ("Hij is de man van Olena Shevchenko (21.08.1989).", "21.08.1989"),
        ("Gerardus Hubertus Crijns|23-11-1921|Kerkrade", "23-11-1921"),
        ("Bakker, Coen – 09.09.1969", "09.09.1969"),
        ("Mohammed Yousef; 1984-07-02; Tilburg", "1984-07-02"),
        ("Team:\nMourad El Khattabi 19-07-1987\n", "19-07-1987"),
        ("Het gaat om Łukasz (12-03-1980).", "12-03-1980"),  # any capital a name starts with
        ("MOREAU Claire\t1989-04-11\tFrench\tPolicy Advisor", "1989-04-11"),  # a pasted range
        ("Mevrouw (19-03-1979) is na een CVA opgenomen.", "19-03-1979"),  # after a title
    ],
)
def test_it_finds_a_birth_date_right_after_a_name(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


def test_it_finds_every_birth_date_in_a_list_of_names(find):
    text = (
        "Zet deze collega's op volgorde van leeftijd:\n"
        "Priya Raghunathan 27-10-1990\nMourad El Khattabi 19-07-1987\n"
        "Ioana Popescu, 12.03.1959\n"
    )
    assert [value for _, value in find(text, "DATE_OF_BIRTH")] == [
        "27-10-1990",
        "19-07-1987",
        "12.03.1959",
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"Opgesteld door P. de Vries, 12-03-{RECENT}",  # the date of the minutes
        f"Gesprek met mevr. Yilmaz (12-05-{RECENT})\nAanwezig: wij.",  # the date of a talk
        f"Femke Nijboer, 12 maart {RECENT}\nYaw Darko, 14 maart {RECENT}",  # signatures
        "Jan Jansen 12-03-1980 belde over zijn aanvraag.",  # spaces alone, not at a line end
    ],
)
def test_it_leaves_a_recent_or_running_date_after_a_name_alone(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text,values",
    [
        (
            "I need your date of birth and a copy of your ID. Your file says 22-02-1990 but "
            "your ID copy says 22-12-1990, can you check?",
            ["22-02-1990", "22-12-1990"],
        ),
        (
            "U heeft gevraagd uw geboortedatum te corrigeren. In de BRP staat 01-06-1952, "
            "volgens u is dit 06-01-1952.",
            ["01-06-1952", "06-01-1952"],
        ),
        (
            "Haar geboortedatum staat 2x verschillend in Suite (7-11-1975 en 11-7-1975).",
            ["7-11-1975", "11-7-1975"],
        ),
        (
            "Kun je deze lijst sorteren op geboortedatum (oudste eerst)?\n\n"
            "1. Tsegaye, Almaz – 03.03.1999\n2. Abdi, Faadumo – 17.11.1984",
            ["03.03.1999", "17.11.1984"],
        ),
    ],
)
def test_it_finds_further_dates_where_a_text_discusses_a_birth_date(find, text, values):
    assert [value for _, value in find(text, "DATE_OF_BIRTH")] == values


@pytest.mark.parametrize(
    "text,values",
    [
        # labelled as another date, or after "op" / "van"
        (
            "Geboortedatum: 03-04-1980. De aanvraag kwam binnen op 02-02-2019.",
            ["03-04-1980"],
        ),
        (
            "Wietske Hoekstra, geb. 14-02-1961, ingeschreven 03-09-2019.",
            ["14-02-1961"],
        ),
        ("Geboren 12-03-1931, overleden 02-02-2004.", ["12-03-1931"]),
        # a generic rule, no person's date
        ("If your child was born on or after 1 October 2015, please register.", []),
        # two sentences on: out of reach
        (
            "Geboren 19-01-1943. Hij rijdt in een auto. Het bedrag is 2 juni 2011 overgemaakt.",
            ["19-01-1943"],
        ),
        # a table row: the header says what its columns hold (`tables`)
        (
            "klopt de geboortedatum?\n\nNaam\tGeb.datum\tInschrijving\n"
            "Johanna Latuheru\t03-09-1961\t12-05-1989",
            ["03-09-1961"],
        ),
    ],
)
def test_it_leaves_other_dates_near_a_birth_date_cue_alone(find, text, values):
    assert [value for _, value in find(text, "DATE_OF_BIRTH")] == values


@pytest.mark.parametrize(
    "text,value",
    [
        ("voor haar moeder Trijntje Hoekman-Visser (* 14.08.1939).", "14.08.1939"),
        ("Jan Jansen * 14.08.1939 † 2001", "14.08.1939"),
        ("Geboortedatum: 2014.05.03", "2014.05.03"),
    ],
)
def test_it_reads_the_birth_sign_and_year_first_dates_with_dots(find, text, value):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", value)]


def test_a_bullet_before_a_date_is_no_birth_sign(find):
    assert find("Agenda:\n* 12-03-2019 overleg\n", "DATE_OF_BIRTH") == []


def test_a_birth_date_column_may_say_whose_birth_date_it_holds(find):
    text = (
        "Naam\tNationaliteit\tGeb.datum hoofdaanvrager\tContactpersoon\n"
        "Tesfay Gebremedhin\tEritrese\t12-03-1986\tA. Mulders\n"
        "Rahaf Al-Khatib\tSyrische\t01-07-1995\tA. Mulders\n"
    )
    assert [value for _, value in find(text, "DATE_OF_BIRTH")] == ["12-03-1986", "01-07-1995"]


def test_a_birth_place_column_holds_no_birth_dates(find):
    text = "Naam;Geb.plaats;Datum intake\nJan Jansen;Utrecht;01-02-1990\n"
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text,dates",
    [
        ("Ikzelf ben van 9 november 1956 en woon hier al sinds 2011.", ["9 november 1956"]),
        ("goedemiddag ik ben van 12-3-59 en heb een vraag", ["12-3-59"]),
        ("Ben ik van 3-4-1980 of van 4-3-1980? Dat weet ik niet meer.", ["3-4-1980"]),
        ("ik ben van 1961 en mijn man is ouder", ["1961"]),
    ],
)
def test_ik_ben_van_and_a_date_is_the_writers_birth_date(find, text, dates):
    assert [value for _, value in find(text, "DATE_OF_BIRTH")] == dates


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben van 12 juni 2019 tot 20 juni 2019 op vakantie.",
        "Ik ben van 2019 t/m 2021 in Spanje geweest.",
        "Ik ben van 1 juli 2025 - 3 juli 2025 niet bereikbaar.",
        "Ik ben van 12 maart 2025 af aan de slag gegaan.",
    ],
)
def test_ik_ben_van_a_period_or_a_recent_date_is_no_birth_date(find, text):
    assert find(text, "DATE_OF_BIRTH") == []
