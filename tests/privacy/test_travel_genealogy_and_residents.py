"""Personal data as official travel, family history and residents' own writing give it
(issue 13, points 1 and 4; forty-second round, from the development probes)."""

from __future__ import annotations

import pytest

from regie.privacy.recognisers import gedcom
from tests.privacy.conftest import found_texts

FAMILY_TREE = """Kunt u dit fragment controleren?

0 @I12@ INDI
1 NAME Anna Catharina /Wieczorek/
2 GIVN Anna Catharina
2 SURN Wieczorek
1 SEX F
1 BIRT
2 DATE 14 MAR 1962
2 PLAC Heerlen
1 RESI
2 DATE 1 JAN 1990
0 @I13@ INDI
1 NAME Stanisław /Wieczorek/
1 BIRT
2 DATE ABT 1921
1 DEAT
2 DATE 22 NOV 1988
0 @R1@ REPO
1 NAME Rijckheyt Heerlen
0 @SUBM@ SUBM
1 NAME Piotr Wieczorek-Janssen
"""


def test_a_family_tree_in_gedcom():
    assert found_texts(FAMILY_TREE, "PERSON") == [
        "Anna Catharina /Wieczorek/",
        "Anna Catharina",
        "Wieczorek",
        "Stanisław /Wieczorek/",
        "Piotr Wieczorek-Janssen",
    ]
    # the birth's whole date only: not an estimate, a residence's or a death's date
    assert found_texts(FAMILY_TREE, "DATE_OF_BIRTH") == ["14 MAR 1962"]


def test_a_repository_or_a_text_without_records_names_nobody():
    tree = gedcom.found("0 @R1@ REPO\n1 NAME Regionaal Archief Rivierenland\n")
    assert tree.persons == []
    # (a line that is no GEDCOM line: no level at its start)
    assert gedcom.found("Bij punt 1 NAME de heer Jansen de voorzitter.\n").persons == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Passenger: OYELARAN/ADEBOLA MRS\nTicket number: 074 2193847110",
            ["OYELARAN/ADEBOLA"],
        ),
        (
            "1. BOUKHARI/ILHAM MS – e-ticket 176-2318874410\n"
            "2. VAN DER STEEN/MAARTEN JOHANNES MR – e-ticket 176-2318874411",
            ["BOUKHARI/ILHAM", "VAN DER STEEN/MAARTEN JOHANNES"],
        ),
    ],
)
def test_a_passenger_name_as_airlines_write_it(text, names):
    assert found_texts(text, "PERSON") == names


def test_codes_with_a_slash_are_no_passengers():
    assert found_texts("Vlucht AMS/LHR, koers EUR/USD, TCP/IP MR-scan", "PERSON") == []


def test_a_birth_date_as_a_travel_document_writes_it():
    text = (
        "seq|surname|given_names|sex|dob|nationality\n"
        "1|HAMSTRA|DOUWE|M|04MAY1966|NLD\n"
        "2|MWANGI|GRACE WANJIRU|F|21SEP1987|KEN\n"
    )
    assert found_texts(text, "DATE_OF_BIRTH") == ["04MAY1966", "21SEP1987"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a genealogy puts the place between the cue and the date
        (
            "I. Gijsbert van 't Hul, geb. Barneveld 12 april 1851, landbouwer, tr. 1878",
            ["12 april 1851"],
        ),
        ("tr. 1905 Gerritje in 't Veld, geb. te Voorthuizen 21-09-1883.", ["21-09-1883"]),
        # a column headed "born"
        (
            "grave_id,name,born,died\nZV-0412,Jacoba Bruijn,3 March 1893,11-02-1967\n",
            ["3 March 1893"],
        ),
    ],
)
def test_birth_dates_in_family_history(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a double surname typed with spaces round its hyphen
        (
            "Naam: Sjoukje van der Wal - Dijkstra\nGeboortedatum: 1947-09-22",
            ["Sjoukje van der Wal - Dijkstra"],
        ),
        (
            "Mw. T. van der Meulen - Postma\nSkâns 23\n9051 LR Stiens",
            ["Mw. T. van der Meulen - Postma"],
        ),
        # a dash before a role or an abbreviation separates
        ("Piet de Vries - Voorzitter", ["Piet de Vries"]),
        ("ter Brugge, Lieke - BSN 262455407 - geb. 27-09-2010", ["ter Brugge, Lieke"]),
        # the initials of the given names a short name stands for
        ("Beller: dhr. Kees (C.J.) Boonstra, tel. 0512-521870", ["dhr. Kees (C.J.) Boonstra"]),
    ],
)
def test_names_with_a_spaced_hyphen_or_bracketed_initials(text, names):
    assert found_texts(text, "PERSON") == names


def test_the_other_speaker_of_a_chat_of_two():
    text = (
        "Mo: yo, heb jij de boarding pass van Sjaak?\n"
        "Inge: check ff, staat op naam van J.A.M. Verschuren toch?\n"
        "Mo: ja dat is m.\n"
        "Inge: lol. ik stuur m nu door\n"
        "Mo: top. gate D7, boarding 06:35.\n"
    )
    assert found_texts(text, "PERSON").count("Mo") == 3


def test_words_in_capitals_before_a_birth_cue_are_no_name():
    text = "DIE BOOM IS GEPLANT IN 1952. HIJ IS GEBOREN OP 3 JUNI 1921 EN HEEFT HIER GEWOOND."
    assert "HIJ IS" not in found_texts(text, "PERSON")


def test_a_mine_named_after_a_princess_is_no_person():
    assert found_texts("1 OCCU mineworker, Staatsmijn Emma, Hoensbroek", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ik ben Shurendy Martina en ik kom van Curaçao.", ["Shurendy Martina"]),
        ("klant: man ca 40 jr, noemde zich Ricardo, volgens het systeem", ["Ricardo"]),
    ],
)
def test_who_someone_says_they_are(text, names):
    assert found_texts(text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vlucht gaat via George Bush Intercontinental (Houston).",
        "Let op Martin Luther King Day (derde maandag van januari).",
        "Gefactureerd aan Koolen & Van Rijn Waterbouw B.V. te Dordrecht.",
        "Start bij het AZ Jan Palfijn in Gent.",
        "Hôtel Le Berlaymont, Rue Royale 250, 1210 Bruxelles",
        "Hotel Indonesia Kempinski, Jalan M.H. Thamrin No. 1, Jakarta",
    ],
)
def test_places_and_firms_named_after_people_abroad(text):
    assert found_texts(text, "PERSON") == []


def test_a_street_abroad_with_its_number():
    text = "Het hotel (Casa Fuster, Passeig de Gràcia 132) rekende dubbel."
    assert found_texts(text, "ADDRESS") == ["Passeig de Gràcia 132"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("terugbelverzoek wijkteam, geb.datum klant 05-05-1940", ["05-05-1940"]),
        ("geb.datum dhr: 1 januari 1979 (volgens IND)", ["1 januari 1979"]),
        ("Geboortedatum klopt wel: 21/7/68.", ["21/7/68"]),
    ],
)
def test_whose_birth_date_between_the_cue_and_the_date(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


def test_a_speaker_written_surname_first_before_the_time():
    text = (
        "Kaya, Derya 09:02: Goedemorgen! Heb jij de aanvraag van de scouting?\n"
        "van Wijk, Tom 09:04: Ja, die ligt bij mij.\n"
        "Kaya, Derya 09:06: Oei. Wie is hun contactpersoon?\n"
    )
    assert found_texts(text, "PERSON").count("Kaya, Derya") == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Mit freundlichen Grüßen / Best regards\nH.-P. Bröcker\nAquaSense Systems GmbH",
            ["H.-P. Bröcker"],
        ),
        # German words in capitals, as every German noun is written, and a scout group named
        # after its patron saint
        ("Mit freundlichen Grüßen\nIhre Familienkasse", []),
        ("Zomerkamp Scouting Bernardus, 27 juli t/m 3 augustus, Lierop", []),
        ("Our partner Mrs Anita Ramlal of Ramlal Travel, Den Haag", ["Mrs Anita Ramlal"]),
    ],
)
def test_cross_border_and_youth_camp_names(text, names):
    assert found_texts(text, "PERSON") == names


def test_a_quoted_nickname_after_a_listed_first_name():
    text = '- Sanne "Sunny" Wessel (onderwijsassistent): 06-50012283'
    assert found_texts(text, "PERSON") == ['Sanne "Sunny" Wessel']
