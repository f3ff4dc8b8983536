"""Names as calendars and attendee lists, community centres, reports about public space and
privacy requests write them (issue 13, points 1 and 2; fortieth round, from the development
probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a common first name in lower case and a listed surname, without a cue
        (
            "kun je een mail maken? leidinggevende is ruud van leeuwen, die moet in cc.",
            ["ruud van leeuwen"],
        ),
        (
            "onderteken maar met de naam van sanne vermeulen, afdeling veiligheid",
            ["sanne vermeulen"],
        ),
        # more first names before the surname, also one the lists hold as a surname
        (
            "die oom heette gerrit jan van den akker en kwam uit apeldoorn",
            ["gerrit jan van den akker"],
        ),
        ("achtergrond: hij heet mehmet ali yilmaz en woont hier", ["mehmet ali yilmaz"]),
        # a double surname joined by a hyphen
        ("moeder heet anouk de jong-van dam, vader is onbekend", ["anouk de jong-van dam"]),
        # a month after a day is no first name
        ("kunnen we op 3 jan van start?", []),
    ],
)
def test_a_lower_case_first_name_with_a_listed_surname_is_a_name(text, names):
    assert found_texts(text) == names


def test_a_month_after_a_day_is_no_repeat_of_a_lower_case_first_name():
    text = "11 jan no show, pools k. nowak clt jan kowalczyk 60 min\n3 jan tel tolk arabisch\n"
    assert "jan kowalczyk" in found_texts(text)
    assert "jan" not in found_texts(text)


def test_a_bsn_in_a_csv_row_before_a_phone_number_written_in_groups():
    # (",06 1177" is the next cell, no decimal comma; "123456782,50 euro" stays an amount)
    text = (
        "datum,tijd,product,naam,geboortedatum,bsn,telefoon\n"
        '2025-06-02,08:30,Rijbewijs,"Kamal, Farzana",1992-03-14,385280841,06 1177 2390\n'
    )
    assert found_texts(text, "BSN") == ["385280841"]
    assert found_texts(text, "PHONE") == ["06 1177 2390"]
    assert found_texts("Het bedrag van 123456782,50 euro is betaald.", "BSN") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalised word that is no name before a first name and a verb
        ("Afscheid Pieter gaat door op 29 maart, in Café De Beurs.", ["Pieter"]),
        ("PS Mehmet is vandaag bereikbaar op zijn privénummer.", ["Mehmet"]),
        # a capitalised particle opens the surname
        ("El Ayadi vraagt of het college kan reageren.", ["El Ayadi"]),
    ],
)
def test_the_first_name_alone_after_a_capitalised_word_before_a_verb(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Surname, Given" as the whole cell of a row, perhaps after a label of one person
        (
            "24-30044 | 03-04 | Kanaalstraat | paal 3 uit | melder: Hamid, Karim | 06-11 29 87 33",
            ["Hamid, Karim"],
        ),
        (
            "R-88240;20-03-2025;08:30;Stadhuis;Tjon A Fong, Desiree;010 498 2291;10;Ontbijtsessie",
            ["Tjon A Fong, Desiree"],
        ),
        # a CSV row's cells separated by bare commas
        (
            "Amrani, Khadija,Stationsstraat 22a,5461 JV,Veghel,k.amrani1981@hotmail.com,1",
            ["Amrani, Khadija"],
        ),
        # a title and initials after the comma
        (
            "24-30190 | 08-04 | J.P. Coenstraat | donker | melder: Blokland, mr. E.F. | —",
            ["Blokland, mr. E.F."],
        ),
        ("AVG-24-106;12-02-2024;Bakker, drs. W.F.;bezwaar art. 21", ["Bakker, drs. W.F."]),
        # a label of several: two people
        (
            "Aanwezig: Khadija, Remco; op verzoek van Khadija ook de bedrijfsarts",
            ["Khadija", "Remco", "Khadija"],
        ),
    ],
)
def test_a_surname_and_a_given_name_alone_in_a_cell_are_one_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname of the east of the country opened by an adjective
        (
            "Afgemeld: Anton Berentsen (Montferland), Ria Klein Gunnewiek (Waterschap Rijn)",
            ["Anton Berentsen", "Ria Klein Gunnewiek"],
        ),
        ("Inwerkmaatje: Stijn Oude Groeniger.", ["Stijn Oude Groeniger"]),
        # also after a nickname in brackets
        (
            "09:00  | dhr. R.M. (Reinier) Oude Egbrink  | interne kandidaat",
            ["dhr. R.M. (Reinier) Oude Egbrink"],
        ),
    ],
)
def test_a_surname_opened_by_an_adjective_is_one_name(text, names):
    assert found_texts(text) == names


def test_a_meeting_room_with_its_number_named_after_someone_is_no_name():
    text = (
        'Ruimte:   Vergaderzaal 3.14 "Aletta Jacobs" (12 pers.)\n'
        'Beschikbare alternatieven: Zaal 2.07 "Mesdag", Zaal 1.02 "Herman Colenbrander"\n'
        "Bezetting: kamer 2.14 Henk de Vries\n"
    )
    assert found_texts(text) == ["Henk de Vries"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a role, an abbreviation in capitals is the team's, not part of the name
        ("Medewerker KCC Rosa Kalloe heeft op 10 juni gereageerd.", ["Rosa Kalloe"]),
        ("- medewerker COA Linda Roosendaal;", ["Linda Roosendaal"]),
        # and an abbreviation before a word that is no first name is an organisation
        ("Aan: HALT Midden-Brabant\nOnderwerp: verwijzing", []),
    ],
)
def test_an_abbreviation_between_a_role_and_a_name_is_left_out(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname and initials as a cell of a CSV row
        ("HT-2024-0779,Bakkal, E.,2001-08-30,Stratumsedijk 45", ["Bakkal, E."]),
        (
            "VT24-00433,2024-02-07,SEH,Rosaria, S.,Kluivert, R.,MDA++",
            ["Rosaria, S.", "Kluivert, R."],
        ),
        # after a number in a log, before its arrow
        (
            "INFO  mut 88213 adreswijziging mdw 31045 Ramautar, D.P. -> Jan van Goyenkade",
            ["Ramautar, D.P."],
        ),
    ],
)
def test_a_surname_and_initials_in_a_csv_row_or_a_log_line(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname that is also the word for a building, after a tussenvoegsel
        (
            "13:03;dhr. Van Hal (namens moeder Riet van Hal);06-55 21 03 98;verwijderen",
            ["dhr. Van Hal", "Riet van Hal"],
        ),
        ("Collega-boa M. van Hal was getuige.", ["M. van Hal"]),
        # not a building named after someone
        ("Locatie: Johan de Wittzaal, Stadhuis", []),
    ],
)
def test_a_surname_that_is_a_building_word_after_a_tussenvoegsel(text, names):
    assert found_texts(text) == names


def test_an_institution_whose_name_goes_on_after_van_is_no_surname():
    assert "Emre Aydın van Harmonie" not in found_texts(
        "Trompettist: Emre Aydın van Harmonie Wilhelmina - nog bevestigen"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a first name and the initial of the surname, also a first name that is a word
        ("Volgens de politie gaat het om Frank R., geboren 2 augustus 1981.", ["Frank R."]),
        ("Behandeld door: Ayşe K. (lokaal personeel)", ["Ayşe K."]),
        ("De strafzaak tegen de verdachte (Tyrone B.) dient op 4 juni.", ["Tyrone B."]),
    ],
)
def test_a_first_name_and_the_initial_of_the_surname(text, names):
    assert found_texts(text) == names


def test_a_field_label_after_the_given_names_ends_no_list():
    # (", BSN" is the next field, not a third person)
    assert found_texts("Naam: Jansen, Pieter, BSN 123456782") == ["Jansen, Pieter"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "van der" or "van den" and a listed surname in lower case, also a place's name
        (
            "thijs: btw marleen zegt dat van der linden gisteren belde",
            ["thijs", "marleen", "van der linden"],
        ),
        (
            "wesley: lol good luck with that. van der horst never replies",
            ["wesley", "van der horst"],
        ),
        # with a title or "fam" before it
        ("mijn advocaat mr van der poel gaat een brief sturen", ["mr van der poel"]),
        # of The Hague
        ("geef haar het nummer van den haag, 070 353 30 00", []),
    ],
)
def test_a_lower_case_surname_with_van_der(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a listed first name after "via" or an auxiliary of an inverted sentence
        ("kun jij het Pools? Dan kan Bohdan de flyers rondbrengen.", ["Bohdan"]),
        ("tolk Tigrinya geregeld via Selam (06-87124093)", ["Selam"]),
        # an app is no first name
        ("Melding via Messenger van Arie van Wingerden, eigenaar", ["Arie van Wingerden"]),
    ],
)
def test_a_first_name_after_via_or_an_auxiliary(text, names):
    assert found_texts(text) == names


def test_v_without_a_dot_for_van_in_a_name():
    text = "[14-05-25 07:48] Sjaak v Leeuwen: jaja heb het gezien, Ruud vd Berg ook"
    assert found_texts(text) == ["Sjaak v Leeuwen", "Ruud vd Berg"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a nickname in no list that shortens the given name before it
        ("Name: Nomvula (Nomi) Dlamini\nDate of birth: 1999-08-26", ["Nomvula (Nomi) Dlamini"]),
        ("Naam: Ferdinand (Ferry) Timmermans\nAdres: onbekend", ["Ferdinand (Ferry) Timmermans"]),
    ],
)
def test_a_nickname_that_shortens_the_given_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a firm or a housing corporation named after people
        (
            "M. Kroeze: asbestinventarisatiebureau De Vries & Dijkstra gebeld, komt 26-03.",
            ["M. Kroeze"],
        ),
        ("de huismeester van corporatie De Alliantie, de heer Kees Bijl", ["de heer Kees Bijl"]),
        (
            "onder leiding van Wiebe Hylkema van onderzoeksbureau Dijkstra & Ten Hove",
            ["Wiebe Hylkema"],
        ),
    ],
)
def test_a_firm_named_after_people_is_no_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a part of a place of more words, also the repeat of a surname in it
        (
            "Dr. Hoang Van Minh (Ho Chi Minh City) and Tomás Oliveira (City of Porto)",
            ["Dr. Hoang Van Minh", "Tomás Oliveira"],
        ),
        (
            "Dr. Hannah Whitfield\nAssistant Professor, Faculty of Civil Engineering",
            ["Dr. Hannah Whitfield"],
        ),
        # a month after a day and a slash
        ("Please prepare notification AP before 18/Jan. Jan Smit agrees.", ["Jan Smit"]),
    ],
)
def test_places_faculties_and_dates_in_english_mail(text, names):
    assert found_texts(text) == names
