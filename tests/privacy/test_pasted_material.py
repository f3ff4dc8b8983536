"""What employees paste into the assistant (issue 13, ninth round): chat exports and meeting
transcripts, mails with the addressee on a line of their own, tables with an address
column, forms of address such as "juf", names from every community, municipal phone numbers;
each with the negatives the rule must leave alone.

Development sentences in the style of probe P (tests/privacy/probe/), whose errors were read.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "[09:14] Jansen, Pieter\nheeft iemand de stukken?\n[09:17] Jansen, Pieter\nlaat maar",
            ["Jansen, Pieter", "Jansen, Pieter"],
        ),
        (
            "[10:02] Mukherjee, Ananya\nMorning all\n[10:05] O'Brien, Sean\nGreat.",
            ["Mukherjee, Ananya", "O'Brien, Sean"],
        ),
        (
            "Yıldırım, Serkan 14:02\nHoren jullie mij?\nNgo, Thanh 14:03\nja",
            ["Yıldırım, Serkan", "Ngo, Thanh"],
        ),
        (
            "Marleen Stoop (Gast) 14:02\nja prima\nMarleen Stoop (Gast) 14:04\ndank",
            ["Marleen Stoop", "Marleen Stoop"],
        ),
        (
            "[14-2-26 08:01:33] Roy: Lekkage bij het gemaal\n[14-2-26 08:20:47] Roy: opgelost",
            ["Roy", "Roy"],
        ),
    ],
)
def test_a_speaker_on_a_chat_exports_header_line_is_a_name(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\nOpening 09:00\nLunch 12:30\nPauze 10:15",
        "Planning\n[09:00] Inloop\n[09:30] Presentatie",
    ],
)
def test_an_agenda_with_times_holds_no_speaker(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("herschrijf deze mail:\n\nRoos,\n\nJe ziekmelding van maandag is binnen.", "Roos"),
        ("Hi all,\n\nMarieke,\nKun je dit oppakken?", "Marieke"),
    ],
)
def test_a_first_name_alone_on_a_mails_first_line_is_the_addressee(find, text, value):
    assert ("PERSON", value) in find(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["Hallo allemaal,\n\nTeam,\n\nDe planning staat.", "Ok,\nik kijk ernaar.", "Ja,\n\nprima."],
)
def test_a_greeting_or_word_alone_on_a_line_is_no_addressee(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("de IB'er (juf Marieke) maakt zich zorgen", "juf Marieke"),
        ("Juf Marleen belde over de excursie.", "Juf Marleen"),
        ("meester Tjeerd zegt dat het goed gaat", "meester Tjeerd"),
    ],
)
def test_juf_and_meester_are_forms_of_address_in_the_span(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


def test_meester_in_de_rechten_is_no_form_of_address(find):
    assert find("Zij is meester in de rechten.", "PERSON") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Onboarding schedule for Thi Huong Pham, starting 1 April", "Thi Huong Pham"),
        ("— Lam Thi Hoa, hoa.lam@example.org", "Lam Thi Hoa"),
    ],
)
def test_a_vietnamese_name_keeps_its_middle_name_thi(find, text, value):
    assert ("PERSON", value) in find(text, "PERSON")


def test_initials_a_nickname_and_a_surname_ending_in_huis_are_one_name(find):
    found = find("Aanwezig: drs. M.J. (Marieke) Veldhuis, Rajesh Gopal", "PERSON")
    assert found == [("PERSON", "drs. M.J. (Marieke) Veldhuis"), ("PERSON", "Rajesh Gopal")]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Volgende afspraak met Mirjam van het Juridisch Loket.", "Mirjam"),
        ("mevrouw Yilmaz van het Wijkteam belde", "mevrouw Yilmaz"),
    ],
)
def test_van_het_and_an_unlisted_word_is_where_someone_works(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


def test_van_t_before_an_unlisted_word_stays_a_surname(find):
    assert find("Tim van 't Hek belde.", "PERSON") == [("PERSON", "Tim van 't Hek")]


def test_names_in_a_table_with_an_address_column_stop_at_the_cell(find):
    text = (
        "Naam\tAdres\tReactie\nJ.W. Peeters\tKerkstraat 4a\tnee\n"
        "Huub Vroemen\tKerkstraat 8\tnee\nLambèrt Bemelmans\tKerkstraat 10\tja"
    )
    assert find(text) == [
        ("PERSON", "J.W. Peeters"),
        ("ADDRESS", "Kerkstraat 4a"),
        ("PERSON", "Huub Vroemen"),
        ("ADDRESS", "Kerkstraat 8"),
        ("PERSON", "Lambèrt Bemelmans"),
        ("ADDRESS", "Kerkstraat 10"),
    ]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Beveiliger Marco heeft hem naar buiten begeleid.", "Marco"),
        ("Alleen Hanna moet nog tekenen als budgethouder.", "Hanna"),
    ],
)
def test_a_role_word_or_adverb_opening_the_sentence_is_no_part_of_the_name(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet,\nSjoerd Hoekstra\nHoogheemraadschap Hollands Noorderkwartier",
        "de uitreiking van de Dr. A.F. Philipsprijs in het Koninklijk Instituut",
        "Hoogste score voor Van der Tol Groenvoorziening, tweede werd Heijmans.",
        "Van: Griffie <griffie@provincie.example>",
    ],
)
def test_water_boards_prizes_firms_and_the_clerks_office_are_no_persons(find, text):
    assert all(value != "Hoogheemraadschap Hollands" for _, value in find(text, "PERSON"))
    assert not any(
        word in value for _, value in find(text, "PERSON") for word in ("Philips", "Tol", "Griffie")
    )


@pytest.mark.parametrize(
    "text,value",
    [
        ("als ze vragen heeft kan ze bellen met 14 071. ondertekenen", "14 071"),
        ("Heeft u vragen? Bel dan 14 020.", "14 020"),
        ("Telefoon: 14 0318", "14 0318"),
        ("Her son was informed by phone (+48 601 234 567).", "+48 601 234 567"),
    ],
)
def test_municipal_and_bracketed_international_numbers_are_phone_numbers(find, text, value):
    assert find(text, "PHONE") == [("PHONE", value)]


@pytest.mark.parametrize(
    "text", ["Er wonen 14 020 mensen in de wijk.", "bel 14 020-1234", "In 14 050 gevallen"]
)
def test_a_number_like_a_municipal_one_without_a_call_or_with_more_digits_is_none(find, text):
    assert find(text, "PHONE") == []


# Council, board and service-desk work (probes S and U)


def test_lower_case_speakers_and_the_first_names_in_their_chat_are_names(find):
    text = (
        "sanne k: weet iemand waarom de raadsvragen nog open staan?\n"
        "thomas: ik weet het, ik heb marit gevraagd om te rappelleren\n"
        "sanne k: thx"
    )
    assert [value for _, value in find(text, "PERSON")] == [
        "sanne k",
        "thomas",
        "marit",
        "sanne k",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "let op: morgen geen overleg\nnb: niet vergeten",
        "From: IT Servicedesk <servicedesk@example.org>\nTo: Team\nSubject: laptop\n\n"
        "Bring it to the 3rd floor.",
        "Jan: de school belt op 5 jan terug\nPiet: prima",
    ],
)
def test_a_chat_without_lower_case_speakers_or_a_date_holds_no_lower_case_name(find, text):
    assert all(value[:1].isupper() for _, value in find(text, "PERSON"))


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "Leden dagelijks bestuur: heemraden Van Ee, Lamers en Ter Haar.",
            ["Van Ee", "Lamers", "Ter Haar"],
        ),
        ("Heemraad Lamers antwoordt dat er vertraging is.", ["Lamers"]),
        ("Besluit: conform, portefeuillehouder Akkerman.", ["Akkerman"]),
        ("Nazorg: gesprek met vertrouwenspersoon Hetty aangeboden.", ["Hetty"]),
    ],
)
def test_water_board_and_council_offices_open_a_name(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,value",
    [
        (
            "bijgestaan door de heer A. Mahabier van Mahabier Vastgoed B.V. Vervolg volgt.",
            "de heer A. Mahabier",
        ),
        ("bijgestaan door mr. F.H. Tjon-A-Fong van Tjon-A-Fong Advocaten.", "mr. F.H. Tjon-A-Fong"),
        ("overleg met de heer Sharif van het Meldpunt.", "de heer Sharif"),
        ("in gesprek met mevrouw Van der Velde van de Dierenbescherming?", "mevrouw Van der Velde"),
        ("de zaak van mr. drs. J. van der Linden-de Wit", "mr. drs. J. van der Linden-de Wit"),
    ],
)
def test_where_a_titled_person_works_is_no_part_of_the_name(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


@pytest.mark.parametrize(
    "text",
    [
        "4;18-04-2026;brief;Heijmans Infra B.V.;gemeente;deels openbaar",
        "Jan Jansen BV heeft gefactureerd.",
    ],
)
def test_a_name_with_a_companys_legal_form_is_a_company(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("First aid given by BHV'er Mirjam Koster.", "Mirjam Koster"),
        ("Vraag van Smit: zijn de data openbaar?", "Smit"),
        ("Ondergetekende, Mohamed Bouali, geboren op 12-08-1984, woont hier.", "Mohamed Bouali"),
        ("Mevrouw Bouwhuis (Ongebouwd) wijst op de kosten.", "Mevrouw Bouwhuis"),
    ],
)
def test_role_words_prepositions_and_house_endings_around_a_name(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("heb jij de access request van Mei Lin al goedgekeurd?", "Mei Lin"),
        ("Mei Lin Zhang, team Subsidies, needs access.", "Mei Lin Zhang"),
    ],
)
def test_mei_before_a_listed_first_name_opens_a_chinese_name(find, text, value):
    assert find(text, "PERSON") == [("PERSON", value)]


@pytest.mark.parametrize("text", ["op 1 Mei Jan Jansen gesproken", "In Mei Vergadering plannen"])
def test_mei_as_the_month_opens_no_name(find, text):
    assert all(not value.startswith("Mei") for _, value in find(text, "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Kind regards,\nFacility Desk\nMunicipality of Almere",
        "Reserve room Thorbecke on the 4th floor.",
        "Ruimtes: Thorbeckekamer (6 pers.), Aletta Jacobsruimte (8 pers.)",
        "Aanwezig: Jutta Hermann (Kreis Kleve), Stefan Brünink (Gemeinde Kranenburg)",
    ],
)
def test_desks_rooms_and_german_authorities_are_no_persons(find, text):
    assert not any(
        word in value
        for _, value in find(text, "PERSON")
        for word in ("Desk", "Thorbecke", "Aletta", "Kleve", "Kranenburg")
    )


def test_a_birth_date_key_with_underscores_is_a_cue(find):
    assert find("employee_id: 611208\ndate_of_birth: 1976-12-15", "DATE_OF_BIRTH") == [
        ("DATE_OF_BIRTH", "1976-12-15")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Agenda vergadering Provinciale Staten Drenthe, 16 december 2026",
        "4. Statenstuk 2026-68: Regionale Energiestrategie Drenthe 2.0",
    ],
)
def test_provinces_and_regions_are_places(find, text):
    assert find(text, "PERSON") == []


# Civil affairs and the public counter (probe W)


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "de achternaam van uw dochter te wijzigen van Van der Meulen in Hoekstra.",
            ["Van der Meulen", "Hoekstra"],
        ),
        ("waarvan 4 kinderen. Opmerking van Esther: de naam klopt niet.", ["Esther"]),
        ("de naam van mijn moeder, Kutluhan. Mijn vader Frank stemt in.", ["Kutluhan", "Frank"]),
        (
            "sent to the previous owner, mevrouw Van Lanschot. As new owner",
            ["mevrouw Van Lanschot"],
        ),
        ("Met vriendelijke groet,\nA. Bouwhuis\nklachtencoördinator", ["A. Bouwhuis"]),
    ],
)
def test_names_at_the_counter(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Aangenomen door: KCC-medewerker 12",
        "de balie in het gemeentehuis van Hoogeveen is op woensdagmiddag gesloten",
        "Het Rembrandthuis en het Anne Frankhuis zijn open.",
    ],
)
def test_counter_staff_numbers_and_town_halls_name_nobody(find, text):
    assert find(text, "PERSON") == []


def test_a_firm_named_after_the_titled_person_is_cut_from_the_name(find):
    found = find("uitvaartleider dhr. B. Claassen van Uitvaartzorg Claassen.", "PERSON")
    assert found[0] == ("PERSON", "dhr. B. Claassen")


# Newcomers, status holders, expats and labour migrants (probe Z)


@pytest.mark.parametrize(
    "text,names",
    [
        ("Een bewoner, Tesfaldet, werd geduwd.", ["Tesfaldet"]),
        ("Spouse Ananya Rao, born 19 March 1993, dependent.", ["Ananya Rao"]),
        ("de KNM-module, buddy Els begeleidt.", ["Els"]),
        ("Sipke de Jong (municipality), Mei Chen (student union)", ["Sipke de Jong", "Mei Chen"]),
    ],
)
def test_newcomers_and_their_buddies(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


def test_a_patronymic_column_and_a_surname_first_csv_are_names(find):
    text = (
        "achternaam | voornamen | vadersnaam | geb.datum\n"
        "SHEVCHENKO | Oksana | Volodymyrivna | 12-04-1986\n"
        "BONDARENKO | Iryna | Petrivna | 27-01-1952"
    )
    assert [value for _, value in find(text, "PERSON")] == [
        "SHEVCHENKO",
        "Oksana",
        "Volodymyrivna",
        "BONDARENKO",
        "Iryna",
        "Petrivna",
    ]


def test_a_postcode_at_a_rows_end_takes_no_city_from_the_next_row(find):
    text = (
        "surname,first name,nationality,date of birth,temporary address\n"
        "Kowalski,Jakub,PL,1994-05-17,Hoofdweg 140 2153 LR\n"
        "Zając,Małgorzata,PL,1987-11-02,Hoofdweg 140 2153 LR"
    )
    assert ("PERSON", "Zając") in find(text, "PERSON")
    assert all(value.startswith("Hoofdweg") for _, value in find(text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "Cliënt: Mohammad Nabi Hashimi, Afghanistan, leerbaar, route B1.",
        "de woning aan de Zonnebloemstraat 22 te Assen wordt toegewezen",
        "a visa from the Dutch embassy in Addis Ababa.",
        "name,arrival,reception centre\nAmanuel Tsegay,2025-09-14,azc Budel",
    ],
)
def test_countries_cities_abroad_and_reception_centres_are_no_persons(find, text):
    assert not any(
        word in value
        for _, value in find(text, "PERSON")
        for word in ("Afghanistan", "Assen", "Addis", "Budel")
    )


# Newcomers, second development probe (ZC)


@pytest.mark.parametrize(
    "text,names",
    [
        ("Ionuț Popescu en Andrei Ștefănescu slapen daar.", ["Ionuț Popescu", "Andrei Ștefănescu"]),
        (
            "Naam: KOVALCHUK, Nataliia Serhiivna. Geboren in Kyiv.",
            ["KOVALCHUK, Nataliia Serhiivna"],
        ),
        (
            "werkhervatting. Casussen van Nadia verdelen over Joost en Eva.",
            ["Nadia", "Joost", "Eva"],
        ),
        ("schimmel in unit 14. De Wit zegt reparatie toe.", ["De Wit"]),
        ("Szymański's partner, Katarzyna, komt ook.", ["Szymański", "Katarzyna"]),
        ("2. Emmanuel presented the results of the survey.", ["Emmanuel"]),
    ],
)
def test_newcomers_names_in_notes_and_minutes(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "de zaal in het Dr. Schaepmanhuis wordt verbouwd",
        "He was treated for Raynaud's phenomenon. Nothing else.",
        "Amsterdam's museums are open.",
        "[09:15] sanne: oke, dan morgen\n[09:16] bram: prima",
        "Client: PARK Ji-hoon (surname first), South Korea, knowledge migrant",
    ],
)
def test_buildings_eponyms_chat_words_and_countries_are_no_persons(find, text):
    assert not any(
        word in value
        for _, value in find(text, "PERSON")
        for word in ("Schaepman", "Raynaud", "Amsterdam", "oke", "Korea")
    )


# One ordinary week, every department (probe UB)


@pytest.mark.parametrize(
    "text,names",
    [
        ("Handhavers: Stijn K. en Rosa Zijlstra.", ["Stijn K.", "Rosa Zijlstra"]),
        ("Kan Wendy van handhaving mee op huisbezoek?", ["Wendy"]),
        ("approved by CIO Marieke Ploeg, private devices", ["Marieke Ploeg"]),
        ("contact my assistant Agnieszka tomorrow.", ["Agnieszka"]),
        ("jeugdhulp voor Dylan Tjon A Fong, geboren 17 mei 2014", ["Dylan Tjon A Fong"]),
        ("please contact Mr Kevin Tjon A Joe at the desk.", ["Mr Kevin Tjon A Joe"]),
        (
            "Aanwezig: Bos (PvdA), Mw. Van der Laan (GroenLinks), Hoekman (Lokaal Belang)",
            ["Bos", "Mw. Van der Laan", "Hoekman"],
        ),
        ("Max Verstappen won the race.", ["Max Verstappen"]),
    ],
)
def test_names_in_an_ordinary_week(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Summarise the RNI desk rules. Max 120 words.",
        "Maak er een lijstje van. Max. 12 punten.",
        "Schaakclub Max Euwe;€ 1.100;nee",
        "rond de Sportpark Marnix Gijsen is het druk.",
        "the Wmo contract with Taxi Hoogland ends 31 March.",
        "Met vriendelijke groet,\nM. Terpstra, Groenwerken Oost B.V.",
        "Plan A is goedgekeurd. De motie (VVD) is aangenomen.",
        "nr;datum;soort;melder\nMOR-1;24-11-2026;zwerfvuil;anoniem\nMOR-2;25-11-2026;afval;n.v.t.",
    ],
)
def test_clubs_firms_measures_and_placeholders_are_no_persons(find, text):
    assert not any(
        word in value
        for _, value in find(text, "PERSON")
        for word in ("Max", "Marnix", "Hoogland", "Groenwerken", "Plan", "anoniem", "n.v.t.")
    )
