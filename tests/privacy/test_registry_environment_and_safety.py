"""What the civil registry, the living environment and public safety write (issue 13, points
1 and 4; twenty-seventh round, from the development probes BZ, CB and CD and the long tail of
earlier ones)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a verb between the cue and "op"
        ("hij zegt dat hij geboren is op 2 april 1970 maar heeft geen ID", ["2 april 1970"]),
        ("She said she was born, eh, on 3 May 1981 in Asmara.", ["3 May 1981"]),
        # German word order: "geboren am"
        ("Herr Weber, geboren am 12.03.1985 in Köln", ["12.03.1985"]),
        # a date after a name that ends the sentence
        (
            "Gegevens gezin: Rasha 12-08-1985. Zoon Yamen 05-05-2010. Huwelijk in Aleppo.",
            ["12-08-1985", "05-05-2010"],
        ),
    ],
)
def test_birth_dates_written_out_in_notes(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    "text",
    [
        "De brief van Jansen 12-08-2025. Graag reactie.",
        "Geboren op de Veluwe, op 3 mei 2024 verhuisd naar Ede.",
    ],
)
def test_recent_dates_and_other_dates_after_a_cue_stay_unreported(text):
    assert found_texts(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "label",
    [
        "Fecha de nacimiento",
        "fecha di nacemento",
        "Data de nascimento",
        "Date de naissance",
        "Geburtsdatum",
        "Data urodzenia",
        "Doğum tarihi",
        "Datum narození",
        "Datum rođenja",
        "Data nașterii",
        "Дата народження",
    ],
)
def test_birth_date_labels_of_residents_own_documents(label):
    assert found_texts(f"{label}: 12.03.1985", "DATE_OF_BIRTH") == ["12.03.1985"]


def test_a_passport_copy_in_two_languages_and_a_column_named_in_german():
    text = "Date of birth / Date de naissance: 04 JUL 1979"
    assert found_texts(text, "DATE_OF_BIRTH") == ["04 JUL 1979"]
    table = "Name;Geburtsdatum\nKarl Weber;12.03.1985\n"
    assert found_texts(table, "DATE_OF_BIRTH") == ["12.03.1985"]


def test_the_word_data_alone_is_no_birth_date_label():
    assert (
        found_texts("Data urodzenia ontbreekt; data 12.03.2019 ontvangen.", "DATE_OF_BIRTH") == []
    )


REGISTER = (
    "Jaar: 2024\nGenomineerde: Hiemstra-Atsma, Trijntje\nAdres: Oostergrachtswal 28\n"
    "Voorgedragen door: Rients Faber\n\n"
    "Jaar: 2024\nGenomineerde: Benali, Hamid\nAdres: Vosseparkwei 6\n"
)


def test_a_register_repeats_its_labels_without_being_a_transcript():
    assert found_texts(REGISTER) == ["Hiemstra-Atsma, Trijntje", "Rients Faber", "Benali, Hamid"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Erkenner: Xandro Tjoe-Wubbels", ["Xandro Tjoe-Wubbels"]),
        ("Verbalisant: Xandro Tjoe-Wubbels", ["Xandro Tjoe-Wubbels"]),
        ("Overtreder: Xandro Tjoe-Wubbels", ["Xandro Tjoe-Wubbels"]),
        ("Perceeleigenaar: Xandro Tjoe-Wubbels", ["Xandro Tjoe-Wubbels"]),
        ("Uithuisgeplaatste: Xandro Tjoe-Wubbels", ["Xandro Tjoe-Wubbels"]),
    ],
)
def test_role_labels_of_registries_enforcement_and_land(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Met vriendelijke groet,\nnamens burgemeester en wethouders,\n\nJ. Kooiman\n"
            "teamleider Toezicht en Handhaving",
            ["J. Kooiman"],
        ),
        ("Hoogachtend,\nde burgemeester van Ede,\n\n\nJ. Kooiman", ["J. Kooiman"]),
        ("Kind regards,\nfor and on behalf of the Board,\n\nJ. Kooiman", ["J. Kooiman"]),
        # a surname in capitals that ends in "-hof", with its initials
        ("Naam en voorletters: OOSTERHOF, H.W.\nGeboortedatum: 03-11-1968", ["OOSTERHOF, H.W."]),
    ],
)
def test_signatures_on_behalf_of_the_board_and_surnames_in_capitals(text, names):
    assert found_texts(text) == names


def test_initials_at_a_line_end_do_not_run_on_into_the_next_line():
    assert found_texts("Naam: Oosterhof, H.W.\nDatum: 12-03-2024") == ["Oosterhof, H.W."]


def test_a_team_signs_on_behalf_of_the_board_without_a_name():
    text = "Met vriendelijke groet,\nnamens burgemeester en wethouders,\n\nTeam Handhaving"
    assert found_texts(text) == []


LOWER_CASE_CHAT = (
    "[07-05-25 06:48] gert-jan: moarn mannen. weer 2 kalveren\n"
    "[07-05-25 06:52] hennie v d brink: klopt. om 5 uur gevonden.\n"
    "[07-05-25 07:04] kevin vd berg: heb de consulent gebeld\n"
    "[07-05-25 07:10] marieke (lto): ik zet het op de lijst\n"
)


def test_lower_case_speakers_hyphenated_abbreviated_and_with_a_note():
    assert found_texts(LOWER_CASE_CHAT) == [
        "gert-jan",
        "hennie v d brink",
        "kevin vd berg",
        "marieke",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title inside a role word ("burgemeester" holds "meester") opens no name
        (
            "Aanwezig: burgemeester H.J. (Hein) van Leeuwen, officier mr. N. Bakker",
            ["H.J. (Hein) van Leeuwen", "mr. N. Bakker"],
        ),
        ("Van: Tjon A Fat, Yvonne <y.tjonafat@zvh.nl>", ["Tjon A Fat, Yvonne"]),
        ("Van: marjolein de bruijn <mdebruijn1971@kpnmail.nl>", ["marjolein de bruijn"]),
        ("From: gerda.v.t.zand <gerda.v.t.zand@hotmail.com>", ["gerda.v.t.zand"]),
        ("Van: info <info@bakker.nl>\nAan: handhaving <handhaving@ede.nl>", []),
    ],
)
def test_names_in_mail_headers_and_after_an_office(text, names):
    assert found_texts(text) == names


WEBCHAT = (
    "[14:02] Chatbot: Welcome! How can we help you today?\n"
    "[14:02] Guest: hi i want to report my neighbour's dog\n"
    "[14:05] Bezoeker: mn oma, Truus van Dam. ze heeft het huurcontract\n"
    "[14:07] Guest: Rahul Verma, rahul.verma@example.com\n"
    "[14:10] Chatbot: Thank you for chatting with us.\n"
)


def test_a_webchat_s_bot_guest_and_visitor_are_no_persons():
    assert found_texts(WEBCHAT) == ["Truus van Dam", "Rahul Verma"]


@pytest.mark.parametrize(
    "text",
    [
        'he previously ran "Bar Petrenko" at Doerkesplatz 3',
        "eigenaar van Cafetaria Güler aan de Steenstraat",
        "de uitbreiding van de stal van maatschap Dijkstra.",
    ],
)
def test_bars_snack_bars_and_farm_partnerships_named_after_people(text):
    assert found_texts(text) == []


def test_a_teams_header_line_surname_first_with_its_tussenvoegsel():
    text = "Groot, Marloes de  09:12\ngoedemorgen! gaan we om 10 uur?\n"
    assert found_texts(text) == ["Groot, Marloes de"]


def test_a_name_line_in_capitals_with_tussenvoegsels():
    # (the capitals' particles and the capitalised ones are two lists, under two names)
    assert found_texts("H.A. VAN DER MEER\nKERKSTRAAT 5") == ["H.A. VAN DER MEER"]
    assert found_texts("De Wit zegt reparatie toe.") == ["De Wit"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Herrn Dr. Klaus-Dieter Brandmeier\nLindenstraße 27",
            ["Herrn Dr. Klaus-Dieter Brandmeier"],
        ),
        ("Frau Prof. Dr. Anna Weber", ["Frau Prof. Dr. Anna Weber"]),
    ],
)
def test_german_forms_of_address_before_a_title(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kind regards,\n\nOliver Pennington-Hart RIBA\nDirector", ["Oliver Pennington-Hart"]),
        ("Rapport van J. Jansen MSc, adviseur", ["J. Jansen"]),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(text, names):
    assert found_texts(text) == names


CAPITALS_REGISTER = (
    "Getuigen (minimaal 2, maximaal 4)\n"
    "1. AMRANI, BILAL  geb. 02-02-1994\n"
    "2. DE GROOT, FLEUR\n"
    "3. HADDOUCHI, MOHAMED EL  (vader bruidegom)\n"
)


def test_a_register_in_capitals_surname_first_with_given_names():
    assert found_texts(CAPITALS_REGISTER) == [
        "AMRANI, BILAL",
        "DE GROOT, FLEUR",
        "HADDOUCHI, MOHAMED EL",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naam en voorletters: OP DEN BROUW, R.H.", ["OP DEN BROUW, R.H."]),
        ("Vorige eigenaar (tot 01-03-2021): AL-HASSAN, KHALED", ["AL-HASSAN, KHALED"]),
        # headings in capitals are no names: neither word is listed
        ("TOELICHTING, BIJLAGEN EN ADVIES", []),
    ],
)
def test_surnames_in_capitals_with_tussenvoegsels(text, names):
    assert found_texts(text) == names


def test_a_postcode_after_a_word_ending_in_art_and_a_bound_before_geboren():
    text = "Mevrouw D.C. Hooft Graafland\nDreef 40 zwart\n2012 HS Haarlem"
    assert found_texts(text, "POSTCODE") == ["2012 HS"]
    assert found_texts("zie art. 1234 AB BW", "POSTCODE") == []
    text = "Gezag heeft u niet, omdat uw kind vóór 1 januari 2023 is geboren."
    assert found_texts(text, "DATE_OF_BIRTH") == []
    assert found_texts("Zij is op 14 mei 1935 geboren.", "DATE_OF_BIRTH") == ["14 mei 1935"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("contact opnemen met de heer Te Winkel via het nummer", ["de heer Te Winkel"]),
        ("stankoverlast van de familie Te Brake aan de Lageweg", ["familie Te Brake"]),
        ("Te Koop: fiets. Te Amsterdam, 12 mei", []),
    ],
)
def test_a_surname_that_opens_with_te(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("14.00  Welkom door burgemeester Marcouch\n", ["Marcouch"]),
        ("Alle ramen zijn gelakt, behalve die van burgemeester Ravensteijn.", ["Ravensteijn"]),
        # a portfolio or a party after an office is no surname
        ("wethouder Financiën; wethouder Wonen en Zorg; gedeputeerde Natuur", []),
        ("Joël Hoogstraten\nraadslid ChristenUnie", ["Joël Hoogstraten"]),
    ],
)
def test_an_office_before_an_unlisted_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("check even bij kees van burgerzaken, die heeft het", ["kees"]),
        ("priscilla van P&O zei van niet", ["priscilla"]),
        ("Miriam van privacy zegt van niet", ["Miriam"]),
        ("verder: Bogdan van de beveiliging stopt", ["Bogdan"]),
        ("Cheyenne van het jongerenwerk is er ook", ["Cheyenne"]),
        # no first name before "van", or an ordinary word with a workplace
        ("het verzoek van de gemeente; de roos van de tuin", []),
    ],
)
def test_a_first_name_and_the_department_the_person_works_in(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Adres: Zijlweg 118 rood\nPostcode: 2015 CE", ["Zijlweg 118 rood"]),
        (
            "Mevrouw D.C. Hooft Graafland\nDreef 40 zwart\n2012 HS Haarlem",
            ["Dreef 40 zwart", "Haarlem"],
        ),
        ('AO-2025-0102,"Goudsbloemstraat 80 II","Mohammed Ait Taleb"', ["Goudsbloemstraat 80 II"]),
        (
            "De heer A. Yılmaz\nSchiedamseweg 118-B02\n3025 AG Rotterdam",
            ["Schiedamseweg 118-B02", "Rotterdam"],
        ),
        ("Old address Stratumseind 88 A, new address", ["Stratumseind 88 A"]),
        ("Herrn Dr. K. Brandmeier\nLindenstraße 27\n50674 Köln", ["Lindenstraße 27"]),
        ("he ran a bar at Doerkesplatz 3, 41334 Nettetal", ["Doerkesplatz 3"]),
        ("Address: 42 Wattle Street, Ballarat VIC 3350, Australia", ["42 Wattle Street"]),
        ("Home address: 14 Ashfield Road, Leeds LS6 2QW", ["14 Ashfield Road"]),
        # a year before a street is no house number
        ("in 2024 Abbey Road was closed for filming", []),
    ],
)
def test_house_number_additions_and_addresses_abroad(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Tim Reinders\nKlantcontactcentrum gemeente Leiden\n14 071", ["14 071"]),
        ("Gemeente Eindhoven | 14 040\nStadhuisplein 1", ["14 040"]),
        ("Anouk van schuldhulpverlening (Team Geldzaken, 14 040).", ["14 040"]),
        # a count is no phone number
        ("De gemeente telt 14 020 inwoners.", []),
    ],
)
def test_a_municipal_short_number_that_ends_a_line_or_a_sentence(text, phones):
    assert found_texts(text, "PHONE") == phones


def test_a_phone_number_after_a_label_s_colon_but_not_after_a_time():
    text = "TEL;TYPE=WORK,VOICE:+31 30 230 41 78\nTEL;TYPE=CELL:+31 6 4309 1125\nT:+31 6 12345678"
    assert found_texts(text, "PHONE") == ["+31 30 230 41 78", "+31 6 4309 1125", "+31 6 12345678"]
    assert found_texts("vertrek om 10:06 12 34 56 78 reizigers", "PHONE") == []


def test_a_first_name_in_capitals_before_a_birth_date_cue():
    text = "3. Kinderen in het huishouden\nYASMINE (geb. 14-02-2012), ADAM (geb. 30-11-2016)\n"
    assert found_texts(text) == ["YASMINE", "ADAM"]
    assert found_texts("BIJLAGE (geb. 14-02-2012)") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "kinderrechter: mr. A.G. ten Have\ngriffier: H.W. Kroeze",
            ["mr. A.G. ten Have", "H.W. Kroeze"],
        ),
        ("Geprint door: J.P. de Laat, belastingdeurwaarder", ["J.P. de Laat"]),
        ("t.a.v. J. de Gemeente", []),
    ],
)
def test_a_common_word_after_initials_and_a_tussenvoegsel_is_the_surname(text, names):
    assert found_texts(text) == names


def test_a_court_roll_with_the_parties_of_each_case():
    text = (
        "09.30 | CV EXPL 24-1021 | Woonpunt / Pinas, R. | huurachterstand\n"
        "09.45 | CV EXPL 24-1033 | Stichting Servatius / Çakır, M. | huurachterstand\n"
    )
    assert found_texts(text) == ["Pinas, R.", "Çakır, M."]


@pytest.mark.parametrize(
    "text",
    [
        "Per e-mail en aangetekend\nGroeneveld Gerechtsdeurwaarders\nt.a.v. de directie",
        "Bewindvoerder tot nu toe: Claassen Budgetbeheer",
        "J.P. Coenbuurt;2024;Q1;64\nWillem Dreeskwartier;2024;Q1;45",
    ],
)
def test_bailiffs_budget_firms_and_neighbourhoods_named_after_people(text):
    assert found_texts(text) == []


def test_a_shared_mailbox_of_several_words_in_a_mail_header():
    text = (
        "From: Sophie Laurent <s.laurent@protonmail.com>\n"
        "To: Huwelijken Den Haag <huwelijken@denhaag.nl>\n"
        "Cc: Ordnungsamt Stadt Nettetal <ordnungsamt@nettetal.de>\n"
    )
    assert found_texts(text) == ["Sophie Laurent"]


def test_embassies_and_a_german_job_centre_are_no_persons():
    text = "Julia Schneider (Jobcenter Gronau) meets us in Gronau; the Embassy of Ghana agrees."
    assert found_texts(text) == ["Julia Schneider"]
